import { randomBytes } from 'node:crypto'

// A boundary must not occur in the parts; a random per-process prefix with a counter is as
// unlikely to as fresh random bytes per message, without the cost of drawing them each time.
const BOUNDARY_PREFIX = `----isapi${randomBytes(8).toString('hex')}`
let boundaries = 0
const nextBoundary = (): string => `${BOUNDARY_PREFIX}${(boundaries++).toString(36)}`

export interface OutgoingPart {
  name: string
  filename?: string
  contentType: string
  body: Uint8Array | string
}

export interface MultipartBody {
  body: Buffer
  contentType: string
  boundary: string
}

/**
 * multipart/form-data as terminals accept it: every part named, with its own Content-Type and
 * Content-Length, CRLF line ends, parts in the order given (FaceDataRecord JSON first, then JPEG).
 */
export function buildMultipart(parts: OutgoingPart[], boundary = nextBoundary()): MultipartBody {
  const chunks: Buffer[] = []
  for (const p of parts) {
    const body =
      typeof p.body === 'string'
        ? Buffer.from(p.body, 'utf8')
        : Buffer.from(p.body.buffer, p.body.byteOffset, p.body.byteLength)
    const disp =
      p.filename === undefined
        ? `form-data; name="${quote(p.name)}"`
        : `form-data; name="${quote(p.name)}"; filename="${quote(p.filename)}"`
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disp}\r\nContent-Type: ${p.contentType}\r\nContent-Length: ${body.length}\r\n\r\n`,
        'latin1',
      ),
      body,
      CRLF,
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'latin1'))
  return {
    body: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
    boundary,
  }
}

const CRLF = Buffer.from('\r\n', 'latin1')

export interface StreamedPart {
  name: string
  filename?: string
  contentType: string
  /** Exact byte length of the stream (sent as the part's and the request's Content-Length). */
  length: number
  stream: AsyncIterable<Uint8Array>
}

export interface StreamedMultipart {
  body: AsyncIterable<Uint8Array>
  length: number
  contentType: string
}

/**
 * The same framing with the last part streamed (a large picture read from disk). The total
 * length is known, so the request carries Content-Length rather than chunked encoding. The body
 * can be read once: it must only be sent with credentials in hand.
 */
export function streamMultipart(
  parts: OutgoingPart[],
  last: StreamedPart,
  boundary = nextBoundary(),
): StreamedMultipart {
  const head = buildMultipart(parts, boundary).body
  const lead = head.subarray(0, head.length - Buffer.byteLength(`--${boundary}--\r\n`))
  const disp =
    last.filename === undefined
      ? `form-data; name="${quote(last.name)}"`
      : `form-data; name="${quote(last.name)}"; filename="${quote(last.filename)}"`
  const partHead = Buffer.from(
    `--${boundary}\r\nContent-Disposition: ${disp}\r\nContent-Type: ${last.contentType}\r\nContent-Length: ${last.length}\r\n\r\n`,
    'latin1',
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1')
  async function* body(): AsyncGenerator<Uint8Array> {
    yield Buffer.concat([lead, partHead])
    let sent = 0
    for await (const c of last.stream) {
      sent += c.length
      if (sent > last.length) throw new Error('streamed part longer than its declared length')
      yield c
    }
    if (sent !== last.length) throw new Error('streamed part shorter than its declared length')
    yield tail
  }
  return {
    body: body(),
    length: lead.length + partHead.length + last.length + tail.length,
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

function quote(s: string): string {
  return s.replace(/["\r\n\\]/g, '_')
}
