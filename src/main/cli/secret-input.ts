// A password for the CLI, never echoed and never taken from the command line (it would stay
// in the shell history and the process list): the environment variable, stdin
// (--password-stdin, first line), or a prompt on a terminal with echo off.
import { createInterface } from 'node:readline'
import { UsageError } from './context'

export const PASSWORD_ENV = 'STATION_ACCOUNT_PASSWORD'

async function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  const rl = createInterface({ input: stream, terminal: false })
  for await (const line of rl) {
    rl.close()
    return line
  }
  return ''
}

function prompt(question: string): Promise<string> {
  const stdin = process.stdin
  const stderr = process.stderr
  return new Promise((resolve, reject) => {
    let typed = ''
    stderr.write(question)
    stdin.setRawMode(true)
    stdin.resume()
    stdin.setEncoding('utf8')
    const done = (value: string | null) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.off('data', onData)
      stderr.write('\n')
      if (value === null) reject(new UsageError('cancelled'))
      else resolve(value)
    }
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(typed)
        if (ch === '\u0003') return done(null)
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1)
        else typed += ch
      }
    }
    stdin.on('data', onData)
  })
}

export async function readSecret(
  opts: { stdin: boolean },
  question = 'New password: ',
): Promise<string> {
  const env = process.env[PASSWORD_ENV]
  if (env) return env
  if (opts.stdin) return firstLine(process.stdin)
  if (!process.stdin.isTTY)
    throw new UsageError(`give the password on stdin with --password-stdin, or in ${PASSWORD_ENV}`)
  const first = await prompt(question)
  const again = await prompt('Again: ')
  if (first !== again) throw new UsageError('the two passwords differ')
  return first
}
