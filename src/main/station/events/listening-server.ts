// The listening host terminals POST their events to (httpHosts). Security policy: only POST;
// only to the secret path the station gave a terminal, and only from that terminal's address
// (anything else is refused before its body is read); a body over the limit is refused by its
// Content-Length, or cut off as soon as it grows past the limit; slow clients time out. A push
// that cannot be parsed loses nothing else: malformed parts are skipped and logged, and the
// device still gets its 200.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseHttpHostPush, type AlertEvent } from '../../isapi'
import type { Logger } from '../../platform/logger'
import { rateLimitedWarn } from '../../platform/rate-limited-log'

export interface ListeningServerOptions {
  host: string
  port: number
  maxBodyBytes: number
  /** The device a request from this address to this path comes from; null = refuse. */
  identify(remoteAddress: string, path: string): Promise<string | null>
  /** Stores the events; the device gets its 200 only after that. */
  onPush(deviceId: string, events: AlertEvent[]): Promise<void>
  logger: Logger
  /** Clock of the log's rate limit (tests). */
  now?: () => number
}

export interface ListeningServer {
  address: string
  port: number
  close(): Promise<void>
}

const OK_BODY =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ResponseStatus version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><statusCode>1</statusCode><statusString>OK</statusString><subStatusCode>ok</subStatusCode></ResponseStatus>\n'

export const normaliseAddress = (a: string | undefined): string =>
  (a ?? '').replace(/^::ffff:/i, '').toLowerCase()

function reply(res: ServerResponse, status: number, body = '', close = false): void {
  if (res.headersSent) return
  res.writeHead(status, {
    'Content-Type': status === 200 ? 'application/xml; charset="UTF-8"' : 'text/plain',
    'Content-Length': Buffer.byteLength(body),
    ...(close ? { Connection: 'close' } : {}),
  })
  res.end(body)
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > max) {
        req.removeAllListeners('data')
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function startListeningServer(o: ListeningServerOptions): Promise<ListeningServer> {
  // anyone on the network (or a hostile terminal) can cause these lines: a flood costs a few
  // lines a minute and one line with the count, not a line per push
  const warn = rateLimitedWarn(o.logger, 'refused or malformed pushes', { now: o.now })
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const remote = normaliseAddress(req.socket.remoteAddress)
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (req.method !== 'POST') return reply(res, 405, 'POST only\n', true)
    const deviceId = await o.identify(remote, path)
    if (!deviceId) {
      warn('listening host refused a push from an unknown address', { remote, path })
      reply(res, 403, 'unknown device\n', true)
      req.socket.destroySoon()
      return
    }
    const declared = Number(req.headers['content-length'] ?? NaN)
    if (Number.isFinite(declared) && declared > o.maxBodyBytes) {
      warn('listening host refused an oversized push', { remote, bytes: declared })
      reply(res, 413, 'too large\n', true)
      req.socket.destroySoon()
      return
    }
    const body = await readBody(req, o.maxBodyBytes)
    if (!body) {
      warn('listening host cut off an oversized push', { remote })
      reply(res, 413, 'too large\n', true)
      req.socket.destroySoon()
      return
    }
    const events = parseHttpHostPush(
      { contentType: String(req.headers['content-type'] ?? ''), body },
      (reason, detail) => warn(`push from ${remote}: ${reason}`, detail),
    )
    await o.onPush(deviceId, events)
    reply(res, 200, OK_BODY)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      o.logger.error('listening host failed on a push', { error: String(error) })
      reply(res, 500, 'error\n', true)
    })
  })
  server.requestTimeout = 15_000
  server.headersTimeout = 10_000
  server.keepAliveTimeout = 2_000
  server.maxHeadersCount = 50
  server.maxConnections = 128
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port, o.host, () => {
      server.off('error', reject)
      server.on('error', (error) =>
        o.logger.error('listening host error', { error: String(error) }),
      )
      const a = server.address() as AddressInfo
      resolve({
        address: a.address,
        port: a.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
