// One maintenance operation per terminal at a time, and none while an apply job still has steps
// for that terminal (an upgrade or a restore reboots it under the job). The apply check reads the
// journal: unfinished (planned/running) jobs with pending steps on the terminal. A paused job is
// not counted; if it is resumed during maintenance its steps meet an offline terminal and back off.
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { codedFailure } from '@shared/coded-failure'

export function deviceLocks(ctx: StationContext, devices: DeviceService) {
  const busy = new Map<string, string>()

  const applyJobOn = (id: string): string | undefined =>
    ctx.store.journal
      .unfinished()
      .find((job) => ctx.store.journal.pendingAfter(job.id, id, 0, 1).length > 0)?.id

  return {
    /** What runs on the terminal now, if anything. */
    current: (id: string): string | undefined => busy.get(id),

    /** Runs `fn` holding the terminal; DEVICE_BUSY if it is held or an apply job is on it. */
    async hold<T>(id: string, operation: string, fn: () => Promise<T>): Promise<T> {
      const record = devices.record(id)
      const running = busy.get(id)
      if (running)
        throw codedFailure(
          'DEVICE_BUSY',
          'terminalBusyWith',
          { terminal: record.name, operation: running },
          { device: record.name, operation: running },
        )
      const job = applyJobOn(id)
      if (job)
        throw codedFailure(
          'DEVICE_BUSY',
          'terminalApplyRunning',
          { terminal: record.name },
          { device: record.name, jobId: job },
        )
      busy.set(id, operation)
      try {
        return await fn()
      } finally {
        busy.delete(id)
      }
    },
  }
}
