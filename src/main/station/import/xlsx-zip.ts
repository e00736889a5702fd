// The ZIP under an .xlsx, read from a file that comes as chunks from its start (as often as
// asked) and never held whole: a first reading keeps only the file's last ~1 MiB, where the
// central directory says where each part lies and how large it is; later readings copy out the
// compressed bytes of the parts wanted, which Node's zlib inflates in 64 KiB pieces off the event
// loop. Bounded by construction: at most 256 parts, a directory of at most 1 MiB, parts that
// must not overlap, and each part's inflated bytes counted against its limit as they come (a
// bomb is refused at its limit, never expanded), its CRC-32 checked at its end.
import { Readable, pipeline } from 'node:stream'
import { createInflateRaw, crc32 } from 'node:zlib'
import { codedFailure } from '@shared/coded-failure'
import { AppFailure } from '@shared/result'
import type { FileSource } from './file-source'

export const XLSX_ZIP_LIMITS = {
  /** Parts in the archive: a person workbook has ~10-40; hundreds are not a person file. */
  maxEntries: 256,
  maxDirectoryBytes: 1 << 20,
}

export interface ZipEntry {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  /** Where the part's local header starts. */
  offset: number
}

export interface ZipDirectory {
  /** The parts by lower-case name. */
  byName: Map<string, ZipEntry>
  /** The parts in the order they lie in the file. */
  inOrder: ZipEntry[]
  length: number
  /** The file's last bytes (the directory and its end record): every later reading must end alike. */
  tail: Buffer
}

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** End record, its comment, the zip64 locator and record, and the directory. */
const TAIL = 22 + 0xffff + 20 + 56 + XLSX_ZIP_LIMITS.maxDirectoryBytes
/** Compressed bytes handed to zlib at a time, and inflated bytes handed out at a time. */
const PIECE = 64 * 1024

export const zipDamaged = () => codedFailure('INVALID_ARGS', 'xlsxZipDamaged')
export const partDamaged = (part: string) => codedFailure('INVALID_ARGS', 'xlsxDamaged', { part })
export const fileChangedWhileRead = () => codedFailure('CONFLICT', 'importChanged')

/** The last `size` bytes of what went past (copies: a source may reuse its chunks). */
class Tail {
  private kept: Buffer[] = []
  private held = 0
  length = 0
  /** `expected`: the file's length when known (bytes before its tail are then not copied). */
  constructor(
    private readonly size: number,
    private readonly expected = Infinity,
  ) {}
  add(chunk: Buffer) {
    this.length += chunk.length
    if (this.expected !== Infinity && this.length <= this.expected - this.size) return
    this.kept.push(Buffer.from(chunk.subarray(Math.max(0, chunk.length - this.size))))
    this.held += this.kept.at(-1)!.length
    while (this.kept.length > 1 && this.held - this.kept[0]!.length >= this.size)
      this.held -= this.kept.shift()!.length
  }
  bytes(): Buffer {
    const all = Buffer.concat(this.kept)
    return all.subarray(Math.max(0, all.length - this.size))
  }
}

