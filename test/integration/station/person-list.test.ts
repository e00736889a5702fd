// The Persons list's tools through the station: sorting in SQL (with and without a query,
// across pages), the department filter with its sub-departments, bulk edit and removal (one
// transaction, the confirmed count, one audit entry), the new validity reaching a simulated
// terminal, and face thumbnails at a bounded size.
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PersonThumbnail } from '@shared/contract/person-list'
import type { ApplyJob, Device, PersonDetail, PersonSummary } from '@shared/model'
import { startFleet, type Fleet } from '../../../src/simulator'
import { runCli } from '../../helpers/cli'
import { value } from '../../helpers/result'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let t: TestStation
afterEach(async () => t?.station.close())

const PEOPLE: [string, string, string, string | null][] = [
  ['1001', 'delia', 'HQ', '2027-03-01T00:00:00'],
  ['1002', 'Anna', 'HQ/Front office', null],
  ['1003', 'bruno', 'HQ2', '2026-06-30T23:59:59'],
  ['1004', 'Carla', 'Plant/Line 1', '2028-01-01T00:00:00'],
  ['1005', 'Ann Bell', 'HQ/Front office/Desk', null],
]

async function seed(): Promise<void> {
  for (const [employeeNo, name, groupName, end] of PEOPLE)
    value(
      await t.station.call('persons.save', {
        employeeNo,
        name,
        groupName,
        ...(end ? { valid: { enable: true, beginTime: '2026-01-01T00:00:00', endTime: end } } : {}),
      }),
    )
}

const search = async (args: object) =>
  value<{ total: number; items: PersonSummary[] }>(await t.station.call('persons.search', args))
const nos = async (args: object) => (await search(args)).items.map((p) => p.employeeNo)

describe('persons list: sort and department filter', () => {
  it('sorts by each column in SQL, both ways, and pages keep the order', async () => {
    t = testStation()
    await seed()
    // "Ann Bell" before "Anna" (a space sorts before letters); case does not count
    expect(await nos({ sort: { by: 'name' } })).toEqual(['1005', '1002', '1003', '1004', '1001'])
    expect(await nos({ sort: { by: 'name', desc: true } })).toEqual([
      '1001',
      '1004',
      '1003',
      '1002',
      '1005',
    ])
    expect(await nos({ sort: { by: 'department' } })).toEqual([
      '1001',
      '1002',
      '1005',
      '1003',
      '1004',
    ])
    // by the end of the validity; persons valid always come last
    expect(await nos({ sort: { by: 'validity' } })).toEqual([
      '1003',
      '1001',
      '1004',
      '1002',
      '1005',
    ])
    expect(await nos({ sort: { by: 'employeeNo', desc: true } })).toEqual([
      '1005',
      '1004',
      '1003',
      '1002',
      '1001',
    ])
    // pages of two continue the same order
    const paged: string[] = []
    for (let offset = 0; offset < 5; offset += 2)
      paged.push(...(await nos({ sort: { by: 'name' }, offset, limit: 2 })))
    expect(paged).toEqual(['1005', '1002', '1003', '1004', '1001'])
    // a query's matches are sorted too ("ann" matches Anna and Ann Bell)
    expect(await nos({ query: 'Ann', sort: { by: 'name', desc: true } })).toEqual(['1002', '1005'])
    expect(await nos({ query: 'Ann', sort: { by: 'name' }, offset: 1, limit: 1 })).toEqual(['1002'])
    // the row carries the validity for its column
    const delia = (await search({ query: '1001' })).items[0]!
    expect(delia.valid).toEqual({
      beginTime: '2026-01-01T00:00:00',
      endTime: '2027-03-01T00:00:00',
    })
    expect((await search({ query: '1002' })).items[0]!.valid).toBeNull()
  })

  it('filters by a department, with its sub-departments only when asked', async () => {
    t = testStation()
    await seed()
    expect(await nos({ department: 'HQ' })).toEqual(['1001'])
    expect(await nos({ department: 'HQ', subDepartments: true })).toEqual(['1001', '1002', '1005'])
    // HQ2 is not below HQ; a query narrows within the subtree
    expect(await nos({ department: 'HQ', subDepartments: true, query: 'Ann' })).toEqual([
      '1002',
      '1005',
    ])
    expect(await nos({ department: 'HQ/Front office', subDepartments: true })).toEqual([
      '1002',
      '1005',
    ])
  })
})

