// Factory reset with a typed confirmation (the terminal's name, exactly). `basic` / `part`
// keep the accounts: the station waits for the reboot and checks the terminal. `full` also
// resets the activation: the station does not log in again (that could only fail); the
// terminal shows as not activated once it is back.
import type { Device } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'
import { codedFailure } from '@shared/coded-failure'

export function factoryResetService(ctx: StationContext, devices: DeviceService, call: DeviceCall) {
  return {
    async reset(
      id: string,
      mode: 'full' | 'basic' | 'part',
      confirm: string,
    ): Promise<{ device: Device; mode: string }> {
      const record = devices.record(id)
      const modes = devices.get(id).capabilities?.ops?.factoryReset ?? []
      if (!modes.includes(mode))
        throw codedFailure(
          'NOT_SUPPORTED',
          'factoryResetModeUnsupported',
          { terminal: record.name, mode },
          { offered: modes },
        )
      if (confirm !== record.name)
        throw codedFailure(
          'INVALID_ARGS',
          'factoryResetConfirm',
          { terminal: record.name },
          { field: 'confirm' },
        )
      await call(id, (c) => c.system.factoryReset(mode))
      ctx.audit('device.factoryReset', `device:${id}`, { mode })
      if (mode === 'full') return { device: devices.get(id), mode }
      await call(id, (c) => c.maintenance.waitForReboot({ intervalMs: 500 }))
      return { device: await devices.check(id), mode }
    },
  }
}
