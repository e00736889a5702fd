// The HTTP(S) front of one terminal: faults, body limits, activation gate, digest auth,
// rights, routing, format-correct errors. Never lets a bad request crash the process.
import { createServer as createHttp } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer as createHttps } from 'node:https'
import type { Socket } from 'node:net'
import type { SimDevice } from '../device.js'
import { authReply } from './auth-gate.js'
import { readBody } from './read-body.js'
import { IsapiFail } from './errors.js'
import type { SubStatus } from './errors.js'
import type { Reply } from './respond.js'
import {
  CT_HTML,
  CT_XML,
  htmlNotFound,
  json,
  jsonStatus,
  statusLayout,
  xmlStatus,
} from './respond.js'
import type { Ctx, Method, Right, RouteDef } from './route.js'
import { STREAMING } from './route.js'
import type { Router } from './router.js'
import { SIM_TLS_CERT, SIM_TLS_KEY } from './tls-cert.js'
import { recordServed } from './traffic-recorder.js'
import { opensRight } from '../state/remote-permissions.js'

const DEFAULT_MAX_BODY = 4 * 1024 * 1024
const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE'])
const LEVEL_RIGHTS: Record<string, ReadonlySet<Right>> = {
  Administrator: new Set<Right>(['read', 'control', 'config', 'admin', 'log', 'upgrade', 'reboot']),
  Operator: new Set<Right>(['read', 'control']),
  Viewer: new Set<Right>(['read']),
}

function allowed(account: Ctx['account'], right: Right): boolean {
  if (LEVEL_RIGHTS[account.userLevel]?.has(right)) return true
  return right !== 'read' && right !== 'control' && right !== 'admin' && opensRight(account, right)
}

function errorReply(
  format: RouteDef['format'] | 'xml',
  sub: SubStatus,
  url: string,
  errorMsg?: string,
  http?: number,
): Reply {
  const o = {
    ...(errorMsg !== undefined ? { errorMsg } : {}),
    ...(http !== undefined ? { http } : {}),
  }
  return format === 'json' ? jsonStatus(sub, o) : xmlStatus(sub, { ...o, requestURL: url })
}

export class DeviceServer {
  private server: Server
  private readonly sockets = new Set<Socket>()
  /** Requests each connection may still serve (Keep-Alive: max=). */
  private readonly served = new WeakMap<Socket, number>()
  private lastLogin = new Map<string, number>()
  private closed = false

  constructor(
    readonly dev: SimDevice,
    private readonly router: Router,
  ) {
    this.server = this.create()
    dev.onReboot = (ms) => void this.rebootCycle(ms)
    dev.onTlsChange = () => {
      const s = this.server as Server & { setSecureContext?: (o: object) => void }
      s.setSecureContext?.(this.identity())
    }
  }

  private identity(): { cert: string; key: string } {
    return this.dev.tls ?? { cert: SIM_TLS_CERT, key: SIM_TLS_KEY }
  }