describe('persons list: bulk edit', () => {
  it('changes department and validity of the picked persons in one transaction, with one audit entry', async () => {
    t = testStation()
    await seed()
    const changed: string[][] = []
    t.station.subscribe((event, payload) => {
      if (event === 'roster.changed')
        changed.push((payload as { employeeNos: string[] }).employeeNos)
    })
    const r = value<{ persons: number }>(
      await t.station.call('persons.bulkEdit', {
        selection: { employeeNos: ['1002', '1003'] },
        expected: 2,
        set: {
          department: 'Plant/Line 2',
          valid: { enable: true, beginTime: '2026-12-01T00:00:00', endTime: '2027-11-30T23:59:59' },
          userType: 'visitor',
          addGroups: ['Car park'],
        },
      }),
    )
    expect(r).toEqual({ persons: 2 })
    for (const employeeNo of ['1002', '1003']) {
      const p = value<PersonDetail>(await t.station.call('persons.get', { employeeNo }))
      expect(p).toMatchObject({
        groupName: 'Plant/Line 2',
        groups: ['Plant/Line 2', 'Car park'],
        userType: 'visitor',
        valid: { enable: true, beginTime: '2026-12-01T00:00:00', endTime: '2027-11-30T23:59:59' },
      })
    }
    // the others are untouched
    const delia = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '1001' }))
    expect(delia).toMatchObject({ groupName: 'HQ', userType: 'normal' })
    expect(changed).toEqual([['1002', '1003']])
    const audit = value<{ entries: { action: string; details: Record<string, unknown> }[] }>(
      await t.station.call('audit.search', {}),
    ).entries.filter((e) => e.action.startsWith('persons.bulk'))
    expect(audit).toHaveLength(1)
    expect(audit[0]!.details).toMatchObject({ persons: 2, employeeNos: ['1002', '1003'] })
  })

  it('edits everyone a filter matches; a count other than the confirmed one changes nothing', async () => {
    t = testStation()
    await seed()
    const selection = { filter: { department: 'HQ', subDepartments: true } }
    const wrong = await t.station.call('persons.bulkEdit', {
      selection,
      expected: 2,
      set: { planTemplateNo: '2' },
    })
    expect(!wrong.ok && wrong.error.details?.reason).toMatchObject({
      code: 'bulkCountChanged',
      params: { expected: 2, found: 3 },
    })
    for (const p of PEOPLE) {
      const d = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: p[0] }))
      expect(d.planTemplateNo).toBe('1')
    }
    value(
      await t.station.call('persons.bulkEdit', {
        selection,
        expected: 3,
        set: { planTemplateNo: '2', valid: { enable: false } },
      }),
    )
    const plans = await Promise.all(
      PEOPLE.map(async ([employeeNo]) => {
        const d = value<PersonDetail>(await t.station.call('persons.get', { employeeNo }))
        return [employeeNo, d.planTemplateNo, d.valid.enable]
      }),
    )
    expect(plans).toEqual([
      ['1001', '2', false],
      ['1002', '2', false],
      ['1003', '1', true],
      ['1004', '1', true],
      ['1005', '2', false],
    ])
    const none = await t.station.call('persons.bulkEdit', {
      selection: { employeeNos: ['1001'] },
      expected: 1,
      set: {},
    })
    expect(!none.ok && none.error.code).toBe('INVALID_ARGS')
  })

  it('removes a selection in one go; an unknown person in it removes nobody', async () => {
    t = testStation()
    await seed()
    const gone = await t.station.call('persons.bulkRemove', {
      selection: { employeeNos: ['1001', '9999'] },
      expected: 2,
    })
    expect(!gone.ok && gone.error.details?.reason).toMatchObject({ code: 'bulkPersonsGone' })
    expect((await search({})).total).toBe(5)
    expect(
      value(
        await t.station.call('persons.bulkRemove', {
          selection: { filter: { query: 'Ann' } },
          expected: 2,
        }),
      ),
    ).toEqual({ removed: 2 })
    expect(await nos({})).toEqual(['1001', '1003', '1004'])
  })
})

