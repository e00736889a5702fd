// One simulated face terminal ("Reception", one door) and a fresh station per test, with fast
// apply timings; `settle` starts an apply and waits for its end. Shared by the apply-reason tests.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import type { ApplyJob } from '@shared/model'
import { value } from './roster-fixtures'
import { addSimulated, testStation, type TestStation } from './station'

const FAST = { concurrencyPerDevice: 1, flushMs: 10, retryMs: { first: 20, max: 100 } }

export interface Reception {
  readonly fleet: Fleet
  readonly t: TestStation
  /** Starts an apply of everything and resolves when its job is done or failed. */
  settle(): Promise<ApplyJob>
}

/** Registers the hooks; read `fleet` and `t` inside tests (they change per test). */
export function useReception(): Reception {
  let fleet: Fleet
  let t: TestStation
  beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  })
  afterAll(async () => fleet.close())
  beforeEach(async () => {
    await fleet.control.reset(0)
    t = testStation({ apply: FAST })
    const d = fleet.devices[0]!
    value(await addSimulated(t.station, d, 'Reception'))
  })
  afterEach(async () => t.station.close())
  return {
    get fleet() {
      return fleet
    },
    get t() {
      return t
    },
    async settle() {
      const job = value<ApplyJob>(await t.station.call('apply.start', {}))
      await new Promise<void>((resolve) => {
        const off = t.station.subscribe((event, payload) => {
          const p = payload as { jobId: string; state: string }
          if (
            event === 'apply.progress' &&
            p.jobId === job.id &&
            ['done', 'failed'].includes(p.state)
          ) {
            off()
            resolve()
          }
        })
      })
      return job
    },
  }
}