/** The first reading: what the file is, and where its parts lie. */
export async function readDirectory(source: FileSource): Promise<ZipDirectory> {
  const tail = new Tail(TAIL)
  let head: Buffer | null = null
  for await (const chunk of source.chunks()) {
    if (!head && chunk.length > 0) head = Buffer.from(chunk.subarray(0, 8))
    tail.add(chunk)
  }
  if (head && head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0)
    throw codedFailure('INVALID_ARGS', 'xlsxEncrypted')
  if (!head || head.length < 4 || head.readUInt32LE(0) !== LOCAL || tail.length < 22)
    throw codedFailure('INVALID_ARGS', 'xlsxNotZip')
  const bytes = tail.bytes()
  const base = tail.length - bytes.length
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (bytes.readUInt32LE(i) === EOCD && i + 22 + bytes.readUInt16LE(i + 20) === bytes.length) {
      end = i
      break
    }
  if (end < 0) throw zipDamaged()
  let count = bytes.readUInt16LE(end + 10)
  let dirSize = bytes.readUInt32LE(end + 12)
  let dirOffset = bytes.readUInt32LE(end + 16)
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locator = end - 20
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw zipDamaged()
    const at = Number(bytes.readBigUInt64LE(locator + 8)) - base
    if (at < 0 || at + 56 > locator || bytes.readUInt32LE(at) !== ZIP64_EOCD) throw zipDamaged()
    count = Number(bytes.readBigUInt64LE(at + 32))
    dirSize = Number(bytes.readBigUInt64LE(at + 40))
    dirOffset = Number(bytes.readBigUInt64LE(at + 48))
  }
  if (count > XLSX_ZIP_LIMITS.maxEntries)
    throw codedFailure('INVALID_ARGS', 'xlsxTooManyParts', {
      found: count,
      max: XLSX_ZIP_LIMITS.maxEntries,
    })
  if (dirSize > XLSX_ZIP_LIMITS.maxDirectoryBytes)
    throw codedFailure('INVALID_ARGS', 'xlsxDirectoryTooLarge', {
      max: XLSX_ZIP_LIMITS.maxDirectoryBytes / 2 ** 20,
    })
  const from = dirOffset - base
  if (from < 0 || from + dirSize > end) throw zipDamaged()
  const entries = centralEntries(bytes.subarray(from, from + dirSize), count)
  return { ...placed(entries, dirOffset), length: tail.length, tail: bytes }
}

function centralEntries(dir: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = []
  let at = 0
  for (let n = 0; n < count; n++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) throw zipDamaged()
    const flags = dir.readUInt16LE(at + 8)
    const nameLength = dir.readUInt16LE(at + 28)
    const extraLength = dir.readUInt16LE(at + 30)
    const next = at + 46 + nameLength + extraLength + dir.readUInt16LE(at + 32)
    if (next > dir.length) throw zipDamaged()
    const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength)
    if (flags & 1) throw codedFailure('INVALID_ARGS', 'xlsxEncrypted')
    const entry: ZipEntry = {
      name,
      method: dir.readUInt16LE(at + 10),
      crc: dir.readUInt32LE(at + 16),
      compressedSize: dir.readUInt32LE(at + 20),
      size: dir.readUInt32LE(at + 24),
      offset: dir.readUInt32LE(at + 42),
    }
    zip64Sizes(entry, dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))
    entries.push(entry)
    at = next
  }
  return entries
}

/** Sizes and offset too large for 32 bits come from the zip64 extra field, in this order. */
function zip64Sizes(entry: ZipEntry, extra: Buffer) {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    if (id === 1) {
      let p = at + 4
      const take = () => {
        if (p + 8 > at + 4 + size || p + 8 > extra.length) throw zipDamaged()
        const v = Number(extra.readBigUInt64LE(p))
        p += 8
        return v
      }
      if (entry.size === 0xffffffff) entry.size = take()
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take()
      if (entry.offset === 0xffffffff) entry.offset = take()
    }
    at += 4 + size
  }
}

/** Parts by name and in file order; two parts that share a name or bytes are refused. */
function placed(entries: ZipEntry[], dirOffset: number) {
  const byName = new Map<string, ZipEntry>()
  for (const e of entries) {
    const key = e.name.toLowerCase()
    if (byName.has(key)) throw zipDamaged()
    byName.set(key, e)
  }
  const inOrder = [...entries].sort((a, b) => a.offset - b.offset)
  inOrder.forEach((e, i) => {
    const next = inOrder[i + 1]?.offset ?? dirOffset
    if (e.offset + 30 + e.compressedSize > next) throw zipDamaged()
  })
  return { byName, inOrder }
}

