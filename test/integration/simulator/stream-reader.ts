// Reads a device's multipart event stream incrementally, framing parts by Content-Length.
import { request } from 'node:http'
import type { ClientRequest, IncomingMessage } from 'node:http'
import type { DigestClient } from './digest-client.js'
import { parseChallenge } from './digest-client.js'

export interface StreamPart {
  headers: Record<string, string>
  body: Buffer
}

export class StreamReader {
  parts: StreamPart[] = []
  raw = Buffer.alloc(0)
  private buf = Buffer.alloc(0)
  private waiters: (() => void)[] = []
  ended = false

  constructor(
    readonly res: IncomingMessage,
    private readonly req: ClientRequest,
  ) {
    res.on('data', (c: Buffer) => {
      this.raw = Buffer.concat([this.raw, c]).subarray(-200_000)
      this.buf = Buffer.concat([this.buf, c])
      this.parse()
    })
    res.on('end', () => {
      this.ended = true
      this.wake()
    })
    res.on('error', () => undefined)
  }

  private parse(): void {
    for (;;) {
      const start = this.buf.indexOf('--MIME_boundary\r\n')
      if (start < 0) return
      const hEnd = this.buf.indexOf('\r\n\r\n', start)
      if (hEnd < 0) return
      const headers: Record<string, string> = {}
      for (const line of this.buf
        .subarray(start + 17, hEnd)
        .toString()
        .split('\r\n')) {
        const i = line.indexOf(':')
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim()
      }
      const len = Number(headers['content-length'])
      if (this.buf.length < hEnd + 4 + len + 2) return
      this.parts.push({ headers, body: this.buf.subarray(hEnd + 4, hEnd + 4 + len) })
      this.buf = this.buf.subarray(hEnd + 4 + len + 2)
      this.wake()
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w()
  }

  json(): Record<string, unknown>[] {
    return this.parts
      .filter((p) => p.headers['content-type']?.includes('json'))
      .map((p) => JSON.parse(p.body.toString()) as Record<string, unknown>)
  }

  async waitFor(pred: (r: StreamReader) => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms
    while (!pred(this)) {
      if (this.ended || Date.now() > deadline)
        throw new Error(`stream condition not met (${this.parts.length} parts)`)
      await new Promise<void>((r) => {
        this.waiters.push(r)
        setTimeout(r, 50)
      })
    }
  }

  close(): void {
    this.req.destroy()
  }
}

export async function openStream(
  c: DigestClient,
  method: string,
  path: string,
  body?: string,
): Promise<StreamReader> {
  const first = await c.raw(
    method,
    path,
    body === undefined ? {} : { body, contentType: 'application/xml' },
  )
  const ch = parseChallenge(first.headers.get('www-authenticate') ?? '')
  const auth = c.authHeader(method, path, ch.realm!, ch.nonce!, 1)
  const u = new URL(c.base + path)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path,
        method,
        headers: { Authorization: auth, ...(body ? { 'Content-Type': 'application/xml' } : {}) },
      },
      (res) => resolve(new StreamReader(res, req)),
    )
    req.on('error', reject)
    req.end(body)
  })
}
