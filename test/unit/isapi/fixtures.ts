import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const REAL = path.resolve(repoRoot, 'test', 'fixtures', 'real')

export function real(rel: string): string {
  return readFileSync(path.join(REAL, rel), 'utf8')
}

/** The `payload` of a REAL-NORM probe record (jonioliel). */
export function probePayload(rel: string): unknown {
  return (JSON.parse(real(rel)) as { payload: unknown }).payload
}