  private create(): Server {
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent)
          this.send(res, errorReply('xml', 'deviceError', req.url ?? ''), req.url ?? '')
        else res.destroy()
      })
    }
    const server =
      this.dev.opts.protocol === 'https'
        ? createHttps(this.identity(), handler)
        : createHttp(handler)
    // Real terminals close idle keep-alive connections (Keep-Alive: timeout=10 on the MissiaL capture).
    server.keepAliveTimeout =
      this.dev.timing.idleCloseMs || this.dev.firmware.keepAliveSeconds * 1000
    server.on('connection', (s: Socket) => {
      if (this.dev.faults.takeDrop() || this.dev.isRebooting) {
        s.destroy()
        return
      }
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
    server.on('clientError', (_e, socket) => socket.destroy())
    return server
  }

  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (e: Error): void => reject(e)
      this.server.once('error', onError)
      this.server.listen(port, this.dev.opts.host, () => {
        this.server.off('error', onError)
        const addr = this.server.address()
        const p = typeof addr === 'object' && addr ? addr.port : port
        this.dev.port = p
        resolve(p)
      })
    })
  }

  /** Stop listening and cut every connection (reboot, offline). */
  private async goDown(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    this.sockets.clear()
    await new Promise<void>((r) => this.server.close(() => r()))
  }

  async setOffline(offline: boolean): Promise<void> {
    if (offline) {
      await this.goDown()
    } else if (!this.server.listening && !this.closed) {
      this.server = this.create()
      await this.listen(this.dev.port)
    }
  }

  private rebootInProgress = false

  /** One reboot at a time: a reboot asked while rebooting is part of the same cycle. */
  private async rebootCycle(ms: number): Promise<void> {
    if (this.rebootInProgress) return
    this.rebootInProgress = true
    try {
      await this.rebootOnce(ms)
    } finally {
      this.rebootInProgress = false
    }
  }

  private async rebootOnce(ms: number): Promise<void> {
    await new Promise((r) => setTimeout(r, 50))
    await this.goDown()
    await new Promise((r) => setTimeout(r, ms))
    if (this.closed) return
    const d = this.dev
    if (d.pendingFirmware) {
      d.data.firmwareVersion = d.pendingFirmware.version
      d.data.firmwareReleasedDate = d.pendingFirmware.date
      d.pendingFirmware = null
      d.upgrade = { state: 'idle', percent: 0 }
      d.changed()
    }
    d.alertSlots = 0
    this.server = this.create()
    await this.listen(d.port).catch(() => undefined)
    d.rebootingUntil = 0
    d.recordEvent(2, 1024, {})
  }

  async close(): Promise<void> {
    this.closed = true
    await this.goDown()
  }

  /** Headers every answer carries, as this firmware writes them. */
  private wireHeaders(res: ServerResponse): Record<string, string> {
    const fw = this.dev.firmware
    const socket = res.req.socket
    const left = (this.served.get(socket) ?? fw.keepAliveMax) - 1
    this.served.set(socket, left)
    const h: Record<string, string> = { Server: fw.server }
    if (left <= 0) {
      h.Connection = 'close'
    } else {
      h.Connection = 'keep-alive'
      // What the firmware states; timing.idleCloseMs may close sooner (a terminal that drops an idle
      // connection the client still holds, so the client's handling of that is tested).
      h['Keep-Alive'] = `timeout=${fw.keepAliveSeconds}, max=${left}`
    }
    if (fw.frameOptions) h['X-Frame-Options'] = fw.frameOptions
    return h
  }

  private send(res: ServerResponse, raw: Reply, url: string, corruptible = false): void {
    if (res.headersSent || res.destroyed) return
    const reply = statusLayout(raw, this.dev.firmware.statusRequestUrl, url)
    // a text answer is written as text: Node sends it with the head in one write
    let body: Buffer | string = reply.body
    if (corruptible && this.dev.faults.takeCorrupt())
      body = Buffer.concat([
        Buffer.from(body).subarray(0, Math.floor(Buffer.byteLength(body) / 2)),
        Buffer.from([0x00, 0xff, 0x7b, 0x3c]),
      ])
    const headers = { ...reply.headers }
    if (headers['Content-Type'] === CT_XML)
      headers['Content-Type'] = this.dev.firmware.xmlContentType
    res.writeHead(reply.status, {
      ...this.wireHeaders(res),
      ...headers,
      'Content-Length': typeof body === 'string' ? Buffer.byteLength(body) : body.length,
    })
    res.end(body)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const dev = this.dev
    const url = req.url ?? '/'
    const ip = req.socket.remoteAddress ?? '127.0.0.1'
    const extra = dev.opts.latencyMs + dev.faults.latency()
    if (extra > 0) await new Promise((r) => setTimeout(r, extra))
    if (dev.faults.takeRebootMidRequest()) {
      req.socket.destroy()
      dev.recordEvent(3, 123, {})
      dev.reboot()
      return
    }
    const method = (req.method ?? 'GET').toUpperCase()
    const qi = url.indexOf('?')
    const path = qi < 0 ? url : url.slice(0, qi)
    const query = new URLSearchParams(qi < 0 ? '' : url.slice(qi + 1))
    const match = METHODS.has(method)
      ? this.router.match(method as Method, path, dev.profile)
      : null
    const def = match?.def
    const format = def?.format ?? 'xml'
    const body = await readBody(req, def?.maxBody ?? DEFAULT_MAX_BODY)
    if (body === 'aborted') return
    // An over-size body is answered like any refused request, in the resource's format, and
    // only after the credentials were checked (real terminals send no HTML 413).
    const tooLarge = (): void =>
      this.send(res, errorReply(format, 'badParameters', url, 'request body too large', 400), url)

    if (!def?.open) {
      if (!dev.data.activated) {
        this.send(res, errorReply(format, 'notActivated', url, 'notActivated', 401), url)
        return
      }
      const auth = dev.auth.check(method, url, req.headers.authorization, ip)
      if (auth.kind !== 'ok') {
        this.send(res, authReply(dev, auth, url, ip), url)
        return
      }
      if (body === 'tooLarge') return tooLarge()
      const account = dev.data.accounts.find((a) => a.userName === auth.userName)!
      const t = Date.now()
      if ((this.lastLogin.get(ip) ?? 0) < t - 600_000) {
        this.lastLogin.set(ip, t)
        dev.recordEvent(3, 112, { netUser: account.userName, remoteHostAddr: ip })
      }
      const busy = dev.faults.takeBusy()
      if (busy === '503') {
        this.send(
          res,
          {
            status: 503,
            headers: { 'Content-Type': CT_HTML },
            body: '<html><body><h2>503 Service Unavailable</h2></body></html>',
          },
          url,
        )
        return
      }
      if (busy) {
        this.send(res, errorReply(format, 'deviceBusy', url), url)
        return
      }
      return this.dispatch(req, res, { method, url, path, query, body, ip, account, match })
    }
    if (body === 'tooLarge') return tooLarge()
    return this.dispatch(req, res, {
      method,
      url,
      path,
      query,
      body,
      ip,
      account: dev.data.accounts[0]!,
      match,
    })
  }

  private async dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    r: {
      method: string
      url: string
      path: string
      query: URLSearchParams
      body: Buffer
      ip: string
      account: Ctx['account']
      match: ReturnType<Router['match']>
    },
  ): Promise<void> {
    const { match, url } = r
    if (!match) {
      this.send(
        res,
        r.path.startsWith('/ISAPI/')
          ? xmlStatus('notSupport', { requestURL: url, http: 404 })
          : htmlNotFound(),
        url,
      )
      return
    }
    const def = match.def
    if (!match.supported) {
      this.send(
        res,
        errorReply(def.format, 'notSupport', url, 'This function is not supported.'),
        url,
      )
      return
    }
    if (!match.handler) {
      if (r.method === 'GET' && def.getIs404) this.send(res, htmlNotFound(), url)
      else this.send(res, errorReply(def.format, 'methodNotAllowed', url, 'methodNotAllowed'), url)
      return
    }
    const method = r.method as Method
    const right = def.rights?.[method] ?? (method === 'GET' ? 'read' : 'config')
    if (!allowed(r.account, right)) {
      this.send(res, errorReply(def.format, 'lowPrivilege', url, 'lowPrivilege'), url)
      return
    }
    const ctx: Ctx = {
      dev: this.dev,
      method,
      url,
      path: r.path,
      query: r.query,
      params: match.params,
      body: r.body,
      contentType: String(req.headers['content-type'] ?? ''),
      account: r.account,
      ip: r.ip,
      req,
      res,
    }
    recordServed(method, url, def.path)
    try {
      const out = await match.handler(ctx)
      if (out !== STREAMING && method !== 'GET' && out.status === 200) {
        const key = `${method} ${r.path}`
        this.dev.writes.set(key, (this.dev.writes.get(key) ?? 0) + 1)
      }
      if (out !== STREAMING) this.send(res, out, url, true)
    } catch (e) {
      if (e instanceof IsapiFail)
        this.send(res, errorReply(def.format, e.sub, url, e.errorMsg, e.httpStatus), url)
      else
        this.send(
          res,
          def.format === 'json'
            ? json(
                {
                  statusCode: 3,
                  statusString: 'Device Error',
                  subStatusCode: 'deviceError',
                  errorCode: 805306369,
                  errorMsg: 'deviceError',
                },
                500,
              )
            : errorReply('xml', 'deviceError', url),
          url,
        )
    }
  }
}
