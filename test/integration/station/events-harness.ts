// A station core for the events tests, built like createStation builds it, but with the events
// feature's test options (listening port 0, short watchdog and backoff).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../../../src/main/platform/clock'
import { silentLogger, type Logger } from '../../../src/main/platform/logger'
import { keyFileSecretBox } from '../../../src/main/platform/secret-box'
import type { StationContext } from '../../../src/main/station/context'
import { deviceService } from '../../../src/main/station/devices/device-service'
import { createDispatcher, type Handlers } from '../../../src/main/station/dispatcher'
import { createEventBus } from '../../../src/main/station/event-bus'
import { eventsFeature, type EventsOptions } from '../../../src/main/station/events/feature'
import { devicesFeature } from '../../../src/main/station/devices/feature'
import { openStore } from '../../../src/main/store'
import type { SimDeviceRecord } from '../../../src/simulator'
import type { AccessEvent, Device, EventStreamStatus } from '../../../src/shared/model'
import type { Result } from '../../../src/shared/result'
import { value } from '../../helpers/result'
import { auditWriter } from '../../../src/main/station/audit/feature'
export { value }

export const FAST: EventsOptions = {
  listenPort: 0,
  heartbeatTimeoutMs: 2_000,
  backoff: { baseMs: 50, maxMs: 400, busyMs: 300 },
  devicePollMs: 200,
}

export async function waitUntil<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 8_000,
): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const v = await probe()
    if (v) return v
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export interface Harness {
  ctx: StationContext
  dataDir: string
  call<T>(method: string, args?: unknown): Promise<T>
  raw(method: string, args?: unknown): Promise<Result<unknown>>
  pushed: AccessEvent[]
  add(d: SimDeviceRecord, name?: string): Promise<Device>
  connected(deviceId: string): Promise<EventStreamStatus>
  close(): Promise<void>
}

export function eventsHarness(
  o: {
    dataDir?: string
    onDisk?: boolean
    options?: EventsOptions
    clock?: Clock
    scheduled?: boolean
    logger?: Logger
  } = {},
): Harness {
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'es-events-'))
  const store = openStore(o.onDisk || o.dataDir ? join(dataDir, 'roster.sqlite') : ':memory:')
  const ctx: StationContext = {
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: o.clock ?? { now: () => new Date() },
    logger: o.logger ?? silentLogger,
    bridge: 'test',
    version: '0.0.0-test',
    ...(o.scheduled === undefined ? {} : { scheduled: o.scheduled }),
    store,
    audit: auditWriter(store, { now: () => new Date() }, 'test'),
    bus: createEventBus(),
    startedAt: (o.clock ?? { now: () => new Date() }).now(),
  }
  const devices = deviceService(ctx)
  const events = eventsFeature(ctx, devices, { ...FAST, ...o.options })
  const dispatch = createDispatcher(
    { ...devicesFeature(ctx, devices).handlers, ...events.handlers } as Handlers,
    silentLogger,
  )
  const pushed: AccessEvent[] = []
  ctx.bus.subscribe((event, payload) => {
    if (event === 'event.access') pushed.push(payload as AccessEvent)
  })
  events.start?.()
  const call = async <T>(method: string, args: unknown = {}) =>
    value<T>(await dispatch(method, args))
  return {
    ctx,
    dataDir,
    call,
    raw: (method, args = {}) => dispatch(method, args),
    pushed,
    add: (d, name = d.name) =>
      call<Device>('devices.add', {
        name,
        host: d.host,
        port: d.port,
        protocol: d.protocol,
        username: d.username,
        password: d.password,
        site: 'HQ',
      }),
    connected: (deviceId) =>
      waitUntil(async () => {
        const all = await call<EventStreamStatus[]>('events.status')
        return all.find((s) => s.deviceId === deviceId && s.connected)
      }, `the event stream of ${deviceId}`),
    async close() {
      await events.close?.()
      await devices.close()
      store.close()
    },
  }
}
