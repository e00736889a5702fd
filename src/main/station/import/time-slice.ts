// Long work in slices: `pause()` gives the event loop a turn once the current slice has run
// for `budgetMs`, so terminals, events and the UI keep going during an import or an export.
import { performance } from 'node:perf_hooks'

export const SLICE_MS = 15

export function yieldEvery(budgetMs = SLICE_MS): () => Promise<void> {
  let started = performance.now()
  return async () => {
    if (performance.now() - started < budgetMs) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    started = performance.now()
  }
}

/**
 * Base64 → bytes in slices of 4 MiB of text, the event loop given a turn between them; each
 * slice is decoded straight into the result (no copy of the whole at the end).
 */
export async function fromBase64(text: string): Promise<Buffer> {
  const SLICE = 4 * 1024 * 1024 // a multiple of 4: each slice decodes on its own
  if (text.length <= SLICE) return Buffer.from(text, 'base64')
  const out = Buffer.allocUnsafe(Math.ceil((text.length * 3) / 4))
  let written = 0
  for (let at = 0; at < text.length; at += SLICE) {
    const slice = text.slice(at, at + SLICE)
    // line breaks or other characters shift the 4-character groups: decode the rest at once
    if (/[^A-Za-z0-9+/=]/.test(slice))
      return Buffer.concat([out.subarray(0, written), Buffer.from(text.slice(at), 'base64')])
    written += out.write(slice, written, 'base64')
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  return out.subarray(0, written)
}
