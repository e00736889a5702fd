import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'

let fleet: Fleet
let c: DigestClient
const C = '/ISAPI/AccessControl/CardInfo'

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-lite' })
  c = DigestClient.for(fleet.devices[0]!)
  await c.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
    UserInfo: { employeeNo: '1001', userType: 'normal' },
  })
  await c.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
    UserInfo: { employeeNo: '1002', userType: 'normal' },
  })
})
afterAll(() => fleet.close())

describe('CardInfo', () => {
  it('Record binds a card; duplicate number is cardNoAlreadyExist 1610637363', async () => {
    expect(
      (
        await c.post(`${C}/Record?format=json`, {
          CardInfo: { employeeNo: '1001', cardNo: '3308812528', cardType: 'normalCard' },
        })
      ).status,
    ).toBe(200)
    const dup = await c.post(`${C}/Record?format=json`, {
      CardInfo: { employeeNo: '1002', cardNo: '3308812528', cardType: 'normalCard' },
    })
    expect(dup.status).toBe(400)
    expect(dup.json()).toMatchObject({
      statusCode: 6,
      subStatusCode: 'cardNoAlreadyExist',
      errorCode: 1610637363,
    })
  })

  it('a card for an unknown person is employeeNoNotExist', async () => {
    const r = await c.post(`${C}/Record?format=json`, {
      CardInfo: { employeeNo: 'nobody', cardNo: '1', cardType: 'normalCard' },
    })
    expect(r.json()).toMatchObject({ subStatusCode: 'employeeNoNotExist' })
  })

  it('profile card types only', async () => {
    const r = await c.post(`${C}/Record?format=json`, {
      CardInfo: { employeeNo: '1001', cardNo: '77', cardType: 'superCard' },
    })
    expect(r.json()).toMatchObject({ subStatusCode: 'badParameters', errorMsg: 'cardType' })
  })

  it('search and count by person', async () => {
    await c.put(`${C}/SetUp?format=json`, {
      CardInfo: { employeeNo: '1002', cardNo: '555', cardType: 'normalCard' },
    })
    const s = (
      await c.post(`${C}/Search?format=json`, {
        CardInfoSearchCond: {
          searchID: 'c1',
          searchResultPosition: 0,
          maxResults: 30,
          EmployeeNoList: [{ employeeNo: '1001' }],
        },
      })
    ).json()
    expect(s).toEqual({
      CardInfoSearch: {
        searchID: 'c1',
        responseStatusStrg: 'OK',
        numOfMatches: 1,
        totalMatches: 1,
        CardInfo: [
          { employeeNo: '1001', cardNo: '3308812528', cardType: 'normalCard', leaderCard: '' },
        ],
      },
    })
    expect((await c.get(`${C}/Count?format=json`)).json()).toEqual({
      CardInfoCount: { cardNumber: 2 },
    })
    expect((await c.get(`${C}/Count?format=json&employeeNo=1002`)).json()).toEqual({
      CardInfoCount: { cardNumber: 1 },
    })
  })

  it('per-person limit from the profile', async () => {
    for (let i = 0; i < 4; i++)
      expect(
        (
          await c.post(`${C}/Record?format=json`, {
            CardInfo: { employeeNo: '1001', cardNo: `90${i}`, cardType: 'normalCard' },
          })
        ).status,
      ).toBe(200)
    const over = await c.post(`${C}/Record?format=json`, {
      CardInfo: { employeeNo: '1001', cardNo: '999', cardType: 'normalCard' },
    })
    expect(over.status).toBe(400)
    expect(over.json()).toMatchObject({ statusCode: 6 })
  })

  it('Modify unknown card fails; SetUp deleteCard removes; Delete by list; person delete cascades', async () => {
    expect(
      (
        await c.put(`${C}/Modify?format=json`, { CardInfo: { employeeNo: '1001', cardNo: 'zz1' } })
      ).json(),
    ).toMatchObject({ subStatusCode: 'cardNoNotExist' })
    await c.put(`${C}/SetUp?format=json`, {
      CardInfo: { employeeNo: '1001', cardNo: '900', deleteCard: true },
    })
    await c.put(`${C}/Delete?format=json`, { CardInfoDelCond: { CardNoList: [{ cardNo: '901' }] } })
    let st = await fleet.control.state(0)
    expect(st.cards.map((x) => x.cardNo).sort()).toEqual(['3308812528', '555', '902', '903'])
    await c.put('/ISAPI/AccessControl/UserInfo/Delete?format=json', {
      UserInfoDelCond: { EmployeeNoList: [{ employeeNo: '1001' }] },
    })
    st = await fleet.control.state(0)
    expect(st.cards.map((x) => x.cardNo)).toEqual(['555'])
  })

  it('not supported on a profile without the feature: notSupport', async () => {
    const f = await startFleet({ profile: 'card-door' })
    try {
      const r = await DigestClient.for(f.devices[0]!).get(
        '/ISAPI/Intelligent/FDLib/capabilities?format=json',
      )
      expect([403, 404]).toContain(r.status)
    } finally {
      await f.close()
    }
  })
})

describe('profile capacity', () => {
  it('the profile states its capacity; one past it is noMemory and nothing is written', async () => {
    const lite = await startFleet({ profile: 'face-lite' })
    try {
      const caps = (
        await DigestClient.for(lite.devices[0]!).get(
          '/ISAPI/AccessControl/UserInfo/capabilities?format=json',
        )
      ).json<{ UserInfo: { maxRecordNum: number } }>()
      expect(caps.UserInfo.maxRecordNum).toBe(1500)
    } finally {
      await lite.close()
    }
    const f = await startFleet({ profile: 'face-lite', capacity: { persons: 20 } })
    try {
      const lc = DigestClient.for(f.devices[0]!, { reuse: true })
      for (let i = 0; i < 20; i++)
        expect(
          (
            await lc.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
              UserInfo: { employeeNo: String(i), userType: 'normal' },
            })
          ).status,
        ).toBe(200)
      const over = await lc.post('/ISAPI/AccessControl/UserInfo/Record?format=json', {
        UserInfo: { employeeNo: 'x', userType: 'normal' },
      })
      expect(over.json()).toMatchObject({ statusCode: 2, subStatusCode: 'noMemory' })
      expect(
        (await lc.get('/ISAPI/AccessControl/UserInfo/Count?format=json')).json(),
      ).toMatchObject({ UserInfoCount: { userNumber: 20 } })
      expect(
        (
          await lc.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
            UserInfo: { employeeNo: '7', userType: 'normal', name: 'still editable' },
          })
        ).status,
      ).toBe(200)
    } finally {
      await f.close()
    }
  })
})
