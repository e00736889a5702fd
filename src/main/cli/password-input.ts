// A terminal password for the CLI without putting it on the command line (where other users see
// it in the process list and shells keep it in their history): --password-stdin reads the first
// line of standard input, STATION_DEVICE_PASSWORD is read from the environment; --password
// still works.
import { UsageError, flag, type CliContext } from './context'

export const PASSWORD_ENV = 'STATION_DEVICE_PASSWORD'

export async function devicePassword(
  cli: CliContext,
  stdin: AsyncIterable<Buffer | string> = process.stdin,
  env: Record<string, string | undefined> = process.env,
): Promise<string | undefined> {
  if (cli.flags['password-stdin'] === true) {
    let text = ''
    for await (const chunk of stdin) {
      text += String(chunk)
      if (text.includes('\n') || text.length > 4096) break
    }
    const line = text.split(/\r?\n/)[0] ?? ''
    if (!line) throw new UsageError('--password-stdin: standard input held no password')
    return line
  }
  return flag(cli, 'password') ?? env[PASSWORD_ENV]
}

export async function requiredPassword(cli: CliContext): Promise<string> {
  const password = await devicePassword(cli)
  if (!password)
    throw new UsageError(`a password is required: --password-stdin, ${PASSWORD_ENV} or --password`)
  return password
}
