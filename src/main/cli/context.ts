import type { AppError, Result } from '@shared/result'
import { isReasonCode, reasonText, type Reason } from '@shared/reason-text'
import type { Station } from '../station'

export class UsageError extends Error {}

/** What every command gets: the station, parsed flags, and output helpers that honour --json. */
export interface CliContext {
  station: Station
  flags: Record<string, string | boolean | string[] | undefined>
  args: string[]
  json: boolean
  out(text: string): void
  err(text: string): void
  /** Resolves when a long-running command should stop (default: Ctrl+C). */
  interrupted?: () => Promise<void>
}

export type Command = (cli: CliContext) => Promise<number>

/** Unwraps a Result or prints its error (coded) and returns null. */
export function need<T>(cli: CliContext, result: Result<unknown>): T | null {
  if (result.ok) return result.value as T
  if (cli.json) cli.out(JSON.stringify(result))
  else
    cli.err(
      `error ${result.error.code}: ${errorWords(result.error, cli.flags.lang === 'zh' ? 'zh' : 'en')}`,
    )
  return null
}

/** The language the CLI words reasons in (--lang zh, else English). */
export const cliLang = (cli: CliContext): 'en' | 'zh' => (cli.flags.lang === 'zh' ? 'zh' : 'en')

/** An error's words: its coded reason in the language asked for (--lang zh), else its message. */
export function errorWords(error: AppError, lang: 'en' | 'zh'): string {
  const reason = error.details?.reason as Partial<Reason> | undefined
  return reason && typeof reason.code === 'string' && isReasonCode(reason.code)
    ? reasonText({ code: reason.code, params: reason.params ?? {} }, lang)
    : error.message
}

/** Prints a value: JSON with --json, else the text form. */
export function show(cli: CliContext, value: unknown, text: () => string): number {
  cli.out(cli.json ? JSON.stringify(value) : text())
  return 0
}

export function flag(cli: CliContext, name: string): string | undefined {
  const v = cli.flags[name]
  if (Array.isArray(v)) return v.at(-1)
  return typeof v === 'string' ? v : undefined
}

export function required(cli: CliContext, name: string): string {
  const v = flag(cli, name)
  if (!v) throw new UsageError(`--${name} is required`)
  return v
}

export function table(rows: (string | number | null | undefined)[][]): string {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length))) ?? []
  return rows
    .map((r) =>
      r
        .map((c, i) => String(c ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** Runs until Ctrl+C (events tail, demo start). */
export function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}
