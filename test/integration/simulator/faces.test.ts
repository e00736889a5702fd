import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { syntheticFace } from '../../../src/simulator/media/synth.js'
import { DigestClient } from './digest-client.js'
import { faceMultipart } from './multipart-body.js'

let fleet: Fleet
let c: DigestClient
let jpeg: Buffer
const FD = '/ISAPI/Intelligent/FDLib'
const upload = (
  emp: string,
  pic: Buffer,
  path = `${FD}/FaceDataRecord?format=json`,
  method: 'POST' | 'PUT' = 'POST',
  name = 'FaceImage',
) => {
  const m = faceMultipart({ faceLibType: 'blackFD', FDID: '1', FPID: emp }, pic, name)
  return c.request(method, path, m.body, m.contentType)
}

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-fp' })
  c = DigestClient.for(fleet.devices[0]!)
  jpeg = await syntheticFace(1)
  for (const e of ['1001', '1002', '1003'])
    await c.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
      UserInfo: { employeeNo: e, name: `N${e}`, userType: 'normal' },
    })
})
afterAll(() => fleet.close())

describe('FDLib', () => {
  it('lists the factory libraries flat with status fields', async () => {
    const r = (await c.get(`${FD}?format=json`)).json<Record<string, unknown>>()
    expect(Object.keys(r)).toEqual([
      'requestURL',
      'statusCode',
      'statusString',
      'subStatusCode',
      'FDLib',
    ])
    expect(r).toMatchObject({ statusCode: 1, subStatusCode: 'ok' })
    expect(r.FDLib).toEqual([
      { FDID: '1', faceLibType: 'blackFD', name: '' },
      { FDID: '2', faceLibType: 'infraredFD', name: '' },
    ])
  })

  it('FaceDataRecord (multipart) stores the face; the second is deviceUserAlreadyExistFace', async () => {
    const r = await upload('1001', jpeg)
    expect(r.status).toBe(200)
    expect(r.json()).toEqual({
      requestURL: '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
      statusCode: 1,
      statusString: 'OK',
      subStatusCode: 'ok',
      FPID: '1001',
    })
    expect(Object.keys(r.json())[0]).toBe('requestURL')
    const again = await upload('1001', jpeg, undefined, 'POST', 'img')
    expect(again.status).toBe(400)
    expect(again.json()).toMatchObject({
      statusCode: 6,
      subStatusCode: 'deviceUserAlreadyExistFace',
    })
  })

  it('the face URL serves the same bytes with digest auth; person search shows numOfFace and faceURL', async () => {
    const s = (
      await c.post('/ISAPI/AccessControl/UserInfo/Search?format=json', {
        UserInfoSearchCond: {
          searchID: 'x',
          searchResultPosition: 0,
          maxResults: 30,
          EmployeeNoList: [{ employeeNo: '1001' }],
        },
      })
    ).json<{ UserInfoSearch: { UserInfo: { numOfFace: number; faceURL: string }[] } }>()
    const u = s.UserInfoSearch.UserInfo[0]!
    expect(u.numOfFace).toBe(1)
    expect(u.faceURL).toMatch(/\/LOCALS\/pic\/enrlFace\/0\/\d{10}\.jpg@WEB\d{12}$/)
    const path = new URL(u.faceURL).pathname + new URL(u.faceURL).search
    const unauth = await c.raw('GET', path)
    expect(unauth.status).toBe(401)
    const pic = await c.get(path.replace(/%40/g, '@'))
    expect(pic.headers.get('content-type')).toBe('image/jpeg')
    expect(pic.buf.equals(jpeg)).toBe(true)
  })

  it('FDSetUp replaces; deleteFP removes', async () => {
    const other = await syntheticFace(2)
    expect((await upload('1001', other, `${FD}/FDSetUp?format=json`, 'PUT')).status).toBe(200)
    let st = await fleet.control.state(0)
    expect(st.faces.find((f) => f.FPID === '1001')!.bytes).toBe(other.length)
    await c.put(`${FD}/FDSetUp?format=json`, {
      faceLibType: 'blackFD',
      FDID: '1',
      FPID: '1001',
      deleteFP: true,
    })
    st = await fleet.control.state(0)
    expect(st.faces).toHaveLength(0)
  })

  it('URL mode downloads the picture from a loopback host', async () => {
    const host = createServer((_q, s) => s.end(jpeg)).listen(0, '127.0.0.1')
    await new Promise((r) => host.once('listening', r))
    const url = `http://127.0.0.1:${(host.address() as AddressInfo).port}/f.jpg`
    try {
      const r = await c.post(`${FD}/FaceDataRecord?format=json`, {
        faceURL: url,
        faceLibType: 'blackFD',
        FDID: '1',
        FPID: '1002',
      })
      expect(r.json()).toMatchObject({ statusCode: 1, FPID: '1002' })
    } finally {
      host.close()
    }
  })

  it('picture checks: not a JPEG, too large, too many pixels, too few pixels', async () => {
    const png = await sharp({
      create: { width: 200, height: 200, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer()
    expect((await upload('1003', png)).json()).toMatchObject({
      statusCode: 6,
      subStatusCode: 'SubpicAnalysisModelingError',
      errorCode: 1610612791,
      errorMsg: 'saveFacePic',
    })
    const noisy = await sharp(
      Buffer.from(Array.from({ length: 900 * 900 * 3 }, (_, i) => (i * 7919) % 251)),
      { raw: { width: 900, height: 900, channels: 3 } },
    )
      .jpeg({ quality: 100 })
      .toBuffer()
    expect((await upload('1003', noisy)).json()).toMatchObject({
      statusCode: 3,
      subStatusCode: 'pictureSizeExceedLimit',
    })
    const huge = await sharp({
      create: { width: 2400, height: 2000, channels: 3, background: '#888' },
    })
      .jpeg({ quality: 30 })
      .toBuffer()
    expect((await upload('1003', huge)).json()).toMatchObject({
      subStatusCode: 'picturePixelsTooLarge',
    })
    const tiny = await sharp({ create: { width: 60, height: 60, channels: 3, background: '#888' } })
      .jpeg({ quality: 100 })
      .withMetadata()
      .toBuffer()
    const padded = Buffer.concat([
      tiny.subarray(0, 2),
      Buffer.from([0xff, 0xfe, 0x04, 0x02]),
      Buffer.alloc(1024, 0x20),
      tiny.subarray(2),
    ])
    expect((await upload('1003', padded)).json()).toMatchObject({
      subStatusCode: 'picturePixelsTooSmall',
    })
    expect((await fleet.control.state(0)).faces.some((f) => f.FPID === '1003')).toBe(false)
  })

  it('fault: the next picture fails modelling, the one after passes', async () => {
    await fleet.control.fault(0, { faceModelingFail: 1 })
    const m = faceMultipart({ faceLibType: 'blackFD', FDID: '1', FPID: '1003' }, jpeg)
    const first = await c.request('PUT', `${FD}/FDSetUp?format=json`, m.body, m.contentType)
    expect(first.json()).toMatchObject({
      statusCode: 6,
      subStatusCode: 'SubpicAnalysisModelingError',
      errorMsg: 'saveFacePic',
    })
    expect(
      (await c.request('PUT', `${FD}/FDSetUp?format=json`, m.body, m.contentType)).status,
    ).toBe(200)
    await c.put(`${FD}/FDSetUp?format=json`, {
      faceLibType: 'blackFD',
      FDID: '1',
      FPID: '1003',
      deleteFP: true,
    })
  })

  it('face for an unknown person, wrong library, missing image part, truncated multipart', async () => {
    expect((await upload('nobody', jpeg)).json()).toMatchObject({
      subStatusCode: 'employeeNoNotExist',
    })
    const wrongLib = faceMultipart({ faceLibType: 'blackFD', FDID: '9', FPID: '1003' }, jpeg)
    expect(
      (
        await c.post(`${FD}/FaceDataRecord?format=json`, wrongLib.body, wrongLib.contentType)
      ).json(),
    ).toMatchObject({ statusCode: 4, subStatusCode: 'libraryNotExist' })
    const m = faceMultipart({ faceLibType: 'blackFD', FDID: '1', FPID: '1003' }, jpeg)
    const truncated = await c.post(
      `${FD}/FaceDataRecord?format=json`,
      m.body.subarray(0, 300),
      m.contentType,
    )
    expect(truncated.status).toBe(400)
    const noImg = await c.post(`${FD}/FaceDataRecord?format=json`, {
      faceLibType: 'blackFD',
      FDID: '1',
      FPID: '1003',
    })
    expect(noImg.json()).toMatchObject({
      subStatusCode: 'MessageParametersLack',
      errorMsg: 'faceURL',
    })
  })

  it('FDSearch pages flat; empty is NO MATCHES; edit and delete by FPID', async () => {
    await upload('1003', jpeg)
    const s = (
      await c.post(`${FD}/FDSearch?format=json`, {
        searchResultPosition: 0,
        maxResults: 30,
        faceLibType: 'blackFD',
        FDID: '1',
      })
    ).json<Record<string, unknown> & { MatchList: { FPID: string; name: string }[] }>()
    expect(s).toMatchObject({
      statusCode: 1,
      responseStatusStrg: 'OK',
      numOfMatches: 2,
      totalMatches: 2,
    })
    expect(s.MatchList.map((m) => m.FPID).sort()).toEqual(['1002', '1003'])
    expect(
      (
        await c.put(`${FD}/FDSearch?format=json&FDID=1&FPID=1003&faceLibType=blackFD`, {
          name: 'Renamed',
          bornTime: '1990-01-01',
        })
      ).status,
    ).toBe(200)
    const one = (
      await c.post(`${FD}/FDSearch?format=json`, {
        searchResultPosition: 0,
        maxResults: 30,
        faceLibType: 'blackFD',
        FDID: '1',
        FPID: '1003',
      })
    ).json<{ MatchList: { name: string }[] }>()
    expect(one.MatchList[0]!.name).toBe('Renamed')
    await c.put(`${FD}/FDSearch/Delete?format=json&FDID=1&faceLibType=blackFD`, {
      FPID: [{ value: '1002' }, { value: '1003' }],
    })
    const none = (
      await c.post(`${FD}/FDSearch?format=json`, {
        searchResultPosition: 0,
        maxResults: 30,
        faceLibType: 'blackFD',
        FDID: '1',
      })
    ).json()
    expect(none).toMatchObject({
      responseStatusStrg: 'NO MATCHES',
      numOfMatches: 0,
      totalMatches: 0,
    })
    expect(none).not.toHaveProperty('MatchList')
  })

  it('libraries: create, duplicate name, count, delete', async () => {
    const r = (
      await c.post(`${FD}?format=json`, {
        faceLibType: 'staticFD',
        name: 'Visitors',
        customInfo: 'v1',
      })
    ).json<{ FDID: string }>()
    expect(r).toMatchObject({ statusCode: 1, FDID: '3' })
    expect(r).not.toHaveProperty('errorCode')
    expect(
      (await c.post(`${FD}?format=json`, { faceLibType: 'staticFD', name: 'Visitors' })).json(),
    ).toMatchObject({ subStatusCode: 'duplicateLibraryName' })
    const cnt = (await c.get(`${FD}/Count?format=json&FDID=3&faceLibType=staticFD`)).json()
    expect(cnt).toMatchObject({
      FDID: '3',
      faceLibType: 'staticFD',
      name: 'Visitors',
      recordDataNumber: 0,
    })
    expect((await c.del(`${FD}?format=json&FDID=3&faceLibType=staticFD`)).status).toBe(200)
    expect((await c.del(`${FD}?format=json&FDID=3&faceLibType=staticFD`)).json()).toMatchObject({
      subStatusCode: 'libraryNotExist',
    })
  })

  it('creating a library beyond FDMaxNum is faceLibraryNumError (HTTP 400, statusCode 6, 1610612781)', async () => {
    const caps = (await c.get(`${FD}/capabilities?format=json`)).json<{ FDMaxNum: number }>()
    const listed = async (): Promise<number> =>
      (await c.get(`${FD}?format=json`)).json<{ FDLib: unknown[] }>().FDLib.length
    const made: string[] = []
    while ((await listed()) < caps.FDMaxNum) {
      const r = await c.post(`${FD}?format=json`, {
        faceLibType: 'staticFD',
        name: `L${made.length}`,
      })
      expect(r.status).toBe(200)
      made.push(r.json<{ FDID: string }>().FDID)
    }
    const over = await c.post(`${FD}?format=json`, {
      faceLibType: 'staticFD',
      name: 'One too many',
    })
    expect(over.status).toBe(400)
    expect(over.json()).toEqual({
      requestURL: `${FD}?format=json`,
      statusCode: 6,
      statusString: 'Invalid Content',
      subStatusCode: 'faceLibraryNumError',
      errorCode: 1610612781,
      errorMsg: 'faceLibraryNumError',
    })
    expect(await listed()).toBe(caps.FDMaxNum)
    for (const id of made) await c.del(`${FD}?format=json&FDID=${id}&faceLibType=staticFD`)
  })

  it('a profile without face answers notSupport', async () => {
    const f = await startFleet({ profile: 'card-door' })
    try {
      const r = await DigestClient.for(f.devices[0]!).get(`${FD}?format=json`)
      expect(r.status).toBe(403)
      expect(r.json()).toMatchObject({
        statusCode: 4,
        subStatusCode: 'notSupport',
        errorCode: 1073741825,
      })
    } finally {
      await f.close()
    }
  })
})

describe('face capacity', () => {
  it('one face past the library capacity is noMemory; a person deleted frees their place', async () => {
    const f = await startFleet({ profile: 'face-fp', capacity: { faces: 2 } })
    try {
      const fc = DigestClient.for(f.devices[0]!, { reuse: true })
      const send = (emp: string) => {
        const m = faceMultipart({ faceLibType: 'blackFD', FDID: '1', FPID: emp }, jpeg)
        return fc.request('POST', `${FD}/FaceDataRecord?format=json`, m.body, m.contentType)
      }
      for (const e of ['1', '2', '3'])
        await fc.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
          UserInfo: { employeeNo: e, userType: 'normal' },
        })
      expect((await send('1')).status).toBe(200)
      expect((await send('2')).status).toBe(200)
      const over = await send('3')
      expect(over.json()).toMatchObject({ subStatusCode: 'noMemory', errorMsg: 'deviceFaceFull' })
      await fc.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
        UserInfo: { employeeNo: '1', deleteUser: true },
      })
      expect((await send('3')).status).toBe(200)
      expect((await f.control.state(0)).faces.map((x) => x.FPID).sort()).toEqual(['2', '3'])
    } finally {
      await f.close()
    }
  })
})
