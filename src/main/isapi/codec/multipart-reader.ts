// Incremental multipart reader for device streams (alertStream, subscribeEvent, capture answers,
// httpHosts pushes). Framing policy:
// - a part is framed by its Content-Length and emitted as soon as that many bytes arrived (live
//   events must not wait for the next boundary);
// - if the declared length runs over the next delimiter line, the delimiter wins (redacted or
//   buggy firmware declare lengths a few bytes too long);
// - a part without Content-Length ends at the next delimiter line;
// - bytes between parts that are not a delimiter are skipped and reported, never parsed;
// - memory is bounded: a part over `maxPartBytes` or a header block over `maxHeaderBytes` is
//   discarded (reported) and the reader resynchronises on the next delimiter.

export interface Part {
  /** Header names lower-cased. */
  headers: Record<string, string>
  contentType: string
  name?: string
  filename?: string
  body: Buffer
}

export interface MultipartReaderOptions {
  maxPartBytes?: number
  maxHeaderBytes?: number
  onSkip?: (reason: string, bytes: number) => void
}

type State = 'seek' | 'headers' | 'bodyLength' | 'bodyScan' | 'discardLength' | 'discardScan'

const LF = 0x0a
const CR = 0x0d
const EMPTY = Buffer.alloc(0)

export class MultipartReader {
  private readonly delim: Buffer
  private readonly lfDelim: Buffer
  private readonly maxPart: number
  private readonly maxHeader: number
  private readonly onSkip: (reason: string, bytes: number) => void
  private buf: Buffer = EMPTY
  private pos = 0
  private pending: Buffer[] = []
  private pendingLen = 0
  private state: State = 'seek'
  private lineStart = true
  private need = 0
  private scanFrom = 0
  private headers: Record<string, string> = {}
  /** True once the close delimiter (`--boundary--`) was seen. */
  closed = false
  /** Parts emitted so far. */
  count = 0

  constructor(boundary: string, opts: MultipartReaderOptions = {}) {
    if (!boundary) throw new Error('multipart boundary is empty')
    this.delim = Buffer.from(`--${boundary}`, 'latin1')
    this.lfDelim = Buffer.from(`\n--${boundary}`, 'latin1')
    this.maxPart = opts.maxPartBytes ?? 8 * 1024 * 1024
    this.maxHeader = opts.maxHeaderBytes ?? 16 * 1024
    this.onSkip = opts.onSkip ?? (() => {})
  }

  /** Bytes currently held (buffer + pending); bounded by the limits. */
  get buffered(): number {
    return this.buf.length - this.pos + this.pendingLen
  }

  push(chunk: Uint8Array): Part[] {
    if (chunk.length === 0) return []
    const c = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    if (this.state === 'discardLength') return this.discardDirect(c)
    this.pending.push(c)
    this.pendingLen += c.length
    if (this.state === 'bodyLength' && this.buf.length - this.pos + this.pendingLen < this.need)
      return []
    this.merge()
    return this.run()
  }

  /** Ends the stream. `truncated` when it stopped inside a part. */
  end(): { parts: Part[]; truncated: boolean } {
    this.merge()
    const parts = this.run()
    const rest = this.buf.length - this.pos
    const truncated =
      this.state === 'bodyLength' ||
      this.state === 'discardLength' ||
      (this.state === 'headers' && rest > 0) ||
      (this.state === 'bodyScan' && !this.closed)
    return { parts, truncated }
  }

  private merge(): void {
    if (this.pendingLen === 0) return
    const rest = this.buf.length - this.pos
    if (rest === 0 && this.pending.length === 1) this.buf = this.pending[0]!
    else
      this.buf = Buffer.concat(
        rest === 0 ? this.pending : [this.buf.subarray(this.pos), ...this.pending],
        rest + this.pendingLen,
      )
    this.scanFrom = Math.max(0, this.scanFrom - this.pos)
    this.pos = 0
    this.pending = []
    this.pendingLen = 0
  }

  private discardDirect(c: Buffer): Part[] {
    const take = Math.min(this.need, c.length)
    this.need -= take
    if (this.need > 0) return []
    this.state = 'seek'
    this.lineStart = true
    return take < c.length ? this.push(c.subarray(take)) : []
  }

