import { randomBytes } from 'node:crypto'

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
export function buildMultipart(
  parts: OutgoingPart[],
  boundary = `----isapi${randomBytes(12).toString('hex')}`,
): MultipartBody {
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

function quote(s: string): string {
  return s.replace(/["\r\n\\]/g, '_')
}
