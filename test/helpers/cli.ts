import { execFile } from 'node:child_process'

export interface CliRun {
  code: number
  /** The last line of stdout, parsed (the CLI runs with --json). */
  json: unknown
  stderr: string
}

/**
 * Runs the CLI as its own process on `dataDir`, asynchronously: a simulator started by the
 * test answers from the test's own process, so it must not be blocked.
 */
export function runCli(
  dataDir: string,
  args: string[],
  timeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli.ts', '--data-dir', dataDir, '--json', ...args],
      { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const last = stdout.trim().split('\n').at(-1) ?? ''
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          json: last ? JSON.parse(last) : null,
          stderr,
        })
      },
    )
  })
}

/** The arguments of `devices add` for a simulated terminal (password overridable for refusals). */
export function addTerminalArgs(
  d: { host: string; port: number; password: string },
  name: string,
  password = d.password,
): string[] {
  return [
    'devices',
    'add',
    '--host',
    d.host,
    '--port',
    String(d.port),
    '--password',
    password,
    '--name',
    name,
  ]
}
