// The control API: plain JSON over HTTP on its own loopback port (not ISAPI, no auth).
// Tests and the demo use it to act as the person at the terminal, to inject faults and to
// read device state. Shapes are documented in ../control-client.ts.
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { CaptureKind, Presentation } from '../capture/capture-hub.js'
import type { SimDevice } from '../device.js'
import { accessView, afterClockChange, afterReset } from '../access/control.js'
import { trigger } from '../events/access.js'
import type { TriggerSpec } from '../events/access.js'
import type { FaultSpec } from '../faults.js'
import type { DeviceServer } from '../http/server.js'
import type { SimDeviceRecord } from '../types.js'
import { eventView, stateView } from './state-view.js'
import { localSetting } from './local-setting.js'
import { ManualTimers } from '../state/timers.js'
import { addImportTask, importTasks } from '../state/import-tasks.js'
import { spokenTexts } from '../access/voice.js'
import { parseIso } from '../state/clock.js'

export interface FleetEntry {
  dev: SimDevice
  server: DeviceServer
  record: SimDeviceRecord
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

type Body = Record<string, unknown>

function readJson(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > 16 * 1024 * 1024) reject(new HttpError(413, 'body too large'))
      else chunks.push(c)
    })
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim()
      if (!text) return resolve({})
      try {
        const v = JSON.parse(text) as unknown
        resolve(v && typeof v === 'object' && !Array.isArray(v) ? (v as Body) : {})
      } catch {
        reject(new HttpError(400, 'invalid JSON'))
      }
    })
    req.on('error', reject)
  })
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

async function present(dev: SimDevice, kind: CaptureKind, b: Body): Promise<unknown> {
  const p: Presentation = { kind }
  if (kind === 'card') {
    p.cardNo = str(b.cardNo) ?? String(1_000_000_000 + Math.floor(Math.random() * 3_000_000_000))
    p.cardType = str(b.cardType) ?? 'TypeA_M1'
  }
  if (kind === 'finger') {
    p.quality = num(b.quality) ?? 90
    const t = str(b.template)
    if (t !== undefined) p.template = t
  }
  if (kind === 'face') {
    const j = str(b.jpegBase64)
    if (j !== undefined) p.jpeg = Buffer.from(j, 'base64')
    const ir = str(b.infraredJpegBase64)
    if (ir !== undefined) p.infraredJpeg = Buffer.from(ir, 'base64')
  }
  if (b.none === true) p.none = true
  return { outcome: dev.capture.present(p) }
}

export class ControlServer {
  private readonly server: Server
  url = ''

