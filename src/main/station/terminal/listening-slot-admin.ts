// Freeing listening-host slots (guide 21.10.9–21.10.11): one slot, checked against the number
// of slots the terminal's capability states before anything is sent, or all of them. The
// slots are read back afterwards: a slot the terminal kept is an error, not a silent success.
import type { ListeningSlotView } from '@shared/contract/terminal'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'
import { listeningSlotsService } from './listening-slots'
import { codedFailure } from '@shared/coded-failure'

export function listeningSlotAdminService(devices: DeviceService, call: DeviceCall) {
  const slots = listeningSlotsService(devices, call)
  return {
    async freeSlot(id: string, slot: string): Promise<ListeningSlotView[]> {
      const name = devices.record(id).name
      const [caps, before] = await Promise.all([
        call(id, (c) => c.httpHosts.capabilities()),
        slots.slots(id),
      ])
      const max = caps.slots ?? before.length
      if (Number(slot) < 1 || Number(slot) > max)
        throw codedFailure(
          'OUT_OF_RANGE',
          'listeningSlotRange',
          { terminal: name, max },
          { field: 'slot', min: 1, max },
        )
      if (before.find((s) => s.slot === slot)?.state === 'free')
        throw codedFailure('CONFLICT', 'listeningSlotFree', { terminal: name, slot }, { slot })
      await call(id, (c) => c.httpHosts.remove(slot))
      const after = await slots.slots(id)
      if (after.find((s) => s.slot === slot)?.state !== 'free')
        throw codedFailure(
          'DEVICE_REJECTED',
          'listeningSlotKept',
          { terminal: name, slot },
          { slot },
        )
      return after
    },

    async freeAll(id: string): Promise<ListeningSlotView[]> {
      await slots.slots(id)
      await call(id, (c) => c.httpHosts.deleteAll())
      const after = await slots.slots(id)
      const kept = after.filter((s) => s.state !== 'free').map((s) => s.slot)
      if (kept.length > 0)
        throw codedFailure(
          'DEVICE_REJECTED',
          'listeningSlotsKept',
          { terminal: devices.record(id).name, slots: kept.join(', ') },
          { slots: kept },
        )
      return after
    },
  }
}
