// The audit log is read: who did what, when, to which person or terminal — filtered, exported as
// CSV, the operator named (the OS user running the station), from the station and the CLI.
import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/contract/audit'
import type { Device } from '@shared/model'
import { startFleet, type Fleet } from '../../../src/simulator'
import { runCli } from '../../helpers/cli'
import { value } from '../../helpers/result'
import { addSimulated, testStation } from '../../helpers/station'

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

type Found = { total: number; entries: AuditEntry[] }

it('says who did what to which person or terminal, filters it and exports it', async () => {
  let now = Date.parse('2026-03-02T09:00:00Z')
  const t = testStation({ onDisk: true, clock: { now: () => new Date(now) } })
  const { station } = t
  try {
    value(await station.call('persons.save', { employeeNo: '1001', name: 'Ada Park' }))
    now += 60_000
    const d = fleet.devices[0]!
    const gate = value<Device>(await addSimulated(station, d, 'Gate'))
    now += 60_000
    value(await station.call('settings.set', { eventRetentionDays: 30 }))

    const all = value<Found>(await station.call('audit.search', {}))
    expect(all.entries.map((e) => e.action)).toEqual([
      'settings.set',
      'device.add',
      'person.create',
    ])
    const operator = userInfo().username
    expect(new Set(all.entries.map((e) => e.actor))).toEqual(new Set([operator]))
    expect(all.entries[0]).toMatchObject({
      at: '2026-03-02T09:02:00.000Z',
      subject: 'settings',
      subjectKind: 'other',
      details: { eventRetentionDays: 30 },
    })
    expect(all.entries[1]).toMatchObject({ subjectKind: 'device', subjectName: 'Gate' })
    expect(all.entries[2]).toMatchObject({
      subject: 'person:1001',
      subjectKind: 'person',
      subjectName: 'Ada Park',
    })

    const search = async (args: object) =>
      value<Found>(await station.call('audit.search', args)).entries.map((e) => e.action)
    expect(await search({ employeeNo: '1001' })).toEqual(['person.create'])
    expect(await search({ deviceId: gate.id })).toEqual(['device.add'])
    expect(await search({ action: 'device.' })).toEqual(['device.add'])
    // by the person's or terminal's name as well as by what the entry holds
    expect(await search({ text: 'ada' })).toEqual(['person.create'])
    expect(await search({ text: 'gat' })).toEqual(['device.add'])
    expect(await search({ text: 'RETENTION' })).toEqual(['settings.set'])
    expect(await search({ from: '2026-03-02T09:01:00Z', to: '2026-03-02T09:01:30Z' })).toEqual([
      'device.add',
    ])
    expect(await search({ text: '100%' })).toEqual([]) // LIKE wildcards are plain text
    const page = value<Found>(await station.call('audit.search', { limit: 1, offset: 1 }))
    expect(page).toMatchObject({ total: 3, entries: [{ action: 'device.add' }] })

    const refused = await station.call('audit.search', { limit: 0 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })

    const csv = value<{ csv: string; rows: number }>(
      await station.call('audit.export', { employeeNo: '1001' }),
    )
    expect(csv.rows).toBe(1)
    expect(csv.csv.split('\r\n')[0]).toBe('time,operator,action,subject,name,details')
    expect(csv.csv).toContain(
      `2026-03-02T09:00:00.000Z,${operator},person.create,person:1001,Ada Park,`,
    )
  } finally {
    await station.close()
  }

  // the CLI reads the same log
  const listed = await runCli(t.dataDir, ['audit', '--action', 'person'])
  expect(listed).toMatchObject({
    code: 0,
    json: { total: 1, entries: [{ subject: 'person:1001' }] },
  })
  const byDevice = await runCli(t.dataDir, ['audit', '--device', 'Gate'])
  expect(byDevice).toMatchObject({
    code: 0,
    json: { total: 1, entries: [{ action: 'device.add' }] },
  })
  const out = join(t.dataDir, 'audit.csv')
  const exported = await runCli(t.dataDir, ['audit', '--out', out])
  expect(exported).toMatchObject({ code: 0, json: { rows: 3 } })
  expect(readFileSync(out, 'utf8')).toContain('person.create,person:1001,Ada Park')
  const bad = await runCli(t.dataDir, ['audit', '--limit', 'many'])
  expect(bad.code).toBe(2)
})
