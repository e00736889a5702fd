import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IsapiError, type IsapiClient } from '../../../src/main/isapi/index'
import { client, collect, fleet, rejects, valid, type Fleet } from './helpers'

let f: Fleet
let c: IsapiClient

beforeAll(async () => {
  f = await fleet({ devices: 1, profile: 'face-fp' })
  c = client(f.devices[0]!)
})
afterAll(async () => {
  await c?.close()
  await f?.close()
})

const person = (employeeNo: string, name = `P ${employeeNo}`) => ({
  employeeNo,
  name,
  userType: 'normal',
  valid,
  doorRight: '1',
  rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
})

describe('persons', () => {
  it('add, read back, modify, count, conflict on duplicate, delete', async () => {
    await c.persons.add(person('0042', 'Ann Lee'))
    const got = await c.persons.get('0042')
    expect(got).toMatchObject({
      employeeNo: '0042',
      name: 'Ann Lee',
      userType: 'normal',
      valid: { enable: true, beginTime: '2024-01-01T00:00:00' },
      rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
    })
    const dup = await rejects(c.persons.add(person('0042')))
    expect(dup).toBeInstanceOf(IsapiError)
    expect(dup).toMatchObject({
      code: 'DEVICE_ERROR',
      category: 'conflict',
      subStatusCode: 'employeeNoAlreadyExist',
      errorCode: 1610637344,
      httpStatus: 400,
    })
    await c.persons.modify({ employeeNo: '0042', name: 'Ann Smith' })
    expect((await c.persons.get('0042'))?.name).toBe('Ann Smith')
    const missing = await rejects(c.persons.modify({ employeeNo: 'nobody', name: 'x' }))
    expect(missing).toMatchObject({ subStatusCode: 'employeeNoNotExist', category: 'invalidInput' })
    expect((await c.persons.count()).userNumber).toBeGreaterThanOrEqual(1)
    await c.persons.delete(['0042'])
    expect(await c.persons.get('0042')).toBeUndefined()
    await c.persons.delete(['0042']) // already gone: still success
    await c.cards.delete({ cardNos: ['no-such-card'] })
  })

  it('refuses an empty delete list without sending anything (it would delete everyone)', async () => {
    await c.persons.upsert(person('keep-1'))
    const e = await rejects(c.persons.delete([]))
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', category: 'invalidInput' })
    expect(await c.persons.get('keep-1')).toBeDefined()
    await expect(c.cards.delete({ cardNos: [] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
    await expect(c.faces.delete([])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
    await expect(
      c.persons.deleteFully({ mode: 'byEmployeeNo', employeeNos: [] }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('SetUp is create-or-replace; a 50-page search walks every page with one searchID', async () => {
    const n = 50 * 30
    const ids = Array.from({ length: n }, (_, i) => `S${String(i).padStart(5, '0')}`)
    let next = 0
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (next < ids.length) await c.persons.upsert(person(ids[next++]!))
      }),
    )
    await c.persons.upsert({ ...person('S00000'), name: 'Replaced' })
    const seen = await collect(c.persons.search({ fuzzy: 'S0' }))
    const mine = seen.filter((p) => p.employeeNo.startsWith('S'))
    expect(new Set(mine.map((p) => p.employeeNo)).size).toBe(n)
    expect(mine.find((p) => p.employeeNo === 'S00000')?.name).toBe('Replaced')
    const some = ids.filter((_, i) => i % 17 === 0)
    expect(
      (await collect(c.persons.search({ employeeNos: some }))).map((p) => p.employeeNo).sort(),
    ).toEqual([...some].sort())
    const page = await c.persons.searchPage({
      searchID: 'fixed-id',
      position: 0,
      pageSize: 100,
      fuzzy: 'S0',
    })
    expect(page.items.length).toBeLessThanOrEqual(30)
    expect(page.status).toBe('MORE')
    expect(page.totalMatches).toBe(n)
  }, 60_000)

  it('full delete (UserInfoDetail) polls progress to success', async () => {
    await c.persons.upsert(person('full-1'))
    await c.cards.upsert({ employeeNo: 'full-1', cardNo: '000777' })
    const seen: string[] = []
    await c.persons.deleteFully(
      { mode: 'byEmployeeNo', employeeNos: ['full-1'] },
      { intervalMs: 50, onProgress: (s) => seen.push(s) },
    )
    expect(seen.at(-1)).toBe('success')
    expect(await c.persons.get('full-1')).toBeUndefined()
    expect(await c.cards.count('full-1')).toBe(0)
  })
})

describe('cards', () => {
  it('add keeps leading zeros, search, count, modify, conflict, delete by number and owner', async () => {
    await c.persons.upsert(person('C1'))
    await c.persons.upsert(person('C2'))
    await c.cards.add({ employeeNo: 'C1', cardNo: '0001234567', cardType: 'normalCard' })
    await c.cards.upsert({ employeeNo: 'C1', cardNo: '0009999' })
    await c.cards.add({ employeeNo: 'C2', cardNo: '55' })
    const cards = await collect(c.cards.search({ employeeNos: ['C1'] }))
    expect(cards.map((x) => x.cardNo).sort()).toEqual(['0001234567', '0009999'])
    expect(await c.cards.count('C1')).toBe(2)
    const dup = await rejects(c.cards.add({ employeeNo: 'C2', cardNo: '0001234567' }))
    expect(dup).toMatchObject({
      category: 'conflict',
      subStatusCode: 'cardNoAlreadyExist',
      errorCode: 1610637363,
    })
    await c.cards.modify({ employeeNo: 'C1', cardNo: '0009999', cardType: 'hijackCard' })
    expect((await collect(c.cards.search({ cardNos: ['0009999'] })))[0]?.cardType).toBe(
      'hijackCard',
    )
    await c.cards.delete({ cardNos: ['0001234567'] })
    await c.cards.delete({ employeeNos: ['C2'] })
    expect(await c.cards.count('C1')).toBe(1)
    expect(await c.cards.count('C2')).toBe(0)
    const noOwner = await rejects(c.cards.add({ employeeNo: 'ghost', cardNo: '1' }))
    expect(noOwner).toMatchObject({ subStatusCode: 'employeeNoNotExist' })
  })
})