  private run(): Part[] {
    const out: Part[] = []
    for (;;) {
      const progressed = this.step(out)
      if (!progressed) break
    }
    if (this.pos > 0 && this.pos === this.buf.length) {
      this.buf = EMPTY
      this.pos = 0
      this.scanFrom = 0
    }
    return out
  }

  private step(out: Part[]): boolean {
    switch (this.state) {
      case 'seek':
        return this.seek()
      case 'headers':
        return this.readHeaders()
      case 'bodyLength':
        return this.readBodyLength(out)
      case 'bodyScan':
        return this.readBodyScan(out)
      case 'discardLength': {
        const take = Math.min(this.need, this.buf.length - this.pos)
        this.pos += take
        this.need -= take
        if (this.need > 0) return false
        this.state = 'seek'
        this.lineStart = true
        return true
      }
      case 'discardScan':
        return this.discardScan()
    }
  }

  private seek(): boolean {
    const buf = this.buf
    let from = this.pos
    for (;;) {
      const idx = buf.indexOf(this.delim, from)
      if (idx < 0) {
        // keep a tail that could hold the start of a delimiter
        const keep = Math.min(buf.length - this.pos, this.delim.length + 1)
        const drop = buf.length - keep - this.pos
        if (drop > 0) {
          this.reportJunk(this.pos, this.pos + drop)
          this.pos += drop
          this.lineStart = buf[this.pos - 1] === LF
        }
        return false
      }
      const atLine = idx === this.pos ? this.lineStart || buf[idx - 1] === LF : buf[idx - 1] === LF
      if (!atLine) {
        from = idx + 1
        continue
      }
      const after = idx + this.delim.length
      if (buf.length < after + 2) {
        this.reportJunk(this.pos, idx)
        this.pos = idx
        this.lineStart = true
        return false
      }
      if (buf[after] === 0x2d && buf[after + 1] === 0x2d) {
        this.reportJunk(this.pos, idx)
        this.closed = true
        this.pos = after + 2
        this.lineStart = false
        from = this.pos
        continue
      }
      const nl = buf.indexOf(LF, after)
      if (nl < 0) {
        if (buf.length - after > 256) {
          from = after
          continue
        }
        this.reportJunk(this.pos, idx)
        this.pos = idx
        this.lineStart = true
        return false
      }
      if (!isBlank(buf, after, nl)) {
        from = after
        continue
      }
      this.reportJunk(this.pos, idx)
      this.pos = nl + 1
      this.state = 'headers'
      this.headers = {}
      return true
    }
  }

  private readHeaders(): boolean {
    const buf = this.buf
    let p = this.pos
    const headers: Record<string, string> = {}
    for (;;) {
      const nl = buf.indexOf(LF, p)
      if (nl < 0 || nl - this.pos > this.maxHeader) {
        if (buf.length - this.pos > this.maxHeader) {
          this.onSkip('part header block exceeds limit', buf.length - this.pos)
          this.state = 'discardScan'
          this.scanFrom = this.pos
          return true
        }
        return false
      }
      const end = nl > p && buf[nl - 1] === CR ? nl - 1 : nl
      if (end === p) {
        this.pos = nl + 1
        break
      }
      const line = buf.toString('latin1', p, end)
      if (line.startsWith('--') && buf.indexOf(this.delim, p) === p) {
        // a delimiter where headers were expected: the part had no blank line; drop it
        this.onSkip('part without header terminator', p - this.pos)
        this.pos = p
        this.lineStart = true
        this.state = 'seek'
        return true
      }
      const colon = line.indexOf(':')
      if (colon > 0)
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      p = nl + 1
    }
    this.headers = headers
    const cl = headers['content-length']
    const len = cl !== undefined && /^\s*\d+\s*$/.test(cl) ? Number.parseInt(cl, 10) : undefined
    if (len === undefined) {
      this.state = 'bodyScan'
      this.scanFrom = this.pos
    } else if (len > this.maxPart) {
      this.onSkip('part exceeds size limit', len)
      this.state = 'discardLength'
      this.need = len
    } else {
      this.state = 'bodyLength'
      this.need = len
    }
    return true
  }

