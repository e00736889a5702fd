// `config set … verificationCode=-`: a write-only value (a Hik-Connect verification code, an
// ISUP key, a cloud password) is never taken from the command line — it would stay in the
// shell history and the process list. `-` reads it from stdin, one line per `-` in order.
import { createInterface } from 'node:readline'
import type { ConfigValue } from '@shared/contract/config'
import { UsageError } from './context'

export const FROM_STDIN = '-'

export async function secretsFromStdin(
  changes: Record<string, ConfigValue>,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
): Promise<Record<string, ConfigValue>> {
  const keys = Object.keys(changes).filter((k) => changes[k] === FROM_STDIN)
  if (keys.length === 0) return changes
  if (input.isTTY)
    throw new UsageError(`pipe the value of ${keys.join(', ')} on stdin (one line each)`)
  const lines: string[] = []
  const rl = createInterface({ input, terminal: false })
  for await (const line of rl) {
    lines.push(line)
    if (lines.length === keys.length) break
  }
  rl.close()
  if (lines.length < keys.length)
    throw new UsageError(`stdin ended before the value of ${keys[lines.length]}`)
  return { ...changes, ...Object.fromEntries(keys.map((k, i) => [k, lines[i]!])) }
}
