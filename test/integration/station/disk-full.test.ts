// Issue 18.3: a full disk during apply pauses the job with a coded reason (no uncaught
// exception, no lost outcome) and the job resumes once there is room; a full-disk import says
// DISK_FULL. The "disk" is the roster's own page limit (SQLite answers SQLITE_FULL exactly as
// for a full filesystem).
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Store } from '../../../src/main/store'
import type { ApplyJob, ApplyProgressEvent, Device } from '../../../src/shared/model'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation | undefined
const uncaught: unknown[] = []
const onUncaught = (e: unknown): void => void uncaught.push(e)

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
  process.on('uncaughtException', onUncaught)
})
afterAll(async () => {
  process.off('uncaughtException', onUncaught)
  await fleet.close()
})
afterEach(async () => {
  await t?.station.close()
  t = undefined
})

/** Caps the roster at its current size (plus `spare` pages): the disk is full. */
const fill = (store: Store, spare = 0): void => {
  const pages = store.db.pragma('page_count', { simple: true }) as number
  store.db.pragma(`max_page_count = ${pages + spare}`)
}
const free = (store: Store): void => void store.db.pragma('max_page_count = 1073741823')

it('a full disk mid-apply pauses the job with DISK_FULL, then it finishes once space is freed', async () => {
  await fleet.control.reset(0)
  let store!: Store
  t = testStation({
    onDisk: true,
    apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
    onStoreOpen: (s) => (store = s),
  })
  const { station } = t
  const d = fleet.devices[0]!
  const device = value<Device>(await addSimulated(station, d, 'Gate'))
  for (let i = 0; i < 200; i++) await addPerson(station, String(7000 + i), `F${i}`)
  let filled = false
  const paused = new Promise<string>((resolve) => {
    const off = station.subscribe((event, payload) => {
      const p = payload as ApplyProgressEvent
      if (event !== 'apply.progress') return
      if (!filled && p.device.done >= 20) {
        filled = true
        fill(store)
      }
      if (p.device.pausedReason) {
        off()
        resolve(p.device.pausedReason)
      }
    })
  })
  const job = value<ApplyJob>(await station.call('apply.start', { deviceIds: [device.id] }))
  expect(await paused).toMatch(/^DISK_FULL: /)
  // while full, an import says so (and writes nothing)
  const imported = await station.call('persons.import', {
    csv:
      'employeeNo,name\n' + Array.from({ length: 300 }, (_, i) => `${9000 + i},I${i}`).join('\n'),
  })
  expect(imported).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } })
  free(store)
  const done = await new Promise<ApplyJob>((resolve) => {
    const check = async (): Promise<void> => {
      const j = value<ApplyJob>(await station.call('apply.status', { jobId: job.id }))
      if (j.state === 'done' || j.state === 'failed') resolve(j)
    }
    station.subscribe((event) => void (event === 'apply.progress' && check()))
    void check()
  })
  expect(done.state).toBe('done')
  expect(done.devices[0]).toMatchObject({ total: 200, done: 200, failed: 0, pausedReason: null })
  expect((await fleet.control.state(0)).persons).toHaveLength(200)
  expect(value<{ total: number }>(await station.call('persons.search', { limit: 1 })).total).toBe(
    200,
  )
  expect(uncaught).toEqual([])
}, 60_000)
