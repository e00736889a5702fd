// The holdings check apply runs before planning a terminal (and on a schedule): does the
// terminal still hold what the station believes? Unreachable, locked or refusing terminals are
// left to the run, which pauses on them; a terminal another process is sending to is left too.
import type { HoldingsNotice } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { verifyHoldings } from '../sync/verify-holdings'
import type { TerminalLeases } from './terminal-lease'

export function holdingsCheck(
  ctx: StationContext,
  devices: DeviceService,
  leases: TerminalLeases,
): (deviceId: string) => Promise<HoldingsNotice | null> {
  return async (deviceId) => {
    // checking a terminal known to be unreachable, locked or refusing the password would only
    // wait for a timeout or spend a login
    if (!['online', 'unknown'].includes(devices.health(deviceId))) return null
    // another process sending to it now would look like "changed outside the station": its run
    // keeps the holdings true; the check waits for a moment the terminal is still
    if (leases.heldHere(deviceId) || leases.acquire(deviceId)) return null
    try {
      return (await verifyHoldings(ctx, devices, deviceId)).notice
    } catch (error) {
      ctx.logger.warn('holdings not verified', { deviceId, error: String(error) })
      return null
    } finally {
      leases.release(deviceId)
    }
  }
}
