// Holdings are checked against the terminal at connect (a terminal coming online), at every
// login check, and on a schedule (`everyMs`; 0 turns the schedule off). The check itself and the
// refill that follows a mismatch belong to apply (it knows which terminal a job is running on).
import type { HoldingsNotice } from '@shared/model'
import type { StationContext } from '../context'
import type { Feature } from '../feature'
import type { DeviceService } from '../devices/device-service'

export const DEFAULT_HOLDINGS_CHECK_MS = 10 * 60_000

export function holdingsWatch(
  ctx: StationContext,
  devices: DeviceService,
  verify: (deviceId: string) => Promise<HoldingsNotice | null>,
  everyMs = DEFAULT_HOLDINGS_CHECK_MS,
): Feature {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let closed = false
  let unsubscribe: (() => void) | null = null
  const quietly = (deviceId: string) =>
    verify(deviceId).catch((error: unknown) =>
      ctx.logger.warn('holdings check failed', { deviceId, error: String(error) }),
    )

  const sweep = async () => {
    for (const device of devices.list()) {
      if (closed) return
      if (device.health === 'online' || device.health === 'unknown') await quietly(device.id)
    }
  }
  const sweepOnce = () => (running ??= sweep().finally(() => (running = null)))

  devices.onChecked(async (deviceId) => {
    if (!closed) await quietly(deviceId)
  })
  return {
    handlers: {},
    start() {
      unsubscribe = ctx.bus.subscribe((event, payload) => {
        const p = payload as { deviceId: string; health: string }
        if (event === 'device.status' && p.health === 'online' && !closed) void quietly(p.deviceId)
      })
      if (everyMs > 0) {
        timer = setInterval(() => void sweepOnce(), everyMs)
        timer.unref()
      }
    },
    async close() {
      closed = true
      unsubscribe?.()
      if (timer) clearInterval(timer)
      await running
    },
  }
}
