// Issue 18.4, found by test/integration/two-processes.test.ts under load (every record sent
// twice): process B's plan looked at the terminal's lease, found it free, and closed the pending
// steps of process A's job — but A took the lease between B's look and B's write, and its run was
// already sending those steps from memory. A then saw its job end ("cancelled"), planned again
// (its `apply --wait`) and started a second run beside the first one under its own (re-entrant)
// lease: both sent everything. The fixes, in apply-service.ts: B's look at the lease and its
// take-over are one immediate transaction (a race between two processes' threads, not
// reproducible in one; terminal-lease.test.ts and two-processes.test.ts run that path); a plan
// stops this station's own runs on the terminal even when their job has nothing pending there
// any more; and one run of a station at a time sends to a terminal (its lease is re-entrant, so
// a second run waits for the first). Checked here: without the last two, 80 persons and 80
// cards were written; with either one alone, 40 and 40.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, ApplyJobState, ApplyProgressEvent, Device } from '@shared/model'
import { openStore } from '../../../src/main/store'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation } from '../../helpers/station'
import { jobEnded } from '../../helpers/apply-job'

const PERSONS = 40
const FAST = {
  concurrencyPerDevice: 2,
  flushMs: 10,
  retryMs: { first: 50, max: 200 },
  pollMs: 50,
}
const ENDED: ReadonlySet<ApplyJobState> = new Set(['done', 'failed', 'cancelled'])
let fleet: Fleet

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door', latencyMs: 2 })
})
afterAll(async () => fleet.close())

const writes = async (): Promise<{ persons: number; cards: number }> => {
  const w = await fleet.control.writes(0)
  const sum = (re: RegExp) =>
    Object.entries(w)
      .filter(([k]) => re.test(k))
      .reduce((n, [, v]) => n + v, 0)
  return {
    persons: sum(/UserInfo\/(SetUp|Record|Modify)$/),
    cards: sum(/CardInfo\/(SetUp|Record|Modify)$/),
  }
}

async function folderWithRoster(): Promise<{ dataDir: string; device: Device }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-takeover-'))
  const first = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  const device = value<Device>(await addSimulated(first.station, fleet.devices[0]!, 'Reception'))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= PERSONS; i++) rows.push(`${i},Person ${i},${600_000 + i}`)
  value(await first.station.call('persons.import', { csv: rows.join('\n') }))
  await first.station.close()
  return { dataDir, device }
}

it('a run whose pending steps another process closed under it is stopped by the next plan here: every record sent once', async () => {
  await fleet.control.reset(0)
  const { dataDir, device } = await folderWithRoster()
  const a = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  // the other process, as far as it touches the folder
  const other = openStore(join(dataDir, 'roster.sqlite'))
  const endedHere = (jobId: string) =>
    new Promise<void>((resolve) => {
      const off = a.station.subscribe((event, payload) => {
        const p = payload as ApplyProgressEvent
        if (event === 'apply.progress' && p.jobId === jobId && ENDED.has(p.state)) {
          off()
          resolve()
        }
      })
    })
  try {
    const before = await writes()
    const first = value<ApplyJob>(await a.station.call('apply.start', { deviceIds: [device.id] }))
    // the first run here holds its page of steps in memory and has not written one yet (the
    // simulator answers on a later turn of the event loop): the other process's plan closes
    // them, as it did when it had looked at the lease a moment before this station took it
    const firstOver = endedHere(first.id)
    const at = new Date().toISOString()
    expect(other.journal.supersede(first.id, device.id, at)).toHaveLength(PERSONS)
    other.journal.setJobState(first.id, 'cancelled', at)
    // `apply --wait` here sees its job ended and plans again
    const again = value<ApplyJob>(await a.station.call('apply.start', { deviceIds: [device.id] }))
    await jobEnded(a.station, again.id)
    await firstOver // the first run has ended too: nothing more is sent
    const after = await writes()
    expect({ persons: after.persons - before.persons, cards: after.cards - before.cards }).toEqual({
      persons: PERSONS,
      cards: PERSONS,
    })
    const held = await fleet.control.state(0, { events: 0 })
    expect(held.persons).toHaveLength(PERSONS)
    expect(held.cards).toHaveLength(PERSONS)
  } finally {
    other.close()
    await a.station.close()
  }
}, 60_000)
