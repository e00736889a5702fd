import sharp from 'sharp'
import { plainFace } from '../../helpers/plain-face'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportReport, PersonDetail } from '../../../src/shared/model'
import type { PersonFileReport } from '../../../src/shared/contract/person-files'
import { testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let t: TestStation
afterEach(async () => t?.station.close())

const jpeg = (w: number, h: number, quality = 80) =>
  plainFace(w, h, { r: 180, g: 140, b: 120 }, quality)

describe('roster', () => {
  it('creates, reads and updates a person; keeps createdAt; seals the PIN', async () => {
    let clock = new Date('2026-01-01T08:00:00Z')
    t = testStation({ clock: { now: () => clock } })
    const created = value<PersonDetail>(
      await t.station.call('persons.save', {
        employeeNo: '0042',
        name: 'Ann Lee',
        pin: '123456',
        groupName: 'Staff',
      }),
    )
    expect(created).toMatchObject({
      employeeNo: '0042',
      name: 'Ann Lee',
      hasPin: true,
      userType: 'normal',
      doorRights: [1],
      cards: [],
      face: null,
    })
    expect(created).not.toHaveProperty('pin')
    clock = new Date('2026-02-01T08:00:00Z')
    const updated = value<PersonDetail>(
      await t.station.call('persons.save', {
        employeeNo: '0042',
        name: 'Ann Lee-Park',
        doorRights: [2, 1, 2],
      }),
    )
    expect(updated).toMatchObject({
      name: 'Ann Lee-Park',
      createdAt: '2026-01-01T08:00:00.000Z',
      updatedAt: '2026-02-01T08:00:00.000Z',
      hasPin: true,
      doorRights: [1, 2],
    })
  })

  it('refuses to create over an existing employee number when asked to create', async () => {
    t = testStation()
    value(await t.station.call('persons.save', { employeeNo: '9', name: 'First', create: true }))
    expect(
      await t.station.call('persons.save', { employeeNo: '9', name: 'Second', create: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { name: 'First' } },
    })
    expect(value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '9' })).name).toBe(
      'First',
    )
  })

  it('keeps card numbers as strings with their leading zeros and refuses a card owned by someone else', async () => {
    t = testStation()
    await t.station.call('persons.save', { employeeNo: '1', name: 'A' })
    await t.station.call('persons.save', { employeeNo: '2', name: 'B' })
    const a = value<PersonDetail>(
      await t.station.call('persons.addCard', { employeeNo: '1', cardNo: '0001234567' }),
    )
    expect(a.cards).toEqual([{ employeeNo: '1', cardNo: '0001234567', cardType: 'normalCard' }])
    expect(
      await t.station.call('persons.addCard', { employeeNo: '2', cardNo: '0001234567' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { owner: '1' } } })
    expect(
      await t.station.call('persons.addCard', { employeeNo: '9', cardNo: '55' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(
      await t.station.call('persons.addCard', { employeeNo: '1', cardNo: '12 34' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })

  it('searches by employeeNo, name or card: prefix for short queries, anywhere for longer ones, in roster order', async () => {
    t = testStation()
    for (const [no, name, card] of [
      ['1001', 'Ann Lee', '3308812528'],
      ['1002', 'Bob Annerson', '0000012345'],
      ['2001', 'Chen Wei', '7777'],
      ['100', 'Dana', ''],
    ] as const) {
      await t.station.call('persons.save', { employeeNo: no, name })
      if (card) await t.station.call('persons.addCard', { employeeNo: no, cardNo: card })
    }
    const nos = async (query: string) =>
      value<{ total: number; items: { employeeNo: string }[] }>(
        await t.station.call('persons.search', { query }),
      ).items.map((p) => p.employeeNo)
    expect(await nos('10')).toEqual(['1001', '1002', '100']) // roster order: the order persons were added
    expect(await nos('100')).toEqual(['1001', '1002', '100'])
    expect(await nos('ann')).toEqual(['1001', '1002']) // name contains, any case
    expect(await nos('881252')).toEqual(['1001']) // card contains
    expect(await nos('00000123')).toEqual(['1002']) // card with leading zeros
    expect(await nos('wei')).toEqual(['2001'])
    expect(await nos('ch')).toEqual(['2001']) // name prefix, any case
    expect(await nos('zz')).toEqual([])
    expect(await nos('"')).toEqual([]) // FTS syntax characters are plain text
    const page = value<{ total: number; items: unknown[] }>(
      await t.station.call('persons.search', { query: '', limit: 2, offset: 1 }),
    )
    expect(page.total).toBe(4)
    expect(page.items).toHaveLength(2)
  })

  it('removes a person with every credential, announces it and audits it', async () => {
    t = testStation()
    const changes: string[][] = []
    t.station.subscribe((event, payload) => {
      if (event === 'roster.changed')
        changes.push((payload as { employeeNos: string[] }).employeeNos)
    })
    await t.station.call('persons.save', { employeeNo: '5', name: 'E' })
    await t.station.call('persons.addCard', { employeeNo: '5', cardNo: '42' })
    await t.station.call('persons.setFace', {
      employeeNo: '5',
      jpegBase64: (await jpeg(300, 400)).toString('base64'),
      source: 'file',
    })
    expect(await t.station.call('persons.remove', { employeeNo: '5' })).toEqual({
      ok: true,
      value: { removed: true },
    })
    expect(await t.station.call('persons.get', { employeeNo: '5' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await t.station.call('persons.remove', { employeeNo: '5' })).toEqual({
      ok: true,
      value: { removed: false },
    })
    const info = value<{ counts: Record<string, number> }>(await t.station.call('station.info', {}))
    expect(info.counts).toMatchObject({ persons: 0, cards: 0, faces: 0 })
    expect(changes).toEqual([['5'], ['5'], ['5'], ['5']])
  })
})

describe('face pictures', () => {
  it('stores a JPEG that already fits untouched', async () => {
    t = testStation()
    await t.station.call('persons.save', { employeeNo: '1', name: 'A' })
    const input = await jpeg(480, 640)
    const person = value<PersonDetail>(
      await t.station.call('persons.setFace', {
        employeeNo: '1',
        jpegBase64: input.toString('base64'),
        source: 'file',
      }),
    )
    expect(person.face).toMatchObject({
      width: 480,
      height: 640,
      bytes: input.length,
      source: 'file',
    })
    const face = value<{ jpegBase64: string }>(
      await t.station.call('persons.face', { employeeNo: '1' }),
    )
    expect(Buffer.from(face.jpegBase64, 'base64').equals(input)).toBe(true)
  })

  it('re-encodes a large PNG into a JPEG within 200 KB and 1024 px', async () => {
    t = testStation()
    await t.station.call('persons.save', { employeeNo: '1', name: 'A' })
    const noisy = Buffer.alloc(2400 * 1800 * 3)
    for (let i = 0; i < noisy.length; i++) noisy[i] = (i * 2654435761) >>> 24
    const png = await sharp(noisy, { raw: { width: 2400, height: 1800, channels: 3 } })
      .png()
      .toBuffer()
    const person = value<PersonDetail>(
      await t.station.call('persons.setFace', {
        employeeNo: '1',
        jpegBase64: png.toString('base64'),
        source: 'file',
      }),
    )
    expect(person.face!.bytes).toBeLessThanOrEqual(200 * 1024)
    expect(Math.max(person.face!.width, person.face!.height)).toBeLessThanOrEqual(1024)
    const stored = Buffer.from(
      value<{ jpegBase64: string }>(await t.station.call('persons.face', { employeeNo: '1' }))
        .jpegBase64,
      'base64',
    )
    expect((await sharp(stored).metadata()).format).toBe('jpeg')
  })

  it('refuses a picture too small to model, and a file that is not a picture, keeping the old face', async () => {
    t = testStation()
    await t.station.call('persons.save', { employeeNo: '1', name: 'A' })
    await t.station.call('persons.setFace', {
      employeeNo: '1',
      jpegBase64: (await jpeg(300, 300)).toString('base64'),
      source: 'file',
    })
    const small = await t.station.call('persons.setFace', {
      employeeNo: '1',
      jpegBase64: (await jpeg(60, 60)).toString('base64'),
      source: 'file',
    })
    expect(small).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', details: { reason: { code: 'faceTooSmall' }, width: 60 } },
    })
    const junk = await t.station.call('persons.setFace', {
      employeeNo: '1',
      jpegBase64: Buffer.from('hello, not a jpeg').toString('base64'),
      source: 'file',
    })
    expect(junk).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', details: { reason: { code: 'faceNotAnImage' } } },
    })
    expect(
      value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '1' })).face,
    ).toMatchObject({ width: 300, height: 300 })
  })
})

