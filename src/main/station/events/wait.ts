import type { EventBus } from '../event-bus'

/** Resolves after ms, or at once when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

/** True when a 'device.status' for this device arrives; false on timeout or abort. */
export function waitForStatus(
  bus: EventBus,
  deviceId: string,
  signal: AbortSignal,
  timeoutMs?: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false)
    let timer: NodeJS.Timeout | undefined
    const finish = (value: boolean) => {
      clearTimeout(timer)
      unsubscribe()
      signal.removeEventListener('abort', onAbort)
      resolve(value)
    }
    const onAbort = () => finish(false)
    const unsubscribe = bus.subscribe((event, payload) => {
      if (event === 'device.status' && (payload as { deviceId?: string }).deviceId === deviceId)
        finish(true)
    })
    if (timeoutMs !== undefined) timer = setTimeout(() => finish(false), timeoutMs)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
