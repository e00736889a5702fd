import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { CallFrame, ServerFrame } from '@shared/socket-protocol'
import type { Logger } from '../platform/logger'
import type { Station } from '../station'
import { coalescePushes } from '../station/push-coalescer'
import { rateLimitedWarn } from '../platform/rate-limited-log'
import {
  allowedOrigins,
  checkUpgrade,
  exposedToNetwork,
  isWildcard,
  newToken,
  servedHosts,
} from './origin-guard'
import { contentSecurityPolicy, serveStatic } from './static-files'

export interface WebBridgeOptions {
  station: Station
  /** The built renderer (out/renderer). */
  staticDir: string
  host?: string
  port?: number
  token?: string
  logger: Logger
}

export interface WebBridge {
  /** The URL to open on this machine. */
  url: string
  /** Every URL the station answers on (other machines' too, when it listens beyond loopback). */
  urls: string[]
  host: string
  port: number
  token: string
  close(): Promise<void>
}

const MAX_FRAME_BYTES = 32 * 1024 * 1024

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const { station, logger } = options
  const host = options.host ?? '127.0.0.1'
  const token = options.token ?? newToken()
  let port = 0
  const hosts = servedHosts(host)
  const http: Server = createServer(
    serveStatic(options.staticDir, () => contentSecurityPolicy(port, hosts)),
  )
  const warnRefused = rateLimitedWarn(logger, 'refused sockets')
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })

  http.on('upgrade', (req, socket, head) => {
    const verdict = checkUpgrade(req, token, allowedOrigins(host, port))
    if (!verdict.ok) {
      warnRefused('refused a socket', { reason: verdict.reason, remote: req.socket.remoteAddress })
      socket.end(
        `HTTP/1.1 ${verdict.status} ${verdict.status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      )
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws))
  })

  const attach = (ws: WebSocket) => {
    const send = (frame: ServerFrame) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame))
    }
    // progress-like pushes at a bounded rate, latest wins (push-coalescer.ts)
    const pushes = coalescePushes((event, payload) => send({ type: 'event', event, payload }))
    const unsubscribe = station.subscribe(pushes.listener)
    ws.on('close', () => {
      unsubscribe()
      pushes.close()
    })
    // every (re)connected page learns the station is there, and reloads what it shows
    send({ type: 'event', event: 'station.ready', payload: station.info() })
    ws.on('error', () => ws.terminate())
    ws.on('message', async (data) => {
      let frame: CallFrame
      try {
        frame = JSON.parse(data.toString()) as CallFrame
        if (typeof frame?.id !== 'number' || typeof frame.method !== 'string')
          throw new Error('not a call frame')
      } catch {
        ws.close(1003, 'malformed frame')
        return
      }
      const result = await station.call(frame.method, frame.args)
      pushes.flush() // what happened before the reply arrives before it
      send({ type: 'result', id: frame.id, result })
    })
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port ?? 0, host, () => resolve())
  })
  port = (http.address() as AddressInfo).port
  const shownHost = isWildcard(host) ? '127.0.0.1' : host
  const at = (h: string): string =>
    `http://${h.includes(':') ? `[${h}]` : h}:${port}/?token=${token}`
  const urls = [...new Set([shownHost, ...hosts.filter((h) => h !== 'localhost')])].map(at)
  if (exposedToNetwork(host))
    logger.warn(
      `browser mode listens on ${host}, reachable from the network over plain HTTP: anyone on the path can read the token and the roster. Use it only on a trusted network; on this machine prefer --host 127.0.0.1.`,
      { urls },
    )
  return {
    url: at(shownHost),
    urls,
    host,
    port,
    token,
    close: async () => {
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}
