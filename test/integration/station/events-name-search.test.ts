import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AcsEventRecord } from '../../../src/main/isapi'
import { toInput } from '../../../src/main/station/events/ingest'
import { parseCsv } from '../../../src/main/station/import/csv-stream'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccessEvent } from '../../../src/shared/model'
import { eventsHarness, waitUntil, type Harness } from './events-harness'

let fleet: Fleet
let h: Harness
const T0 = Date.parse('2026-03-02T08:00:00Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()

function seed(
  serialNo: number,
  minutes: number,
  extra: Partial<AcsEventRecord>,
  device = 'door-a',
) {
  const e: AcsEventRecord = {
    kind: 'access',
    major: 5,
    minor: 75,
    serialNo,
    time: at(minutes),
    raw: {},
    ...extra,
  }
  h.ctx.store.events.insert(toInput(device, e, 'backfill', undefined, new Date(), true))
}

function rosterPerson(employeeNo: string, name: string) {
  h.ctx.store.db
    .prepare('INSERT INTO persons (employee_no, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(employeeNo, name, at(0), at(0))
}

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['face-fp'], timing: { heartbeatMs: 200 } })
  h = eventsHarness()
  seed(1, 5, { employeeNo: '1001', name: 'Ann Lee' })
  seed(2, 10, { employeeNo: '1001', name: 'Ann Lee' }, 'door-b')
  // the terminal knows 3003 by number only; the roster knows the name
  seed(3, 20, { employeeNo: '3003' })
  rosterPerson('3003', 'Chen Jing')
  // a name without an employee number (as some terminals report visitors)
  seed(4, 30, { name: 'Visitor Zhang' })
  seed(5, 40, { employeeNo: '4004', name: '王小明' })
  seed(6, 50, { employeeNo: '5005', name: 'Joanna 100% Lee_x' })
  seed(7, 60, { cardNo: '777' })
  seed(8, 70, { employeeNo: 'E100' })
})
afterAll(async () => {
  await h.close()
  await fleet.close()
})

const search = (args: Record<string, unknown>) =>
  h.call<{ total: number; items: AccessEvent[] }>('events.search', args)
const ids = async (args: Record<string, unknown>) => (await search(args)).items.map((e) => e.id)

describe('events search by person name', () => {
  it('matches part of the name the event carried, ignoring case', async () => {
    expect(await ids({ name: 'ann lee' })).toEqual(['door-b:2', 'door-a:1'])
    expect(await ids({ name: 'LEE' })).toEqual(['door-a:6', 'door-b:2', 'door-a:1'])
    expect(await ids({ name: '  nn  ' })).toEqual(['door-a:6', 'door-b:2', 'door-a:1'])
  })

  it("matches the roster's name of a person the terminal reported by number only", async () => {
    expect(await ids({ name: 'jing' })).toEqual(['door-a:3'])
    expect(await ids({ name: 'ch' })).toEqual(['door-a:3'])
  })

  it('matches events that carried a name and no employee number, and Chinese names', async () => {
    expect(await ids({ name: 'zhang' })).toEqual(['door-a:4'])
    expect(await ids({ name: '小明' })).toEqual(['door-a:5'])
    expect(await ids({ name: '王小明' })).toEqual(['door-a:5'])
  })

  it('treats % and _ as themselves, combines with the other filters and exports', async () => {
    expect(await ids({ name: '100%' })).toEqual(['door-a:6'])
    expect(await ids({ name: 'e_x' })).toEqual(['door-a:6'])
    expect(await ids({ name: '%' })).toEqual(['door-a:6'])
    expect(await ids({ name: 'nobody' })).toEqual([])
    expect(await ids({ name: 'ann', deviceId: 'door-b' })).toEqual(['door-b:2'])
    expect(await ids({ name: 'lee', from: at(0), to: at(8) })).toEqual(['door-a:1'])
    expect(await ids({ name: 'ann', employeeNo: '1001' })).toHaveLength(2)
    expect(await ids({ name: 'ann', employeeNo: '3003' })).toEqual([])
    const { csv, rows } = await h.call<{ csv: string; rows: number }>('events.export', {
      name: 'jing',
    })
    expect(rows).toBe(1)
    expect(parseCsv(csv)[1]![7]).toBe('3003')
  })

  it('takes a person as typed in one box: an exact employee number or part of a name', async () => {
    expect(await ids({ person: '3003' })).toEqual(['door-a:3'])
    expect(await ids({ person: 'E100' })).toEqual(['door-a:8'])
    expect(await ids({ person: 'E10' })).toEqual([])
    expect(await ids({ person: 'jing' })).toEqual(['door-a:3'])
    expect(await ids({ person: 'zhang' })).toEqual(['door-a:4'])
    expect(await ids({ person: 'lee', name: 'ann l' })).toEqual(['door-b:2', 'door-a:1'])
  })

  it('refuses an empty or overlong name or person with INVALID_ARGS', async () => {
    for (const name of ['', '   ', 'x'.repeat(65)])
      for (const field of ['name', 'person'])
        expect(await h.raw('events.search', { [field]: name })).toMatchObject({
          ok: false,
          error: { code: 'INVALID_ARGS' },
        })
  })

  it('finds an event a terminal just reported by its name', async () => {
    const device = await h.add(fleet.devices[0]!)
    await h.connected(device.id)
    const [sim] = await fleet.control.triggerEvent(0, {
      kind: 'raw',
      major: 5,
      minor: 75,
      fields: { employeeNoString: '6006', name: 'Dmitri Okafor', doorNo: 1 },
    })
    const id = `${device.id}:${sim!.serialNo}`
    await waitUntil(() => h.pushed.find((e) => e.id === id), 'the pushed event')
    expect(await ids({ name: 'OKAFOR' })).toEqual([id])
  })
})