  private readBodyLength(out: Part[]): boolean {
    const buf = this.buf
    if (buf.length - this.pos < this.need) return false
    const end = this.pos + this.need
    // a delimiter line inside the declared length means the length is wrong: the delimiter wins
    const inner = this.need > 0 ? buf.indexOf(this.lfDelim, this.pos) : -1
    if (inner >= 0 && inner < end) {
      const bodyEnd = inner > this.pos && buf[inner - 1] === CR ? inner - 1 : inner
      this.emit(out, buf.subarray(this.pos, bodyEnd))
      this.pos = inner + 1
    } else {
      this.emit(out, buf.subarray(this.pos, end))
      this.pos = end
    }
    this.lineStart = true
    this.state = 'seek'
    return true
  }

  private readBodyScan(out: Part[]): boolean {
    const buf = this.buf
    if (
      this.pos + this.delim.length <= buf.length &&
      buf.subarray(this.pos, this.pos + this.delim.length).equals(this.delim)
    ) {
      this.emit(out, EMPTY)
      this.state = 'seek'
      this.lineStart = true
      return true
    }
    const idx = buf.indexOf(this.lfDelim, Math.max(this.pos, this.scanFrom))
    if (idx < 0) {
      if (buf.length - this.pos > this.maxPart) {
        this.onSkip('part without length exceeds size limit', buf.length - this.pos)
        this.state = 'discardScan'
        this.scanFrom = this.pos
        return true
      }
      this.scanFrom = Math.max(this.pos, buf.length - this.lfDelim.length)
      return false
    }
    const bodyEnd = idx > this.pos && buf[idx - 1] === CR ? idx - 1 : idx
    this.emit(out, buf.subarray(this.pos, bodyEnd))
    this.pos = idx + 1
    this.lineStart = true
    this.state = 'seek'
    return true
  }

  private discardScan(): boolean {
    const buf = this.buf
    const idx = buf.indexOf(this.lfDelim, Math.max(this.pos, this.scanFrom))
    if (idx < 0) {
      const keep = Math.min(buf.length - this.pos, this.lfDelim.length)
      this.pos = buf.length - keep
      this.scanFrom = this.pos
      return false
    }
    this.pos = idx + 1
    this.lineStart = true
    this.state = 'seek'
    return true
  }

  private emit(out: Part[], body: Buffer): void {
    const h = this.headers
    const part: Part = { headers: h, contentType: h['content-type'] ?? '', body: Buffer.from(body) }
    const disp = h['content-disposition']
    if (disp !== undefined) {
      const name = dispositionParam(disp, 'name')
      const filename = dispositionParam(disp, 'filename')
      if (name !== undefined) part.name = name
      if (filename !== undefined) part.filename = filename
    }
    this.count++
    out.push(part)
  }

  private reportJunk(from: number, to: number): void {
    if (to <= from) return
    if (!isBlank(this.buf, from, to)) this.onSkip('bytes between parts', to - from)
  }
}

function isBlank(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = buf[i]
    if (c !== 0x20 && c !== 0x09 && c !== CR && c !== LF) return false
  }
  return true
}

const DISPOSITION_RE: Record<string, RegExp> = {
  name: /(?:^|;)\s*name\s*=\s*(?:"([^"]*)"|([^;\s]*))/i,
  filename: /(?:^|;)\s*filename\s*=\s*(?:"([^"]*)"|([^;\s]*))/i,
}

function dispositionParam(disp: string, key: 'name' | 'filename'): string | undefined {
  const m = DISPOSITION_RE[key]!.exec(disp)
  if (!m) return undefined
  return m[1] ?? m[2]
}

/** Reads parts from a byte stream. Throws `MultipartTruncatedError` if it ends inside a part. */
export async function* readMultipart(
  source: AsyncIterable<Uint8Array>,
  boundary: string,
  opts: MultipartReaderOptions = {},
): AsyncGenerator<Part> {
  const reader = new MultipartReader(boundary, opts)
  for await (const chunk of source) {
    for (const p of reader.push(chunk)) yield p
  }
  const tail = reader.end()
  for (const p of tail.parts) yield p
  if (tail.truncated) throw new MultipartTruncatedError('stream ended inside a multipart part')
}

export class MultipartTruncatedError extends Error {}
