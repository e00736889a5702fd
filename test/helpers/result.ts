// A station call's result unwrapped: its value, or the coded error thrown (so a test fails with
// the code and message the station gave).
import type { Result } from '@shared/result'

export const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
