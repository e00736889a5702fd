import { execFile } from 'node:child_process'
import { runCli as runCliInProcess } from '../../src/main/cli/run'
import { silentLogger } from '../../src/main/platform/logger'

export interface CliRun {
  code: number
  /** The last line of stdout, parsed (the CLI runs with --json). */
  json: unknown
  stdout: string
  stderr: string
}

const lastJson = (stdout: string): unknown => {
  const last = stdout.trim().split('\n').at(-1) ?? ''
  return last ? JSON.parse(last) : null
}

/**
 * Runs the CLI in this process (`runCli(argv, io)` of src/main/cli/run.ts) on `dataDir` with
 * --json, as `npm run cli` would: the same commands, parsing and exit codes, without a `tsx`
 * child per command. A simulator started by the test keeps answering meanwhile (all I/O is
 * asynchronous). `_timeoutMs` is kept for callers written for the child-process runner.
 */
export async function runCli(
  dataDir: string,
  args: string[],
  _timeoutMs?: number,
  env: Record<string, string> = {},
): Promise<CliRun> {
  // in-process: the CLI reads these from process.env, set for the call and put back after
  const saved = Object.keys(env).map((k) => [k, process.env[k]] as const)
  Object.assign(process.env, env)
  let stdout = ''
  let stderr = ''
  let code: number
  try {
    code = await runCliInProcess(['--data-dir', dataDir, '--json', ...args], {
      out: (text) => void (stdout += `${text}\n`),
      err: (text) => void (stderr += `${text}\n`),
      station: { logger: silentLogger },
    })
  } catch (error) {
    // what src/main/cli.ts does with an unexpected error
    stderr += `error: ${error instanceof Error ? error.message : String(error)}\n`
    code = 1
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
  return { code, json: lastJson(stdout), stdout, stderr }
}

/**
 * The real entry point (src/main/cli.ts) as its own process, for the few tests of the entry
 * itself; everything else runs in-process through runCli.
 */
export function runCliProcess(
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
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          json: lastJson(stdout),
          stdout,
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
