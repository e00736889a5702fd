// Renaming a terminal through DeviceInfo's deviceName: the station's own name for it follows when
// the two names were the same (the installer named both alike), otherwise the rename is offered
// (the result says so and the Terminal page asks). A station name the list refuses (taken, too
// long) is offered rather than failing the write, which has already happened on the terminal.
import type { ConfigChange } from '@shared/contract/config'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { ResourceDef } from './resource-def'

export type StationRename = { from: string; to: string; done: boolean }

export function stationRenameFollower(ctx: StationContext, devices: DeviceService) {
  return async (
    deviceId: string,
    def: ResourceDef,
    changed: readonly ConfigChange[],
  ): Promise<StationRename | undefined> => {
    if (def.id !== 'DeviceInfo') return undefined
    const change = changed.find((c) => c.key === 'deviceName')
    const to = typeof change?.after === 'string' ? change.after.trim() : ''
    if (!change || to === '') return undefined
    const from = devices.record(deviceId).name
    if (from === to) return undefined
    if (from !== String(change.before ?? '')) return { from, to, done: false }
    try {
      await devices.update(deviceId, { name: to })
    } catch {
      return { from, to, done: false }
    }
    ctx.audit('devices.rename', `device:${deviceId}`, {
      from,
      to,
      because: 'DeviceInfo.deviceName',
    })
    return { from, to, done: true }
  }
}