describe('persons list: the terminal and the thumbnails', () => {
  let fleet: Fleet
  beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'card-door' })
  })
  afterAll(async () => fleet.close())

  it('a bulk-edited validity reaches the terminal at the next apply', async () => {
    t = testStation()
    value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Door'))
    await seed()
    const apply = async () => {
      const job = value<ApplyJob>(await t.station.call('apply.start', {}))
      await expect
        .poll(
          async () =>
            value<ApplyJob>(await t.station.call('apply.status', { jobId: job.id })).state,
          { timeout: 30_000 },
        )
        .toBe('done')
    }
    await apply()
    // beyond what the terminal keeps (its validity range ends 2037): refused, nothing written
    const beyond = await t.station.call('persons.bulkEdit', {
      selection: { employeeNos: ['1002', '1004'] },
      expected: 2,
      set: {
        valid: { enable: true, beginTime: '2027-01-01T00:00:00', endTime: '2040-12-31T23:59:59' },
      },
    })
    expect(!beyond.ok && beyond.error.details?.reason).toMatchObject({
      code: 'validityBeyondTerminal',
    })
    const anna = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '1002' }))
    expect(anna.valid.enable).toBe(false)
    value(
      await t.station.call('persons.bulkEdit', {
        selection: { employeeNos: ['1002', '1004'] },
        expected: 2,
        set: {
          valid: { enable: true, beginTime: '2027-01-01T00:00:00', endTime: '2036-12-31T23:59:59' },
        },
      }),
    )
    await apply()
    await expect
      .poll(async () =>
        (await fleet.control.state(0)).persons
          .filter((p) => ['1002', '1004'].includes(p.employeeNo))
          .map((p) => [p.employeeNo, p.Valid.enable, p.Valid.beginTime, p.Valid.endTime]),
      )
      .toEqual([
        ['1002', true, '2027-01-01T00:00:00', '2036-12-31T23:59:59'],
        ['1004', true, '2027-01-01T00:00:00', '2036-12-31T23:59:59'],
      ])
  }, 60_000)

  it('continuous apply takes a bulk edit and a bulk removal to the terminal by itself', async () => {
    await fleet.control.reset(0)
    // the station's clock: 1003's validity (to 2026-06-30) has ended, the others' not
    t = testStation({
      clock: { now: () => new Date('2026-12-05T12:00:00Z') },
      continuousApply: true,
      apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
    })
    value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Door'))
    await seed()
    const held = async () =>
      (await fleet.control.state(0)).persons
        .map((p) => `${p.employeeNo}:${p.Valid.enable ? p.Valid.endTime : 'always'}`)
        .sort()
    // 1003's validity has ended: sent nowhere
    await expect
      .poll(held, { timeout: 30_000 })
      .toEqual([
        '1001:2027-03-01T00:00:00',
        '1002:always',
        '1004:2028-01-01T00:00:00',
        '1005:always',
      ])
    value(
      await t.station.call('persons.bulkEdit', {
        selection: { filter: { department: 'HQ', subDepartments: true } },
        expected: 3,
        set: {
          valid: { enable: true, beginTime: '2026-01-01T00:00:00', endTime: '2030-12-31T23:59:59' },
        },
      }),
    )
    value(
      await t.station.call('persons.bulkRemove', {
        selection: { employeeNos: ['1003', '1004'] },
        expected: 2,
      }),
    )
    await expect
      .poll(held, { timeout: 30_000 })
      .toEqual(['1001:2030-12-31T23:59:59', '1002:2030-12-31T23:59:59', '1005:2030-12-31T23:59:59'])
  }, 60_000)

  it('serves face thumbnails at most 64 px a side, a few KB, only for persons with a face', async () => {
    t = testStation()
    await seed()
    const face = await sharp({
      create: { width: 640, height: 800, channels: 3, background: { r: 190, g: 150, b: 120 } },
    })
      .composite([
        {
          input: await sharp({
            create: { width: 200, height: 200, channels: 3, background: { r: 40, g: 40, b: 60 } },
          })
            .png()
            .toBuffer(),
          top: 200,
          left: 220,
        },
      ])
      .jpeg({ quality: 92 })
      .toBuffer()
    value(
      await t.station.call('persons.setFace', {
        employeeNo: '1001',
        jpegBase64: face.toString('base64'),
        source: 'file',
      }),
    )
    const thumbs = value<PersonThumbnail[]>(
      await t.station.call('persons.thumbnails', { employeeNos: ['1001', '1002'] }),
    )
    expect(thumbs.map((x) => x.employeeNo)).toEqual(['1001'])
    const jpeg = Buffer.from(thumbs[0]!.jpegBase64, 'base64')
    const meta = await sharp(jpeg).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 64, 64])
    expect(jpeg.length).toBeLessThan(4096)
    const detail = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '1001' }))
    expect(thumbs[0]!.sha256).toBe(detail.face?.sha256)
  })
})

describe('persons list: CLI', () => {
  it('persons bulk-edit: a department subtree, the count without --yes, the change with it', async () => {
    t = testStation({ onDisk: true })
    await seed()
    await t.station.close()
    const cli = (...args: string[]) => runCli(t.dataDir, args)
    const edit = [
      'persons',
      'bulk-edit',
      '--department',
      'HQ',
      '--sub-departments',
      '--set',
      'department=Plant/Line 2',
      '--set',
      'valid=2027-01-01..2027-06-30',
    ]
    const asked = await cli(...edit)
    expect([asked.code, asked.json]).toEqual([1, { persons: 3, confirmed: false }])
    expect((await cli(...edit, '--yes')).json).toEqual({ persons: 3 })
    t = testStation({ dataDir: t.dataDir, onDisk: true })
    const ann = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '1005' }))
    expect(ann).toMatchObject({
      groupName: 'Plant/Line 2',
      valid: { enable: true, beginTime: '2027-01-01T00:00:00', endTime: '2027-06-30T23:59:59' },
    })
    expect(
      value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '1003' })).groupName,
    ).toBe('HQ2')
    await t.station.close()
    const bad = await cli('persons', 'bulk-edit', '1001', '--set', 'colour=blue', '--yes')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/--set colour/)
    expect((await cli('persons', 'bulk-remove', '1001', '1004', '--yes')).json).toEqual({
      removed: 2,
    })
    t = testStation({ dataDir: t.dataDir, onDisk: true })
    expect((await search({})).total).toBe(3)
  })
})
