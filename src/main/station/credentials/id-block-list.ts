// idcards.caps / setBlocked (contract/id-block-list.ts): one ID card added to or taken off the
// terminal's block list. Its capabilities are read first (a terminal without an ID-card reader
// answers NOT_SUPPORTED, nothing else sent) and the number's length checked against them. The
// full number goes to the terminal only: the answer and the audit log carry it masked.
import type { IdBlockListCapsView } from '@shared/contract/id-block-list'
import { codedFailure } from '@shared/coded-failure'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { maskIdNumber } from '../events/id-card'

export function idBlockListService(ctx: StationContext, devices: DeviceService) {
  return {
    caps: (deviceId: string): Promise<IdBlockListCapsView> =>
      devices.call(deviceId, (client) => client.idBlockList.capabilities()),
    async set(deviceId: string, a: { blocked: boolean; idNumber: string; name?: string }) {
      const masked = maskIdNumber(a.idNumber)
      await devices.call(deviceId, async (client) => {
        const caps = await client.idBlockList.capabilities()
        const r = caps.idNumber
        if (r && (a.idNumber.length < r.min || a.idNumber.length > r.max))
          throw codedFailure(
            'INVALID_ARGS',
            'idNumberOutOfRange',
            { terminal: devices.record(deviceId).name, min: r.min, max: r.max, idNumber: masked },
            { idNumber: masked },
          )
        await client.idBlockList.set(
          { IDNum: a.idNumber.toUpperCase(), ...(a.name ? { name: a.name } : {}) },
          a.blocked,
        )
      })
      ctx.audit(a.blocked ? 'idcards.block' : 'idcards.unblock', `device:${deviceId}`, {
        idNumber: masked,
      })
      return { idNumber: masked, blocked: a.blocked }
    },
  }
}
