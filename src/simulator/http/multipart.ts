// Multipart as terminals read and write it. Requests: parts found by boundary (per-part
// Content-Length optional). Device output: literal boundary "MIME_boundary", every part with
// its own Content-Length, CRLF framing.

export interface Part {
  headers: Record<string, string>
  name: string | undefined
  filename: string | undefined
  contentType: string | undefined
  body: Buffer
}

export const DEVICE_BOUNDARY = 'MIME_boundary'

export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType) return null
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return m ? (m[1] ?? m[2] ?? null) : null
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of block.split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim()
  }
  return headers
}

function dispositionParam(disposition: string | undefined, key: string): string | undefined {
  if (!disposition) return undefined
  const m =
    new RegExp(`(?:^|;)\\s*${key}="([^"]*)"`, 'i').exec(disposition) ??
    new RegExp(`(?:^|;)\\s*${key}=([^;\\s]*)`, 'i').exec(disposition)
  return m?.[1]
}

/** Returns the parts, or null when the body is truncated or not framed by the boundary. */
export function parseMultipart(body: Buffer, boundary: string): Part[] | null {
  const delim = Buffer.from(`--${boundary}`)
  const parts: Part[] = []
  let pos = body.indexOf(delim)
  if (pos < 0) return null
  for (;;) {
    pos += delim.length
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts // closing delimiter
    if (body[pos] === 0x0d) pos++
    if (body[pos] === 0x0a) pos++
    else return null
    let headerEnd = body.indexOf('\r\n\r\n', pos)
    let sepLen = 4
    const lfEnd = body.indexOf('\n\n', pos)
    if (headerEnd < 0 || (lfEnd >= 0 && lfEnd < headerEnd)) {
      headerEnd = lfEnd
      sepLen = 2
    }
    if (headerEnd < 0) return null
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString('latin1'))
    const start = headerEnd + sepLen
    const declared =
      headers['content-length'] !== undefined ? Number(headers['content-length']) : NaN
    let end: number
    let next: number
    if (
      Number.isInteger(declared) &&
      declared >= 0 &&
      body.indexOf(delim, start + declared) >= 0 &&
      start + declared <= body.length
    ) {
      end = start + declared
      next = body.indexOf(delim, end)
    } else {
      next = body.indexOf(delim, start)
      if (next < 0) return null
      end = next
      if (body[end - 1] === 0x0a) end--
      if (body[end - 1] === 0x0d) end--
    }
    if (next < 0) return null
    const disposition = headers['content-disposition']
    parts.push({
      headers,
      name: dispositionParam(disposition, 'name'),
      filename: dispositionParam(disposition, 'filename'),
      contentType: headers['content-type'],
      body: body.subarray(start, end),
    })
    pos = next
  }
}

export interface OutPart {
  contentType: string
  body: Buffer | string
  name?: string
  filename?: string
}

/** One device-written part: delimiter, headers with Content-Length, blank line, body, CRLF. */
export function encodePart(part: OutPart, boundary = DEVICE_BOUNDARY): Buffer {
  const body = typeof part.body === 'string' ? Buffer.from(part.body) : part.body
  let head = `--${boundary}\r\n`
  if (part.name !== undefined)
    head += `Content-Disposition: form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}\r\n`
  head += `Content-Type: ${part.contentType}\r\nContent-Length: ${body.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n')])
}

/**
 * One part of a long-lived stream as terminals frame it: headers, body, then at once the next
 * delimiter line, so a reader that frames by boundary has the part without waiting for the next
 * event (the stream opens with one delimiter line of its own, see streamOpening).
 */
export function encodeStreamPart(part: OutPart, boundary = DEVICE_BOUNDARY): Buffer {
  const whole = encodePart(part, boundary)
  const lead = boundary.length + 4
  return Buffer.concat([whole.subarray(lead), Buffer.from(`--${boundary}\r\n`)])
}

export const streamOpening = (boundary = DEVICE_BOUNDARY): Buffer =>
  Buffer.from(`--${boundary}\r\n`)

export function encodeMultipart(parts: OutPart[], boundary = DEVICE_BOUNDARY): Buffer {
  return Buffer.concat([
    ...parts.map((p) => encodePart(p, boundary)),
    Buffer.from(`--${boundary}--\r\n`),
  ])
}
