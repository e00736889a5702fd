// The listening-host part of the Terminal page: which httpHosts slots point where (the set-up
// itself is listening.setup, station/events), and the terminal's own connection test.
import type { ListeningSlotView } from '@shared/contract/terminal'
import { pointsAt } from '../events/slot-choice'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'
import { codedFailure } from '@shared/coded-failure'
import { reasonText, type Reason } from '@shared/reason-text'

/** The path prefix the station gives each terminal (station/events/listening.ts). */
const ourPrefix = (deviceId: string): string => `/es/events/${encodeURIComponent(deviceId)}/`

export function listeningSlotsService(devices: DeviceService, call: DeviceCall) {
  const requireListening = (id: string): void => {
    if (!devices.get(id).capabilities?.ops?.listening)
      throw codedFailure('NOT_SUPPORTED', 'listeningUnsupported', {
        terminal: devices.record(id).name,
      })
  }
  return {
    async slots(id: string): Promise<ListeningSlotView[]> {
      requireListening(id)
      const hosts = await call(id, (c) => c.httpHosts.list())
      return hosts.map((h) => {
        const target = pointsAt(h)
        return {
          slot: h.id,
          state: h.url.startsWith(ourPrefix(id)) ? 'ours' : target === null ? 'free' : 'taken',
          target,
        }
      })
    },

    async test(id: string): Promise<{ ok: boolean; message: string; why: Reason }> {
      requireListening(id)
      const hosts = await call(id, (c) => c.httpHosts.list())
      const ours = hosts.find((h) => h.url.startsWith(ourPrefix(id)))
      if (!ours)
        throw codedFailure('CONFLICT', 'listeningSlotNotSet', { terminal: devices.record(id).name })
      const answer = await call(id, (c) => c.httpHosts.test(ours))
      const ok = answer === '' || answer.toLowerCase() === 'ok'
      const terminal = devices.record(id).name
      const why: Reason = ok
        ? { code: 'listeningTestReached', params: { terminal, slot: ours.id } }
        : { code: 'listeningTestUnreached', params: { terminal, answer } }
      return { ok, message: reasonText(why, 'en'), why }
    },
  }
}