describe('CSV import', () => {
  it('imports a clean file in one go, creating and updating by employeeNo', async () => {
    t = testStation()
    await t.station.call('persons.save', { employeeNo: '0001', name: 'Old Name' })
    const csv =
      'employeeNo,name,group,cards,validFrom,validTo\n0001,Ann Lee,Staff,0012345;777,,\n0002,"Bo, Jr.",Visitors,,2026-01-01T00:00:00,2026-12-31T23:59:59\n'
    const report = value<ImportReport>(await t.station.call('persons.import', { csv }))
    expect(report).toEqual({ rows: 2, created: 1, updated: 1, cards: 2, cardsRemoved: 0 })
    const ann = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '0001' }))
    expect(ann).toMatchObject({ name: 'Ann Lee', groupName: 'Staff' })
    expect(ann.cards.map((c) => c.cardNo)).toEqual(['0012345', '777'])
    expect(
      value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '0002' })).valid,
    ).toEqual({
      enable: true,
      beginTime: '2026-01-01T00:00:00',
      endTime: '2026-12-31T23:59:59',
      timeType: 'local',
    })
  })

  it('refuses a file with bad rows, naming their lines, and imports nothing', async () => {
    t = testStation()
    const csv = 'employeeNo,name,cards\n1,Ann,\n,NoNumber,\n3,Cy,12-34\n4,Di,99\n5,Ed,99\n'
    const result = await t.station.call('persons.import', { csv })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    if (result.ok) throw new Error('the import should have been refused')
    // read like a person file: the problems by row (the header is row 1) and column
    const { problems } = (result.error.details as { report: PersonFileReport }).report
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'employeeNo', 'required'],
      [4, 'cards', 'cardNo'],
      [6, 'cards', 'cardTwice'],
    ])
    expect(value<{ total: number }>(await t.station.call('persons.search', {})).total).toBe(0)
  })

  it('rolls back when a card already belongs to someone in the roster', async () => {
    t = testStation()
    await t.station.call('persons.save', { employeeNo: 'x', name: 'X' })
    await t.station.call('persons.addCard', { employeeNo: 'x', cardNo: '500' })
    const result = await t.station.call('persons.import', {
      csv: 'employeeNo,name,cards\n1,A,\n2,B,500\n',
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGS',
        details: { report: { problems: [{ row: 3, column: 'cards', code: 'cardOwned' }] } },
      },
    })
    expect(value<{ total: number }>(await t.station.call('persons.search', {})).total).toBe(1)
  })

  it('needs employeeNo and name columns', async () => {
    t = testStation()
    expect(
      await t.station.call('persons.import', { csv: 'id_card,fullname\n1,A\n' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })
})

describe('roster filters', () => {
  it('filters by group, type and credentials, alone or with a query', async () => {
    t = testStation()
    await t.station.call('persons.save', { employeeNo: '1', name: 'Ann Day', groupName: 'Day' })
    await t.station.call('persons.save', {
      employeeNo: '2',
      name: 'Ann Night',
      groupName: 'Night',
      userType: 'visitor',
    })
    await t.station.call('persons.save', { employeeNo: '3', name: 'Bo Night', groupName: 'Night' })
    await t.station.call('persons.addCard', { employeeNo: '3', cardNo: '333' })
    const nos = async (args: object) =>
      value<{ total: number; items: { employeeNo: string }[] }>(
        await t.station.call('persons.search', args),
      ).items.map((p) => p.employeeNo)
    expect(await nos({ groupName: 'Night' })).toEqual(['2', '3'])
    expect(await nos({ userType: 'visitor' })).toEqual(['2'])
    expect(await nos({ has: 'card' })).toEqual(['3'])
    expect(await nos({ lacks: 'card' })).toEqual(['1', '2'])
    expect(await nos({ query: 'ann', groupName: 'Night' })).toEqual(['2'])
    expect(await nos({ query: 'an', lacks: 'face' })).toEqual(['1', '2'])
    expect(
      value<{ total: number }>(
        await t.station.call('persons.search', { query: 'night', has: 'card' }),
      ).total,
    ).toBe(1)
  })
})
