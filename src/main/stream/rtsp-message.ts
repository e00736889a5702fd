// RTSP 1.0 framing on a TCP connection: text messages (request or response: start line,
// headers, optional body by Content-Length) mixed with interleaved binary frames (`$`, channel,
// 16-bit length). Headers keep their order and case; names compare case-insensitively.

export interface RtspMessage {
  kind: 'message'
  startLine: string
  headers: [string, string][]
  body: Buffer
}

export interface RtspBinary {
  kind: 'binary'
  raw: Buffer
}

const MAX_HEAD = 64 * 1024

export function header(m: RtspMessage, name: string): string | undefined {
  const n = name.toLowerCase()
  return m.headers.find(([k]) => k.toLowerCase() === n)?.[1]
}

export function headers(m: RtspMessage, name: string): string[] {
  const n = name.toLowerCase()
  return m.headers.filter(([k]) => k.toLowerCase() === n).map(([, v]) => v)
}

export function withHeader(m: RtspMessage, name: string, value: string | null): RtspMessage {
  const n = name.toLowerCase()
  const rest = m.headers.filter(([k]) => k.toLowerCase() !== n)
  return { ...m, headers: value === null ? rest : [...rest, [name, value]] }
}

export function serialize(m: RtspMessage): Buffer {
  const hs = m.headers.filter(([k]) => k.toLowerCase() !== 'content-length')
  if (m.body.length > 0) hs.push(['Content-Length', String(m.body.length)])
  const head = [m.startLine, ...hs.map(([k, v]) => `${k}: ${v}`)].join('\r\n')
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), m.body])
}

/** Cuts a byte stream into messages and binary frames; throws on garbage. */
export class RtspReader {
  private buf: Buffer = Buffer.alloc(0)

  push(chunk: Buffer): (RtspMessage | RtspBinary)[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk])
    const out: (RtspMessage | RtspBinary)[] = []
    for (;;) {
      if (this.buf.length === 0) break
      if (this.buf[0] === 0x24) {
        if (this.buf.length < 4) break
        const len = 4 + this.buf.readUInt16BE(2)
        if (this.buf.length < len) break
        out.push({ kind: 'binary', raw: this.buf.subarray(0, len) })
        this.buf = this.buf.subarray(len)
        continue
      }
      const end = this.buf.indexOf('\r\n\r\n')
      if (end < 0) {
        if (this.buf.length > MAX_HEAD) throw new Error('RTSP header too long')
        break
      }
      const lines = this.buf.subarray(0, end).toString('latin1').split('\r\n')
      const hs: [string, string][] = []
      for (const line of lines.slice(1)) {
        const i = line.indexOf(':')
        if (i > 0) hs.push([line.slice(0, i).trim(), line.slice(i + 1).trim()])
      }
      const cl = Number(hs.find(([k]) => k.toLowerCase() === 'content-length')?.[1] ?? 0)
      if (!Number.isInteger(cl) || cl < 0) throw new Error('bad RTSP Content-Length')
      if (this.buf.length < end + 4 + cl) break
      const body = Buffer.from(this.buf.subarray(end + 4, end + 4 + cl))
      out.push({ kind: 'message', startLine: lines[0] ?? '', headers: hs, body })
      this.buf = this.buf.subarray(end + 4 + cl)
    }
    if (this.buf.byteOffset > 0 && this.buf.length > 0) this.buf = Buffer.from(this.buf)
    return out
  }
}
