// The workbook's shared strings (xl/sharedStrings.xml), held as UTF-8 in 1 MiB blocks with two
// small arrays of where each starts and how long it is: ~6 bytes per string beside its text,
// where a JS string costs ~20 more. Bounded: at most 2,000,000 strings and 32 MiB of text; a
// string longer than a cell may be is kept only as "too long" (refused if a cell uses it).
import { codedFailure } from '@shared/coded-failure'
import { CSV_LIMITS } from '../roster/csv'
import { scanPart, type XmlEvents } from './xlsx-xml'
import type { ZipEntry } from './xlsx-zip'

export const SHARED_STRING_LIMITS = { maxCount: 2_000_000, maxBytes: 32 * 2 ** 20 }

const BLOCK = 1 << 20
/** UTF-8 bytes of the longest string kept (3 bytes per UTF-16 unit at most). */
const MAX_STRING_BYTES = CSV_LIMITS.maxCell * 3
const TOO_LONG = 0xffff

export const TOO_LONG_STRING = Symbol('too long')

export class SharedStrings {
  private blocks: Buffer[] = []
  private used = BLOCK
  private starts = new Uint32Array(1024)
  private lengths = new Uint16Array(1024)
  private bytes = 0
  count = 0

  /** A string; one longer than a cell may be is kept as "too long". */
  add(text: string | typeof TOO_LONG_STRING): void {
    if (this.count >= SHARED_STRING_LIMITS.maxCount) throw tooMuchText()
    if (this.count === this.starts.length) this.grow()
    if (text === TOO_LONG_STRING || text.length > CSV_LIMITS.maxCell) {
      this.lengths[this.count++] = TOO_LONG
      return
    }
    if (BLOCK - this.used < MAX_STRING_BYTES) {
      this.blocks.push(Buffer.allocUnsafe(BLOCK))
      this.used = 0
    }
    const block = this.blocks.length - 1
    const length = this.blocks[block]!.write(text, this.used, 'utf8')
    this.starts[this.count] = block * BLOCK + this.used
    this.lengths[this.count++] = length
    this.used += length
    this.bytes += length
    if (this.bytes > SHARED_STRING_LIMITS.maxBytes) throw tooMuchText()
  }

  /** The string at `index`; undefined past the end. */
  get(index: number): string | typeof TOO_LONG_STRING | undefined {
    if (!(index >= 0 && index < this.count)) return undefined
    const length = this.lengths[index]!
    if (length === TOO_LONG) return TOO_LONG_STRING
    const start = this.starts[index]!
    const at = start % BLOCK
    return this.blocks[Math.floor(start / BLOCK)]!.toString('utf8', at, at + length)
  }

  private grow() {
    const n = Math.min(this.starts.length * 2, SHARED_STRING_LIMITS.maxCount)
    const starts = new Uint32Array(n)
    starts.set(this.starts)
    const lengths = new Uint16Array(n)
    lengths.set(this.lengths)
    this.starts = starts
    this.lengths = lengths
  }
}

const tooMuchText = () =>
  codedFailure('INVALID_ARGS', 'xlsxTooMuchText', {
    count: SHARED_STRING_LIMITS.maxCount,
    max: SHARED_STRING_LIMITS.maxBytes / 2 ** 20,
  })

/** OOXML's escapes of characters XML cannot hold (`_x000D_` is a carriage return). */
export const unescapeOoxml = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : text

/**
 * Collects the text of `<t>` elements (not those of phonetic runs `<rPh>`) inside `item`
 * elements, stopping at `maxChars` (the text is then only "too long"); `done` gets each.
 */
export function textItems(
  item: string,
  maxChars: number,
  done: (text: string, tooLong: boolean) => void,
): XmlEvents {
  let inItem = false
  let inT = false
  let phonetic = 0
  let parts: string[] = []
  let length = 0
  return {
    get wantText() {
      return inT && phonetic === 0
    },
    open(name) {
      if (name === item) {
        inItem = true
        parts = []
        length = 0
      } else if (inItem && name === 't') inT = true
      else if (inItem && name === 'rPh') phonetic++
    },
    close(name) {
      if (name === 't') inT = false
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1)
      else if (name === item && inItem) {
        inItem = false
        const tooLong = length > maxChars
        done(tooLong ? '' : unescapeOoxml(parts.join('')), tooLong)
      }
    },
    text(text) {
      if (length > maxChars) return
      length += text.length
      if (length <= maxChars) parts.push(text)
      else parts = []
    },
  }
}

/** xl/sharedStrings.xml read into a store. */
export async function readSharedStrings(
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
): Promise<SharedStrings> {
  const strings = new SharedStrings()
  const events = textItems('si', CSV_LIMITS.maxCell, (text, tooLong) =>
    strings.add(tooLong ? TOO_LONG_STRING : text),
  )
  await scanPart(bytes, entry, events)
  return strings
}
