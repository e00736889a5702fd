// Terminals changed by another process on this data folder (issue 17: a CLI `devices add`,
// `devices remove`, a new password stored by `devices passwd`): the device service keeps a client
// and a health per terminal in memory, so when the change feed says terminals changed elsewhere,
// a removed or re-addressed terminal's connection is dropped, and a new or re-addressed one gets
// one login check — its device.status then lets continuous apply and the schedules keeper plan
// for it, as for a terminal added here.
import type { DeviceRecord } from '../../store/devices-repo'
import type { StationContext } from '../context'
import type { Feature } from '../feature'
import type { DeviceService } from './device-service'

/** What a client is opened with; a pinned certificate learnt on first use is not a change. */
const connection = (d: DeviceRecord): string =>
  JSON.stringify([d.host, d.port, d.protocol, d.username, d.secretSealed])

export function devicesElsewhere(
  ctx: StationContext,
  devices: DeviceService,
  afterRecordChange: () => void,
): Feature {
  let known = new Map<string, string>()
  let unsubscribe: (() => void) | null = null
  const snapshot = () => new Map(ctx.store.devices.list().map((d) => [d.id, connection(d)]))

  const reread = async (): Promise<void> => {
    const now = snapshot()
    const before = known
    known = now
    afterRecordChange()
    for (const [id, was] of before) if (now.get(id) !== was) await devices.reload(id) // removed or reconnected
    for (const [id, is] of now)
      if (before.get(id) !== is)
        await devices.check(id).catch((error: unknown) =>
          ctx.logger.warn('check of a terminal added elsewhere failed', {
            id,
            error: String(error),
          }),
        )
  }

  return {
    handlers: {},
    start() {
      known = snapshot()
      unsubscribe = ctx.bus.subscribe((event, payload) => {
        if (
          event === 'station.changedElsewhere' &&
          (payload as { kind: string }).kind === 'devices'
        )
          void reread()
      })
    },
    async close() {
      unsubscribe?.()
    },
  }
}
