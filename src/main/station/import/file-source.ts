// A person file as the import reads it: its bytes in chunks, from the start, as many times as
// asked (the import reads a file twice: once to check it, once to write it). A file that came
// as base64 is decoded a slice at a time on each reading, so the decoded file is never held
// whole; the event loop gets a turn between slices.
import { createHash, type Hash } from 'node:crypto'

export interface FileSource {
  fileName: string
  /** The bytes from the start, in chunks; a chunk may be reused once the next is asked for. */
  chunks(): AsyncIterable<Buffer>
}

/**
 * Base64 characters per slice: a multiple of 4, 48 KiB of bytes. Small enough that each
 * slice's text (decoded by the reader) is an ordinary young object that dies at the next
 * scavenge: a slice of 1 MiB made a 1 MiB string in V8's large-object space per slice (old
 * generation, freed only by a full collection), which grew the heap by tens of MB.
 */
const SLICE = 64 * 1024

export function base64Source(fileName: string, base64: string): FileSource {
  return {
    fileName,
    async *chunks() {
      // one buffer for every slice: a reader uses a chunk before it asks for the next one
      const out = Buffer.allocUnsafe((SLICE / 4) * 3 + 3)
      let carry = ''
      for (let at = 0; at < base64.length; at += SLICE) {
        // line breaks or spaces shift the 4-character groups: a partial group waits for the next slice
        let slice = carry + base64.slice(at, at + SLICE)
        if (/[^A-Za-z0-9+/=_-]/.test(slice)) slice = slice.replace(/[^A-Za-z0-9+/=_-]/g, '')
        const whole = slice.length - (slice.length % 4)
        carry = slice.slice(whole)
        if (whole > 0) yield out.subarray(0, out.write(slice.slice(0, whole), 'base64'))
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
      if (carry) yield Buffer.from(carry, 'base64')
    },
  }
}

/** The same bytes with a running SHA-256 of everything read so far. */
export function hashed(source: FileSource): { source: FileSource; digest: () => string } {
  let hash: Hash | null = null
  let digest = ''
  return {
    source: {
      fileName: source.fileName,
      async *chunks() {
        hash = createHash('sha256')
        digest = ''
        const it = source.chunks()[Symbol.asyncIterator]()
        try {
          for (let r = await it.next(); !r.done; r = await it.next()) {
            hash.update(r.value)
            yield r.value
          }
        } finally {
          // a reader that stops early (the first worksheet read) still has the whole file hashed
          for (let r = await it.next(); !r.done; r = await it.next()) hash.update(r.value)
          digest = hash.digest('hex')
        }
      },
    },
    /** The hash of the whole file, once it has been read to its end ('' before). */
    digest: () => digest,
  }
}