  constructor(private readonly entries: FleetEntry[]) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        const status = e instanceof HttpError ? e.status : 500
        this.send(res, status, { error: e instanceof Error ? e.message : String(e) })
      })
    })
  }

  listen(port: number, host: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, host, () => {
        const a = this.server.address()
        this.url = `http://${host}:${typeof a === 'object' && a ? a.port : port}`
        resolve(this.url)
      })
    })
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((r) => this.server.close(() => r()))
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    if (res.headersSent) return
    const text = JSON.stringify(body ?? null)
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
    })
    res.end(text)
  }

  private find(id: string): FleetEntry {
    const e = this.entries.find(
      (x) => x.record.serialNumber === id || String(x.dev.index) === id || x.record.name === id,
    )
    if (!e) throw new HttpError(404, `no device ${id}`)
    return e
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x')
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    const method = req.method ?? 'GET'
    const body = method === 'GET' ? {} : await readJson(req)
    if (parts[0] === 'stats' && method === 'GET') {
      const m = process.memoryUsage()
      return this.send(res, 200, {
        rss: m.rss,
        heapUsed: m.heapUsed,
        external: m.external,
        arrayBuffers: m.arrayBuffers,
        events: this.entries.map((e) => e.dev.log.size),
      })
    }
    if (parts[0] !== 'devices') throw new HttpError(404, 'unknown path')
    if (parts.length === 1)
      return this.send(
        res,
        200,
        this.entries.map((e) => e.record),
      )
    const entry = this.find(parts[1]!)
    const { dev, server } = entry
    const action = parts.slice(2).join('/')
    const route = `${method} ${action}`
    switch (route) {
      case 'GET ':
        return this.send(res, 200, entry.record)
      case 'GET state':
        return this.send(res, 200, stateView(dev, Number(url.searchParams.get('events') ?? 500)))
      case 'GET docs': {
        // configuration documents the terminal was sent (factory values are not listed)
        const prefix = url.searchParams.get('prefix') ?? ''
        return this.send(
          res,
          200,
          Object.fromEntries(Object.entries(dev.data.docs).filter(([k]) => k.startsWith(prefix))),
        )
      }
      case 'GET events': {
        const since = Number(url.searchParams.get('since') ?? 0)
        return this.send(
          res,
          200,
          dev.log
            .toArray()
            .filter((e) => e.serialNo > since)
            .map((e) => eventView(dev, e)),
        )
      }
      case 'POST present/card':
      case 'POST present/finger':
      case 'POST present/face':
      case 'POST present/iris': {
        const kind = ({ card: 'card', finger: 'finger', face: 'face', iris: 'iris' } as const)[
          parts[3] as 'card'
        ]
        return this.send(res, 200, await present(dev, kind, body))
      }
      case 'POST auto-capture': {
        dev.capture.auto = body.enabled === false ? null : { delayMs: num(body.delayMs) ?? 1500 }
        return this.send(res, 200, { autoCapture: dev.capture.auto })
      }
      case 'POST trigger': {
        const events = await trigger(dev, body as unknown as TriggerSpec)
        return this.send(
          res,
          200,
          events.map((e) => eventView(dev, e)),
        )
      }
      case 'PUT faults':
      case 'POST faults': {
        const spec = body as FaultSpec
        dev.faults.set(spec)
        if (spec.offline !== undefined) await server.setOffline(spec.offline)
        return this.send(res, 200, dev.faults.spec)
      }
      case 'DELETE faults': {
        const wasOffline = dev.faults.spec.offline === true
        dev.faults.clear()
        if (wasOffline) await server.setOffline(false)
        return this.send(res, 200, {})
      }
      case 'POST reboot': {
        dev.recordEvent(3, 123, {})
        dev.reboot(num(body.downMs) ?? dev.timing.rebootMs)
        return this.send(res, 200, { rebootingForMs: num(body.downMs) ?? dev.timing.rebootMs })
      }
      case 'GET writes':
        return this.send(res, 200, Object.fromEntries(dev.writes))
      case 'GET access':
        return this.send(res, 200, accessView(dev))
      case 'GET auth':
        return this.send(res, 200, {
          addresses: dev.auth.allLockStates(),
          refusedTotal: dev.auth.refusedLogins(),
          policy: {
            attempts: dev.auth.policy.lockoutAttempts,
            lockSeconds: dev.auth.policy.lockoutMs / 1000,
          },
        })
      case 'POST auth/lock':
        dev.auth.lock(
          str(body.ip) ?? '127.0.0.1',
          num(body.seconds) ?? dev.auth.policy.lockoutMs / 1000,
        )
        return this.send(res, 200, dev.auth.allLockStates())
      case 'POST auth/unlock':
        dev.auth.unlock(str(body.ip))
        return this.send(res, 200, {})
      case 'POST reset':
        dev.resetData()
        afterReset(dev)
        return this.send(res, 200, {})
      case 'POST activation': {
        dev.data.activated = body.activated !== false
        return this.send(res, 200, { activated: dev.data.activated })
      }
      case 'POST local-setting': {
        // a setting changed at the terminal itself (behind the station's back)
        const values = (body.values ?? {}) as Record<string, unknown>
        try {
          const doc = localSetting(dev, String(body.root), num(body.id) ?? 0, values)
          return this.send(res, 200, doc)
        } catch (e) {
          throw new HttpError(404, (e as Error).message)
        }
      }
      case 'POST clock': {
        const offset = num(body.offsetMs)
        if (offset !== undefined) dev.data.timeOffsetMs = offset
        if (body.freezeAt === null) dev.frozenAt = null
        else if (typeof body.freezeAt === 'string') {
          const at = parseIso(body.freezeAt, dev.tzMinutes)
          if (at === null) throw new HttpError(400, `not a time: ${body.freezeAt}`)
          dev.frozenAt = at
        }
        afterClockChange(dev)
        return this.send(res, 200, { time: dev.iso() })
      }
      case 'POST timers/advance': {
        if (!(dev.timers instanceof ManualTimers))
          throw new HttpError(409, 'this fleet runs real timers (start it with manualTimers)')
        return this.send(res, 200, { timersMs: dev.timers.advance(num(body.ms) ?? 0) })
      }
      case 'POST door/contact': {
        const doorNo = num(body.doorNo) ?? 1
        if (!Number.isInteger(doorNo) || doorNo < 1 || doorNo > dev.doors.length)
          throw new HttpError(400, `no door ${doorNo}`)
        dev.doorBank.contact(doorNo, body.open === true)
        return this.send(res, 200, dev.doors[doorNo - 1])
      }
      case 'GET spoken':
        return this.send(res, 200, spokenTexts(dev))
      case 'GET import-tasks':
        return this.send(res, 200, [...importTasks(dev).values()])
      case 'POST import-tasks': {
        // a task another tool started (its creation request is in no source: protocol/02 §6)
        const kind = body.kind === 'pictures' ? 'pictures' : 'persons'
        const task = addImportTask(
          dev,
          kind,
          num(body.total) ?? 0,
          num(body.succeeded),
          num(body.failed),
        )
        return this.send(res, 200, task)
      }
      default:
        throw new HttpError(404, `unknown action ${route}`)
    }
  }
}
