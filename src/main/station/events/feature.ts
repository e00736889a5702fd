import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Handlers } from '../dispatcher'
import type { Feature } from '../feature'
import { eventsCsv, hourBuckets, toQuery } from './queries'
import { eventRetention, type EventRetention } from './retention'
import { eventsService, type EventsOptions, type EventsService } from './service'
import { codedFailure } from '@shared/coded-failure'

/** Largest CSV export (rows); a larger range is cut at the oldest this many events. */
const EXPORT_MAX_ROWS = 100_000

function parseEventId(id: string): { deviceId: string; serialNo: number } {
  const at = id.lastIndexOf(':')
  const serialNo = Number(id.slice(at + 1))
  if (at <= 0 || !Number.isInteger(serialNo))
    throw codedFailure('INVALID_ARGS', 'eventIdInvalid', { eventId: id }, { eventId: id })
  return { deviceId: id.slice(0, at), serialNo }
}

export function eventsHandlers(
  service: EventsService,
  retention: EventRetention,
  ctx: StationContext,
): Handlers {
  const deviceName = (id: string) => ctx.store.devices.get(id)?.name ?? id
  return {
    'events.search': ({ offset, limit, ...filter }) =>
      service.store.search(toQuery(filter), offset, limit),
    'events.export': (filter) =>
      eventsCsv(service.store.iterate(toQuery(filter), EXPORT_MAX_ROWS), deviceName),
    'events.picture': async ({ eventId }) => {
      const { deviceId, serialNo } = parseEventId(eventId)
      if (!service.store.ref(deviceId, serialNo))
        throw codedFailure('NOT_FOUND', 'eventMissing', { eventId }, { eventId })
      const picture = await service.pictures.get(deviceId, serialNo)
      return picture ? { jpegBase64: picture.data.toString('base64') } : null
    },
    'events.stats': ({ from, to, deviceId }) => {
      const q = toQuery({ from, to, ...(deviceId !== undefined ? { deviceId } : {}) })
      return hourBuckets(q.fromMs ?? 0, q.toMs ?? 0, service.store.perHour(q))
    },
    'events.prune': () => retention.prune(),
    'events.status': () => service.status(),
    'listening.status': () => service.listening.status(),
    'listening.setup': ({ deviceId }) => service.listening.setup(deviceId),
  }
}

/** Events: alertStream per terminal, listening host, backfill, pictures, search/export/stats, retention. */
export function eventsFeature(
  ctx: StationContext,
  devices: DeviceService,
  options: EventsOptions = {},
): Feature & { service: EventsService } {
  const service = eventsService(ctx, devices, options)
  const retention = eventRetention(ctx, options.retention)
  return {
    handlers: eventsHandlers(service, retention, ctx),
    start() {
      service.start()
      retention.start()
    },
    async close() {
      await retention.close()
      await service.close()
    },
    service,
  }
}

export type { EventsOptions, EventsService }
