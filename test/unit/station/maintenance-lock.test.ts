import { describe, expect, it } from 'vitest'
import type { StationContext } from '../../../src/main/station/context'
import type { DeviceService } from '../../../src/main/station/devices/device-service'
import { deviceLocks } from '../../../src/main/station/maintenance/device-lock'
import { AppFailure } from '../../../src/shared/result'

// A journal with one unfinished job that still has steps for terminal d2.
const ctx = {
  store: {
    journal: {
      unfinished: () => [{ id: 'job-1', state: 'running' }],
      pendingAfter: (jobId: string, deviceId: string) =>
        jobId === 'job-1' && deviceId === 'd2' ? [{ seq: 1 }] : [],
    },
  },
} as unknown as StationContext
const devices = { record: (id: string) => ({ id, name: `T-${id}` }) } as unknown as DeviceService

const failure = async (p: Promise<unknown>): Promise<AppFailure> => {
  try {
    await p
  } catch (e) {
    if (e instanceof AppFailure) return e
    throw e
  }
  throw new Error('expected a failure')
}

describe('maintenance device locks', () => {
  it('one operation per terminal; other terminals are free; released after failure too', async () => {
    const locks = deviceLocks(ctx, devices)
    let release!: () => void
    const first = locks.hold(
      'd1',
      'a firmware upgrade',
      () => new Promise<void>((r) => (release = r)),
    )
    expect(locks.current('d1')).toBe('a firmware upgrade')
    const busy = await failure(locks.hold('d1', 'a reboot', async () => 1))
    expect(busy).toMatchObject({
      code: 'DEVICE_BUSY',
      details: { operation: 'a firmware upgrade' },
    })
    expect(busy.message).toContain('T-d1')
    expect(await locks.hold('d3', 'a reboot', async () => 'ok')).toBe('ok')
    release()
    await first
    expect(locks.current('d1')).toBeUndefined()
    await expect(
      locks.hold('d1', 'a reboot', () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom')
    expect(await locks.hold('d1', 'a reboot', async () => 'again')).toBe('again')
  })

  it('refuses a terminal that an unfinished apply job still has steps for', async () => {
    const locks = deviceLocks(ctx, devices)
    expect(await failure(locks.hold('d2', 'a reboot', async () => 1))).toMatchObject({
      code: 'DEVICE_BUSY',
      details: { jobId: 'job-1' },
    })
  })
})
