// Request bodies up to a route's limit. An over-size body is read and dropped, so the device can
// answer it like any refused request (after the credentials were checked) and the connection
// stays usable; only a body past DRAIN_LIMIT gets the connection cut.
import type { IncomingMessage } from 'node:http'

/** Over-size bodies are read and dropped up to this size; beyond it the connection is cut. */
const DRAIN_LIMIT = 64 * 1024 * 1024

/** The body, or 'tooLarge' once an over-size body has been read and dropped (up to DRAIN_LIMIT). */
export function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<Buffer | 'tooLarge' | 'aborted'> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > DRAIN_LIMIT) {
      req.socket.destroy()
      resolve('aborted')
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = declared > limit
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > DRAIN_LIMIT) {
        req.socket.destroy()
        resolve('aborted')
        return
      }
      if (tooLarge || size > limit) {
        tooLarge = true
        chunks.length = 0
        return
      }
      chunks.push(c)
    })
    req.on('end', () => {
      if (tooLarge) resolve('tooLarge')
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))
    })
    req.on('error', () => resolve('aborted'))
    req.on('aborted', () => resolve('aborted'))
  })
}
