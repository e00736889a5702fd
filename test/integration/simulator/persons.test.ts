import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'
import { eventually } from './wait.js'

let fleet: Fleet
let c: DigestClient
const U = '/ISAPI/AccessControl/UserInfo'

const person = (employeeNo: string, name = `P ${employeeNo}`): object => ({
  UserInfo: {
    employeeNo,
    name,
    userType: 'normal',
    Valid: {
      enable: true,
      beginTime: '2024-01-01T00:00:00',
      endTime: '2030-12-31T23:59:59',
      timeType: 'local',
    },
    doorRight: '1',
    RightPlan: [{ doorNo: 1, planTemplateNo: '1' }],
  },
})
const search = (searchID: string, pos: number, max: number, extra: object = {}): object => ({
  UserInfoSearchCond: { searchID, searchResultPosition: pos, maxResults: max, ...extra },
})

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  c = DigestClient.for(fleet.devices[0]!, { reuse: true })
})
afterAll(() => fleet.close())

describe('UserInfo', () => {
  it('empty search is NO MATCH without a list key', async () => {
    const r = await c.post(`${U}/Search?format=json`, search('s0', 0, 30))
    expect(r.json()).toEqual({
      UserInfoSearch: {
        searchID: 's0',
        responseStatusStrg: 'NO MATCH',
        numOfMatches: 0,
        totalMatches: 0,
      },
    })
  })

  it('Record creates; a duplicate is employeeNoAlreadyExist/checkUser with HTTP 400', async () => {
    expect((await c.post(`${U}/Record?format=json`, person('1001', 'Ann Lee'))).json()).toEqual({
      requestURL: `${U}/Record?format=json`,
      statusCode: 1,
      statusString: 'OK',
      subStatusCode: 'ok',
    })
    const dup = await c.post(`${U}/Record?format=json`, person('1001'))
    expect(dup.status).toBe(400)
    expect(dup.json()).toEqual({
      requestURL: `${U}/Record?format=json`,
      statusCode: 6,
      statusString: 'Invalid Content',
      subStatusCode: 'employeeNoAlreadyExist',
      errorCode: 1610637344,
      errorMsg: 'checkUser',
    })
  })

  it('pages with the same searchID: MORE then OK, then NO MATCH past the end', async () => {
    for (let i = 0; i < 34; i++) await c.put(`${U}/SetUp?format=json`, person(String(2000 + i)))
    const p1 = (await c.post(`${U}/Search?format=json`, search('pg', 0, 50))).json<{
      UserInfoSearch: Record<string, unknown> & { UserInfo: unknown[] }
    }>().UserInfoSearch
    // a page is at most what the capabilities state (32 on this profile)
    expect(p1).toMatchObject({ responseStatusStrg: 'MORE', numOfMatches: 32, totalMatches: 35 })
    expect(p1.UserInfo).toHaveLength(32)
    const p2 = (await c.post(`${U}/Search?format=json`, search('pg', 32, 30))).json<{
      UserInfoSearch: Record<string, unknown>
    }>().UserInfoSearch
    expect(p2).toMatchObject({ responseStatusStrg: 'OK', numOfMatches: 3, totalMatches: 35 })
    const p3 = (await c.post(`${U}/Search?format=json`, search('pg', 35, 30))).json<{
      UserInfoSearch: Record<string, unknown>
    }>().UserInfoSearch
    expect(p3).toEqual({
      searchID: 'pg',
      responseStatusStrg: 'NO MATCH',
      numOfMatches: 0,
      totalMatches: 35,
    })
  })

  it('filters by EmployeeNoList and fuzzySearch', async () => {
    const byList = (
      await c.post(
        `${U}/Search?format=json`,
        search('l', 0, 30, { EmployeeNoList: [{ employeeNo: '1001' }, { employeeNo: 'nope' }] }),
      )
    ).json<{ UserInfoSearch: { UserInfo: { name: string }[] } }>()
    expect(byList.UserInfoSearch.UserInfo.map((u) => u.name)).toEqual(['Ann Lee'])
    const fuzzy = (
      await c.post(`${U}/Search?format=json`, search('f', 0, 30, { fuzzySearch: 'ann' }))
    ).json<{ UserInfoSearch: { totalMatches: number } }>()
    expect(fuzzy.UserInfoSearch.totalMatches).toBe(1)
  })

  it('Count reports persons', async () => {
    const r = (await c.get(`${U}/Count?format=json`)).json<{
      UserInfoCount: { userNumber: number }
    }>()
    expect(r.UserInfoCount.userNumber).toBe(35)
  })

  it('Modify changes only sent fields; unknown person is employeeNoNotExist unless addUser', async () => {
    expect(
      (
        await c.put(`${U}/Modify?format=json`, {
          UserInfo: { employeeNo: '1001', gender: 'female' },
        })
      ).status,
    ).toBe(200)
    const st = await fleet.control.state(0)
    expect(st.persons.find((p) => p.employeeNo === '1001')).toMatchObject({
      gender: 'female',
      name: 'Ann Lee',
    })
    const miss = await c.put(`${U}/Modify?format=json`, {
      UserInfo: { employeeNo: 'ghost', name: 'x' },
    })
    expect(miss.status).toBe(400)
    expect(miss.json()).toMatchObject({ statusCode: 6, subStatusCode: 'employeeNoNotExist' })
    expect(
      (
        await c.put(`${U}/Modify?format=json`, {
          UserInfo: { employeeNo: 'ghost', name: 'x', userType: 'normal', addUser: true },
        })
      ).status,
    ).toBe(200)
  })

  it('validates values: badParameters with the field, MessageParametersLack with the node', async () => {
    const long = await c.post(`${U}/Record?format=json`, {
      UserInfo: { employeeNo: 'x'.repeat(33), userType: 'normal' },
    })
    expect(long.json()).toMatchObject({
      subStatusCode: 'badParameters',
      errorCode: 1610612737,
      errorMsg: 'employeeNo',
    })
    const badTime = await c.post(`${U}/Record?format=json`, {
      UserInfo: {
        employeeNo: 'v1',
        userType: 'normal',
        Valid: {
          enable: true,
          beginTime: '2024-01-01T00:00:00+08:00',
          endTime: '2030-01-01T00:00:00',
        },
      },
    })
    expect(badTime.json()).toMatchObject({ subStatusCode: 'badParameters', errorMsg: 'beginTime' })
    const noRoot = await c.post(`${U}/Record?format=json`, { employeeNo: '1' })
    expect(noRoot.json()).toEqual({
      requestURL: `${U}/Record?format=json`,
      statusCode: 6,
      statusString: 'Invalid Content',
      subStatusCode: 'MessageParametersLack',
      errorCode: 1610612761,
      errorMsg: 'UserInfo',
    })
    const badType = await c.post(`${U}/Record?format=json`, {
      UserInfo: { employeeNo: 'v2', userType: 'boss' },
    })
    expect(badType.json()).toMatchObject({ subStatusCode: 'badParameters', errorMsg: 'userType' })
  })

  it('malformed JSON is badJsonFormat; wrong method is methodNotAllowed; GET on Search is a plain 404', async () => {
    const bad = await c.post(`${U}/Record?format=json`, '{"UserInfo":{', 'application/json')
    expect(bad.status).toBe(400)
    expect(bad.json()).toMatchObject({
      statusCode: 5,
      subStatusCode: 'badJsonFormat',
      errorCode: 1342177282,
    })
    const m = await c.post(`${U}/Modify?format=json`, person('1001'))
    expect(m.status).toBe(403)
    expect(m.json()).toMatchObject({ statusCode: 4, subStatusCode: 'methodNotAllowed' })
    const g = await c.get(`${U}/Search?format=json`)
    expect(g.status).toBe(404)
    expect(g.text).toContain('404 -- Not Found')
  })

  it('numeric-only employeeNo on the card controller', async () => {
    const cd = DigestClient.for(fleet.devices[1]!)
    expect((await cd.post(`${U}/Record?format=json`, person('A12'))).json()).toMatchObject({
      subStatusCode: 'badParameters',
      errorMsg: 'employeeNo',
    })
    expect((await cd.post(`${U}/Record?format=json`, person('12'))).status).toBe(200)
  })

  it('memory full answers noMemory and writes nothing', async () => {
    await fleet.control.fault(0, { memoryFull: true })
    const r = await c.post(`${U}/Record?format=json`, person('full-1'))
    expect(r.json()).toMatchObject({ statusCode: 2, subStatusCode: 'noMemory' })
    await fleet.control.clearFaults(0)
    expect((await fleet.control.state(0)).persons.some((p) => p.employeeNo === 'full-1')).toBe(
      false,
    )
  })

  it('UserInfo/Delete with a list deletes those; without a list deletes everyone', async () => {
    await c.put(`${U}/Delete?format=json`, {
      UserInfoDelCond: { EmployeeNoList: [{ employeeNo: '2000' }] },
    })
    expect((await fleet.control.state(0)).counts.persons).toBe(35)
    const noRoot = await c.put(`${U}/Delete?format=json`, {})
    expect(noRoot.json()).toMatchObject({
      subStatusCode: 'MessageParametersLack',
      errorMsg: 'UserInfoDelCond',
    })
    await c.put(`${U}/Delete?format=json`, { UserInfoDelCond: {} })
    expect((await fleet.control.state(0)).counts.persons).toBe(0)
  })

  it('UserInfoDetail/Delete reports processing, then success', async () => {
    await c.put(`${U}/SetUp?format=json`, person('3000'))
    expect(
      (
        await c.put('/ISAPI/AccessControl/UserInfoDetail/Delete?format=json', {
          UserInfoDetail: { mode: 'byEmployeeNo', EmployeeNoList: [{ employeeNo: '3000' }] },
        })
      ).status,
    ).toBe(200)
    const p1 = (await c.get('/ISAPI/AccessControl/UserInfoDetail/DeleteProcess?format=json')).json()
    expect(p1).toEqual({ UserInfoDetailDeleteProcess: { status: 'processing' } })
    await eventually(async () =>
      expect(
        (await c.get('/ISAPI/AccessControl/UserInfoDetail/DeleteProcess?format=json')).json(),
      ).toEqual({ UserInfoDetailDeleteProcess: { status: 'success' } }),
    )
  })
})
