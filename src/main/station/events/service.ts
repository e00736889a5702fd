// The events service: a stream worker for every terminal the station knows (started for
// terminals added later too, stopped for removed ones), the listening host, pictures, and the
// queries behind events.* and listening.*.
import type { EventStreamStatus } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff'
import { createIngest } from './ingest'
import { listeningHost } from './listening'
import { pictureStore } from './pictures'
import type { RetentionOptions } from './retention'
import { streamWorker, type StreamWorker, type WorkerDeps } from './stream-worker'

export interface EventsOptions {
  /** Overrides settings.listenPort (0 = any free port, for tests). */
  listenPort?: number
  /** Overrides settings.listenAddress. */
  listenAddress?: string
  /** alertStream silence that counts as a dead link (default 30 s). */
  heartbeatTimeoutMs?: number
  backoff?: Partial<BackoffPolicy>
  /** How often the device list is re-read to start and stop workers (default 5 s). */
  devicePollMs?: number
  /** How long a live event waits for its log entry (default 2 s). */
  logTimeoutMs?: number
  /** Largest push the listening host accepts (default 4 MiB). */
  maxBodyBytes?: number
  /** Clean-up batches and schedule (retention.ts). */
  retention?: RetentionOptions
}

export function eventsService(
  ctx: StationContext,
  devices: DeviceService,
  options: EventsOptions = {},
) {
  const { store } = ctx
  const ingest = createIngest(ctx)
  const pictures = pictureStore(ctx, devices)
  const workers = new Map<string, StreamWorker>()
  const deps: WorkerDeps = {
    ctx,
    devices,
    ingest,
    pictures,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? 30_000,
    logTimeoutMs: options.logTimeoutMs ?? 2_000,
  }
  const listening = listeningHost(
    ctx,
    devices,
    async (deviceId, events) => {
      const worker = workers.get(deviceId)
      for (const ev of events) {
        if (worker) await worker.accept(ev)
        else if (ev.type !== 'heartbeat' && ev.type !== 'other') {
          const r = ingest.event(deviceId, ev.event, 'listening', ev.pictures[0])
          if (r.pictureExpected) void pictures.drain(deviceId)
        }
      }
    },
    {
      maxBodyBytes: options.maxBodyBytes ?? 4 * 1024 * 1024,
      ...(options.listenPort !== undefined ? { listenPort: options.listenPort } : {}),
      ...(options.listenAddress !== undefined ? { listenAddress: options.listenAddress } : {}),
    },
  )

  let closed = false
  const stopping = new Set<Promise<void>>()
  const sync = (): void => {
    if (closed) return
    const ids = new Set(store.devices.list().map((d) => d.id))
    for (const id of ids) {
      if (workers.has(id)) continue
      const worker = streamWorker(deps, id)
      workers.set(id, worker)
      worker.start()
    }
    for (const [id, worker] of workers) {
      if (ids.has(id)) continue
      workers.delete(id)
      const p = worker.stop().finally(() => stopping.delete(p))
      stopping.add(p)
    }
  }

  let unsubscribe: (() => void) | null = null
  let poll: NodeJS.Timeout | null = null

  return {
    store: store.events,
    pictures,
    listening,
    start(): void {
      sync()
      unsubscribe = ctx.bus.subscribe((event) => {
        if (event === 'device.status') sync()
        else if (event === 'settings.changed') void listening.rebind()
      })
      poll = setInterval(sync, options.devicePollMs ?? 5_000)
      poll.unref()
      void listening.start()
    },
    status(): EventStreamStatus[] {
      const slots = new Set(store.events.slots().map((s) => s.deviceId))
      return store.devices.list().map((d): EventStreamStatus => {
        const worker = workers.get(d.id)
        const s: EventStreamStatus = worker?.status() ?? {
          deviceId: d.id,
          mode: 'off',
          connected: false,
          lastEventAt: store.events.lastReceivedAt(d.id),
          lastHeartbeatAt: null,
          reason: null,
        }
        if (!s.connected && slots.has(d.id) && listening.isRunning()) {
          const heard = listening.heardAt(d.id)
          return { ...s, mode: 'listening', connected: heard !== null, lastHeartbeatAt: heard }
        }
        return s
      })
    },
    /** Backfills every terminal now (tests, and the UI's "refresh"). */
    backfillAll: () => Promise.all([...workers.values()].map((w) => w.backfill())),
    async close(): Promise<void> {
      closed = true
      unsubscribe?.()
      if (poll) clearInterval(poll)
      await Promise.all([...workers.values()].map((w) => w.stop()))
      workers.clear()
      await Promise.all(stopping)
      await listening.close()
      await pictures.idle()
    },
  }
}

export type EventsService = ReturnType<typeof eventsService>
