import type { Device } from '@shared/model'
import type { StationContext } from '../context'
import { driftSeconds, isoOffsetMinutes, localTimeAt, zoneOffsetMinutes } from './device-time'
import type { DeviceService } from './device-service'
import { codedFailure } from '@shared/coded-failure'

/** Time and door operations on one terminal; device errors come back as coded AppFailures. */
export function deviceOps(ctx: StationContext, devices: DeviceService) {
  const readClock = async (id: string) => {
    const time = await devices.call(id, (client) => client.system.getTime())
    const deviceMs = Date.parse(time.localTime)
    if (!Number.isFinite(deviceMs))
      throw codedFailure('DEVICE_REJECTED', 'terminalTimeUnreadable', { time: time.localTime })
    return { time, deviceMs }
  }

  return {
    async time(
      id: string,
    ): Promise<{ deviceTime: string; stationTime: string; driftSeconds: number }> {
      const { time, deviceMs } = await readClock(id)
      const now = ctx.clock.now()
      return {
        deviceTime: time.localTime,
        stationTime: now.toISOString(),
        driftSeconds: driftSeconds(deviceMs, now.getTime()),
      }
    },

    /** Sets the terminal's clock (manual mode) to the station's time in the terminal's own zone. */
    async syncTime(id: string): Promise<Device> {
      const { time } = await readClock(id)
      const offset = zoneOffsetMinutes(time.timeZone) ?? isoOffsetMinutes(time.localTime) ?? 0
      await devices.call(id, (client) =>
        client.system.setTime({
          timeMode: 'manual',
          localTime: localTimeAt(ctx.clock.now(), offset),
          timeZone: time.timeZone || undefined,
        }),
      )
      ctx.audit('device.syncTime', `device:${id}`, { timeZone: time.timeZone })
      return devices.check(id)
    },

    async openDoor(
      id: string,
      doorNo: number,
      command: 'open' | 'close' | 'alwaysOpen' | 'alwaysClose',
    ): Promise<{ ok: true }> {
      await devices.call(id, (client) => client.door.control(doorNo, command))
      ctx.audit(`door.${command}`, `device:${id}`, { doorNo })
      return { ok: true }
    },
  }
}