/** One reading of the file, forward only, copying out what is asked. */
export class FileCursor {
  private readonly it: AsyncIterator<Buffer>
  private chunk: Buffer = Buffer.alloc(0)
  private at = 0
  private pos = 0
  private readonly tail: Tail

  constructor(source: FileSource, dir: ZipDirectory) {
    this.it = source.chunks()[Symbol.asyncIterator]()
    this.tail = new Tail(TAIL, dir.length)
  }

  private async more(): Promise<boolean> {
    while (this.at >= this.chunk.length) {
      const r = await this.it.next()
      if (r.done) return false
      this.chunk = r.value
      this.at = 0
      this.tail.add(r.value)
    }
    return true
  }

  /** Up to `n` bytes from here (a view, valid until the next call); empty at the file's end. */
  private async take(n: number): Promise<Buffer> {
    if (!(await this.more())) return this.chunk.subarray(0, 0)
    const piece = this.chunk.subarray(this.at, this.at + Math.min(n, this.chunk.length - this.at))
    this.at += piece.length
    this.pos += piece.length
    return piece
  }

  async skipTo(pos: number): Promise<void> {
    if (pos < this.pos) throw zipDamaged()
    while (this.pos < pos) if ((await this.take(pos - this.pos)).length === 0) throw zipDamaged()
  }

  async read(n: number): Promise<Buffer> {
    const out = Buffer.allocUnsafe(n)
    for (let got = 0; got < n;) {
      const piece = await this.take(n - got)
      if (piece.length === 0) throw zipDamaged()
      got += piece.copy(out, got)
    }
    return out
  }

  async *range(n: number): AsyncGenerator<Buffer> {
    for (let left = n; left > 0;) {
      const piece = await this.take(Math.min(left, PIECE))
      if (piece.length === 0) throw zipDamaged()
      left -= piece.length
      yield Buffer.from(piece)
    }
  }

  /** Reads to the end: the file must be the one the directory was read from. */
  async finish(dir: ZipDirectory): Promise<void> {
    while ((await this.take(Infinity)).length > 0);
    if (this.tail.length !== dir.length || !this.tail.bytes().equals(dir.tail))
      throw fileChangedWhileRead()
  }

  async close(): Promise<void> {
    await this.it.return?.()
  }
}

/** A part's bytes, inflated, counted against `maxBytes` as they come, its CRC-32 checked. */
export async function* partBytes(
  cursor: FileCursor,
  entry: ZipEntry,
  maxBytes: number,
): AsyncGenerator<Buffer> {
  if (entry.size > maxBytes) throw partTooLarge(entry, maxBytes)
  if (entry.method !== 0 && entry.method !== 8) throw partDamaged(entry.name)
  await cursor.skipTo(entry.offset)
  const local = await cursor.read(30)
  if (local.readUInt32LE(0) !== LOCAL) throw zipDamaged()
  await cursor.read(local.readUInt16LE(26) + local.readUInt16LE(28))
  const input = cursor.range(entry.compressedSize)
  let size = 0
  let crc = 0
  try {
    for await (const piece of entry.method === 0 ? input : inflated(input)) {
      size += piece.length
      if (size > maxBytes) throw partTooLarge(entry, maxBytes)
      crc = crc32(piece, crc)
      yield piece
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw partDamaged(entry.name)
  }
  if (size !== entry.size || crc !== entry.crc) throw partDamaged(entry.name)
}

const partTooLarge = (entry: ZipEntry, maxBytes: number) =>
  codedFailure('INVALID_ARGS', 'xlsxPartTooLarge', {
    part: entry.name,
    max: Math.round(maxBytes / 2 ** 20),
  })

/** Raw DEFLATE inflated by zlib in its thread pool; the output pulled 64 KiB at a time. */
function inflated(input: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return pipeline(
    Readable.from(input, { highWaterMark: 1 }),
    createInflateRaw({ chunkSize: PIECE }),
    () => {},
  )
}
