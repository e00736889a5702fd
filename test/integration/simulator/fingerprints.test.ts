import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'
import { eventually } from './wait.js'

let fleet: Fleet
let c: DigestClient
const A = '/ISAPI/AccessControl'
const tpl = (seed: number): string => Buffer.alloc(512, seed).toString('base64')
const cfg = (
  employeeNo: string,
  fingerPrintID: number,
  fingerData?: string,
  extra: object = {},
) => ({
  FingerPrintCfg: {
    employeeNo,
    enableCardReader: [1],
    fingerPrintID,
    fingerType: 'normalFP',
    ...(fingerData ? { fingerData } : {}),
    ...extra,
  },
})

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-fp', timing: { asyncOpMs: 150 } })
  c = DigestClient.for(fleet.devices[0]!)
  for (const e of ['1001', '1002'])
    await c.put(`${A}/UserInfo/SetUp?format=json`, {
      UserInfo: { employeeNo: e, userType: 'normal' },
    })
})
afterAll(() => fleet.close())

describe('fingerprints', () => {
  it('SetUp (POST) applies and answers per reader', async () => {
    const r = await c.post(`${A}/FingerPrint/SetUp?format=json`, cfg('1001', 1, tpl(1)))
    expect(r.status).toBe(200)
    expect(r.json()).toEqual({
      FingerPrintStatus: {
        status: 'success',
        StatusList: [{ id: 1, cardReaderRecvStatus: 1, errorMsg: '' }],
        totalStatus: 1,
      },
    })
  })

  it('the same finger for another person is HTTP 200 with cardReaderRecvStatus 5 and the owner', async () => {
    const r = await c.post(`${A}/FingerPrint/SetUp?format=json`, cfg('1002', 1, tpl(1)))
    expect(r.status).toBe(200)
    expect(r.json()).toMatchObject({
      FingerPrintStatus: { StatusList: [{ id: 1, cardReaderRecvStatus: 5, errorMsg: '1001' }] },
    })
  })

  it('PUT is methodNotAllowed; unknown person; bad ID; bad base64', async () => {
    expect(
      (await c.put(`${A}/FingerPrint/SetUp?format=json`, cfg('1001', 2, tpl(2)))).json(),
    ).toMatchObject({ subStatusCode: 'methodNotAllowed' })
    expect(
      (await c.post(`${A}/FingerPrint/SetUp?format=json`, cfg('ghost', 1, tpl(3)))).json(),
    ).toMatchObject({ subStatusCode: 'employeeNoNotExist' })
    expect(
      (await c.post(`${A}/FingerPrint/SetUp?format=json`, cfg('1001', 11, tpl(3)))).json(),
    ).toMatchObject({ subStatusCode: 'badParameters', errorMsg: 'fingerPrintID' })
    expect(
      (await c.post(`${A}/FingerPrint/SetUp?format=json`, cfg('1001', 3, '***'))).json(),
    ).toMatchObject({ subStatusCode: 'badParameters', errorMsg: 'fingerData' })
  })

  it('Download + Progress: totalStatus 0 first, then 1 with the verdict', async () => {
    expect(
      (await c.post(`${A}/FingerPrintDownload?format=json`, cfg('1002', 2, tpl(4)))).json(),
    ).toEqual({
      requestURL: `${A}/FingerPrintDownload?format=json`,
      statusCode: 1,
      statusString: 'OK',
      subStatusCode: 'ok',
    })
    const p0 = (await c.get(`${A}/FingerPrintProgress?format=json`)).json()
    expect(p0).toEqual({
      FingerPrintStatus: {
        StatusList: [{ id: 1, cardReaderRecvStatus: 0, errorMsg: '' }],
        totalStatus: 0,
      },
    })
    await eventually(async () =>
      expect((await c.get(`${A}/FingerPrintProgress?format=json`)).json()).toEqual({
        FingerPrintStatus: {
          StatusList: [{ id: 1, cardReaderRecvStatus: 1, errorMsg: '' }],
          totalStatus: 1,
        },
      }),
    )
  })

  it('Upload iterates fingers of a person until NoFP; Modify edits parameters; counts show in UserInfo', async () => {
    const first = (
      await c.post(`${A}/FingerPrintUpload?format=json`, {
        FingerPrintCond: { searchID: 'u1', employeeNo: '1002', cardReaderNo: 1 },
      })
    ).json<{
      FingerPrintInfo: {
        status: string
        FingerPrintList: { fingerPrintID: number; fingerData: string }[]
      }
    }>()
    expect(first.FingerPrintInfo.status).toBe('OK')
    expect(first.FingerPrintInfo.FingerPrintList[0]).toMatchObject({
      fingerPrintID: 2,
      fingerData: tpl(4),
    })
    const second = (
      await c.post(`${A}/FingerPrintUpload?format=json`, {
        FingerPrintCond: { searchID: 'u1', employeeNo: '1002', cardReaderNo: 1 },
      })
    ).json()
    expect(second).toEqual({ FingerPrintInfo: { searchID: 'u1', status: 'NoFP' } })
    expect(
      (
        await c.post(`${A}/FingerPrintModify?format=json`, {
          FingerPrintModify: {
            employeeNo: '1002',
            cardReaderNo: 1,
            fingerPrintID: 2,
            fingerType: 'hijackFP',
            leaderFP: [],
          },
        })
      ).json(),
    ).toEqual({ FingerPrintStatus: { status: 'success' } })
    expect(
      (await fleet.control.state(0)).fingerprints.find((f) => f.employeeNo === '1002')!.fingerType,
    ).toBe('hijackFP')
  })

  it('Delete (PUT) + DeleteProcess; {} is MessageParametersLack FingerPrintDelete; POST not allowed', async () => {
    expect((await c.put(`${A}/FingerPrint/Delete?format=json`, {})).json()).toMatchObject({
      subStatusCode: 'MessageParametersLack',
      errorMsg: 'FingerPrintDelete',
    })
    expect((await c.post(`${A}/FingerPrint/Delete?format=json`, {})).json()).toMatchObject({
      subStatusCode: 'methodNotAllowed',
    })
    await c.put(`${A}/FingerPrint/Delete?format=json`, {
      FingerPrintDelete: {
        mode: 'byEmployeeNo',
        EmployeeNoDetail: { employeeNo: '1001', enableCardReader: [1], fingerPrintID: [1] },
      },
    })
    // processing until the terminal is done (on a loaded machine it may already be done)
    const statuses: string[] = []
    for (let i = 0; i < 100 && statuses.at(-1) !== 'success'; i++) {
      const r = (await c.get(`${A}/FingerPrint/DeleteProcess?format=json`)).json<{
        FingerPrintDeleteProcess: { status: string }
      }>()
      statuses.push(r.FingerPrintDeleteProcess.status)
      if (statuses.at(-1) === 'processing') await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(statuses.at(-1)).toBe('success')
    expect(statuses.every((s) => s === 'processing' || s === 'success')).toBe(true)
    expect((await fleet.control.state(0)).fingerprints.map((f) => f.employeeNo)).toEqual(['1002'])
  })

  it('a finger at the reader: enrolled person passes (5/38), unknown finger fails (5/39)', async () => {
    const [ok] = await fleet.control.triggerEvent(0, { kind: 'finger', employeeNo: '1002' })
    expect(ok).toMatchObject({ major: 5, minor: 38, employeeNoString: '1002' })
    const [ko] = await fleet.control.triggerEvent(0, {
      kind: 'finger',
      employeeNo: '1002',
      match: false,
    })
    expect(ko).toMatchObject({ major: 5, minor: 39 })
  })

  it('a profile without fingerprint answers notSupport', async () => {
    const f = await startFleet({ profile: 'face-lite' })
    try {
      const r = await DigestClient.for(f.devices[0]!).post(
        `${A}/FingerPrint/SetUp?format=json`,
        cfg('1', 1, tpl(1)),
      )
      expect(r.json()).toMatchObject({ statusCode: 4, subStatusCode: 'notSupport' })
    } finally {
      await f.close()
    }
  })
})
