// Keeps every terminal's health and clock drift current: one login check per terminal every
// `everyMs`, never overlapping, one terminal at a time. A terminal whose password was refused is
// left alone (the check itself refuses to resend it) and a locked one is retried only after
// its unlock time, so the monitor can never lock an account out.
import type { StationContext } from '../context'
import type { Feature } from '../feature'
import type { DeviceService } from './device-service'

export function healthMonitor(
  ctx: StationContext,
  devices: DeviceService,
  everyMs = 120_000,
): Feature {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let closed = false

  const sweep = async () => {
    for (const device of devices.list()) {
      if (closed) return
      if (device.health === 'authFailed') continue
      await devices
        .check(device.id)
        .catch((error: unknown) =>
          ctx.logger.warn('health check failed', { device: device.name, error: String(error) }),
        )
    }
  }

  return {
    handlers: {},
    start() {
      if (ctx.scheduled === false) return
      timer = setInterval(() => {
        running ??= sweep().finally(() => (running = null))
      }, everyMs)
      timer.unref()
    },
    async close() {
      closed = true
      if (timer) clearInterval(timer)
      await running
    },
  }
}
