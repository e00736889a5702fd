// Event pictures: fetched once through the device's own client and kept in SQLite. A picture
// the stream did not carry is fetched from the event's pictureURL (looked up with an AcsEvent
// search by serial when the stream gave none), only the URL's path is used, so a device can
// never make the station fetch from another host. A device that is down leaves the picture
// pending for the next connection; a picture the device no longer has is marked failed.
import { isIsapiError } from '../../isapi'
import type { EventRef } from '../../store/events-repo'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { logEntries } from './log-lookup'

type Picture = { contentType: string; data: Buffer }

const DEVICE_DOWN = new Set(['offline', 'timeout', 'auth', 'locked', 'cancelled'])

export function pictureStore(ctx: StationContext, devices: DeviceService) {
  const { store } = ctx
  const inflight = new Map<number, Promise<Picture | null>>()
  const draining = new Map<string, Promise<void>>()
  const rerun = new Set<string>()
  let closing = false

  const fetchOne = (ref: Pick<EventRef, 'rowId' | 'deviceId' | 'serialNo' | 'pictureUrl'>) => {
    const running = inflight.get(ref.rowId)
    if (running) return running
    const job = (async (): Promise<Picture | null> => {
      const client = devices.client(ref.deviceId)
      try {
        let url = ref.pictureUrl
        if (!url && ref.serialNo > 0) {
          const log = (await logEntries(client, ref.serialNo, ref.serialNo)).get(ref.serialNo)
          if (log) store.events.fillFromLog(ref.rowId, log.doorNo ?? null, log.cardNo ?? null)
          url = log?.pictureURL ?? null
        }
        if (!url) {
          store.events.setPictureState(ref.rowId, 'none')
          return null
        }
        if (!ref.pictureUrl) store.events.setPictureUrl(ref.rowId, url)
        const pic = await client.pictures.get(url)
        store.events.storePicture(ref.rowId, pic.contentType, pic.data)
        return { contentType: pic.contentType, data: pic.data }
      } catch (error) {
        if (isIsapiError(error) && DEVICE_DOWN.has(error.category)) throw error
        ctx.logger.warn('event picture unavailable', {
          deviceId: ref.deviceId,
          serialNo: ref.serialNo,
          error: String(error),
        })
        store.events.setPictureState(ref.rowId, 'failed')
        return null
      }
    })().finally(() => inflight.delete(ref.rowId))
    inflight.set(ref.rowId, job)
    return job
  }

  /** Fetches every pending picture of a device, one at a time; stops while it is down. */
  const drain = (deviceId: string): Promise<void> => {
    const running = draining.get(deviceId)
    if (running) {
      rerun.add(deviceId) // a picture queued while the last batch was finishing is not left behind
      return running
    }
    const job = (async () => {
      for (;;) {
        const batch = store.events.pendingPictures(deviceId, 20)
        if (batch.length === 0) return
        const unknown = batch.filter((p) => p.pictureUrl === null && p.serialNo > 0)
        const serials = unknown.map((p) => p.serialNo)
        if (unknown.length > 1 && Math.max(...serials) - Math.min(...serials) <= 200) {
          const log = await logEntries(
            devices.client(deviceId),
            Math.min(...serials),
            Math.max(...serials),
          )
          for (const p of unknown) {
            const entry = log.get(p.serialNo)
            if (entry) store.events.fillFromLog(p.rowId, entry.doorNo ?? null, entry.cardNo ?? null)
            if (entry?.pictureURL) {
              store.events.setPictureUrl(p.rowId, entry.pictureURL)
              p.pictureUrl = entry.pictureURL
            } else store.events.setPictureState(p.rowId, 'none')
          }
        }
        for (const p of batch) {
          const ref = store.events.ref(deviceId, p.serialNo)
          if (ref?.pictureState === 'pending') await fetchOne(ref)
        }
      }
    })()
      .catch((error: unknown) =>
        ctx.logger.info('event pictures wait for the terminal', { deviceId, error: String(error) }),
      )
      .finally(() => {
        draining.delete(deviceId)
        if (rerun.delete(deviceId) && !closing) void drain(deviceId)
      })
    draining.set(deviceId, job)
    return job
  }

  return {
    drain,
    /** The cached picture, fetched now if it is still pending (or failed before). */
    async get(deviceId: string, serialNo: number): Promise<Picture | null> {
      const ref = store.events.ref(deviceId, serialNo)
      if (!ref || ref.pictureState === 'none') return null
      const cached = store.events.picture(ref.rowId)
      if (cached) return cached
      try {
        devices.record(deviceId)
      } catch {
        return null
      }
      try {
        return await fetchOne(ref)
      } catch (error) {
        throw devices.mapError(error, devices.record(deviceId).name)
      }
    },
    /** Waits for the fetches under way; no new round starts after this. */
    async idle(): Promise<void> {
      closing = true
      await Promise.all(
        [...draining.values(), ...inflight.values()].map((p) => p.catch(() => null)),
      )
    },
  }
}

export type PictureStore = ReturnType<typeof pictureStore>
