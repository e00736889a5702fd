// Issue 18.4: one station process at a time sends to a terminal. Two stations on one data folder
// (here in one process, each with its own lease owner) apply to one terminal at once: one sends,
// the other waits with a plain reason and goes on afterwards; every record reaches the terminal
// once. A lease left by a process that is gone does not hold anyone up.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, ApplyProgressEvent, Device } from '../../../src/shared/model'
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
  const dataDir = mkdtempSync(join(tmpdir(), 'es-lease-'))
  const d = fleet.devices[0]!
  const first = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  const device = value<Device>(await addSimulated(first.station, d, 'Reception'))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= PERSONS; i++) rows.push(`${i},Person ${i},${500_000 + i}`)
  value(await first.station.call('persons.import', { csv: rows.join('\n') }))
  await first.station.close()
  return { dataDir, device }
}

it('two stations applying to one terminal at once: one waits, saying why; each record is sent once', async () => {
  await fleet.control.reset(0)
  const { dataDir, device } = await folderWithRoster()
  const a = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  const b = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  const reasons: string[] = []
  const notices: unknown[] = []
  for (const s of [a, b])
    s.station.subscribe((event, payload) => {
      const p = payload as ApplyProgressEvent
      if (event === 'apply.progress' && p.device.pausedReason) reasons.push(p.device.pausedReason)
      if (event === 'holdings.notice') notices.push(payload)
    })
  try {
    const before = await writes()
    const [ja, jb] = await Promise.all([
      a.station.call('apply.start', { deviceIds: [device.id] }).then((r) => value<ApplyJob>(r)),
      b.station.call('apply.start', { deviceIds: [device.id] }).then((r) => value<ApplyJob>(r)),
    ])
    await Promise.all([jobEnded(a.station, ja.id), jobEnded(b.station, jb.id)])
    // whatever is left after both (nothing, if no record was lost) is one more plan away
    const last = value<ApplyJob>(await a.station.call('apply.start', { deviceIds: [device.id] }))
    expect((await jobEnded(a.station, last.id)).state).toBe('done')
    const after = await writes()
    expect({ persons: after.persons - before.persons, cards: after.cards - before.cards }).toEqual({
      persons: PERSONS,
      cards: PERSONS,
    })
    expect(
      reasons.some((r) => /Reception is being applied by another station process/.test(r)),
    ).toBe(true)
    expect(notices).toEqual([]) // never "changed outside the station?" for the other's sending
    const held = await fleet.control.state(0, { events: 0 })
    expect(held.persons).toHaveLength(PERSONS)
    expect(held.cards).toHaveLength(PERSONS)
  } finally {
    await a.station.close()
    await b.station.close()
  }
}, 120_000)

it('a lease left by a process that is gone (SIGKILL) holds nobody up, though not expired', async () => {
  await fleet.control.reset(0)
  const { dataDir, device } = await folderWithRoster()
  // a process that has exited: its pid is free
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  })
  const deadPid = Number(gone.stdout)
  const db = new Database(join(dataDir, 'roster.sqlite'))
  db.prepare(
    'INSERT INTO terminal_leases (device_id, owner, pid, expires_ms) VALUES (?, ?, ?, ?)',
  ).run(device.id, 'killed-station', deadPid, Date.now() + 3_600_000)
  db.close()
  const s = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  try {
    const job = value<ApplyJob>(await s.station.call('apply.start', { deviceIds: [device.id] }))
    expect((await jobEnded(s.station, job.id)).state).toBe('done')
    expect((await fleet.control.state(0, { events: 0 })).persons).toHaveLength(PERSONS)
  } finally {
    await s.station.close()
  }
}, 60_000)
