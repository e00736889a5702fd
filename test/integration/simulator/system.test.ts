import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'
import { eventually } from './wait.js'

let fleet: Fleet
let c: DigestClient
const X = (root: string, inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><${root} version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">${inner}</${root}>`

beforeAll(async () => {
  fleet = await startFleet({
    devices: 2,
    profile: ['face-fp', 'card-door'],
    timing: { rebootMs: 300, upgradeMs: 800 },
  })
  c = DigestClient.for(fleet.devices[0]!)
})
afterAll(() => fleet.close())

describe('device basics', () => {
  it('deviceInfo carries model, serial, firmware; PUT renames', async () => {
    const r = await c.get('/ISAPI/System/deviceInfo')
    expect(r.headers.get('content-type')).toBe('application/xml; charset="UTF-8"')
    expect(r.text).toContain(`<serialNumber>${fleet.devices[0]!.serialNumber}</serialNumber>`)
    expect(r.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<DeviceInfo version="2.0" xmlns="http:\/\/www.isapi.org\/ver20\/XMLSchema">/,
    )
    expect(
      (
        await c.put(
          '/ISAPI/System/deviceInfo',
          X('DeviceInfo', '<deviceName>Lobby</deviceName>'),
          'application/xml',
        )
      ).status,
    ).toBe(200)
    expect((await c.get('/ISAPI/System/deviceInfo')).text).toContain(
      '<deviceName>Lobby</deviceName>',
    )
  })

  it('AccessControl capabilities follow the profile', async () => {
    const face = (await c.get('/ISAPI/AccessControl/capabilities')).text
    expect(face).toContain('<isSupportFingerPrintCfg>true</isSupportFingerPrintCfg>')
    expect(face).toContain('<isSupportFDLib>true</isSupportFDLib>')
    const door = (
      await DigestClient.for(fleet.devices[1]!).get('/ISAPI/AccessControl/capabilities')
    ).text
    expect(door).not.toContain('isSupportFDLib')
    expect(door).toContain('<characterType opt="any,number">number</characterType>')
  })

  it('time: GET with offset; manual PUT moves the clock; bad timezone is badXmlContent', async () => {
    const t = (await c.get('/ISAPI/System/time')).text
    expect(t).toMatch(/<localTime>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00<\/localTime>/)
    expect(t).toContain('<timeZone>CST-2:00:00</timeZone>')
    await c.put(
      '/ISAPI/System/time',
      X(
        'Time',
        '<timeMode>manual</timeMode><localTime>2030-05-01T09:00:00</localTime><timeZone>CST-2:00:00</timeZone>',
      ),
      'application/xml',
    )
    expect((await c.get('/ISAPI/System/time')).text).toMatch(
      /<localTime>2030-05-01T09:00:0\d\+02:00<\/localTime>/,
    )
    const bad = await c.put(
      '/ISAPI/System/time',
      X('Time', '<timeZone>nonsense</timeZone>'),
      'application/xml',
    )
    expect(bad.status).toBe(400)
    await fleet.control.shiftClock(0, 0)
  })

  it('door: remote open logs 3/1024 and 5/21; alwaysOpen shows in AcsWorkStatus; JSON body refused', async () => {
    const r = await c.put(
      '/ISAPI/AccessControl/RemoteControl/door/1',
      X('RemoteControlDoor', '<cmd>alwaysOpen</cmd>'),
      'application/xml',
    )
    expect(r.text).toContain('<ResponseStatus version="1.0"')
    const ws = (await c.get('/ISAPI/AccessControl/AcsWorkStatus?format=json')).json<{
      AcsWorkStatus: { doorStatus: number[] }
    }>()
    expect(ws.AcsWorkStatus.doorStatus).toEqual([2])
    await c.put(
      '/ISAPI/AccessControl/RemoteControl/door/1',
      X('RemoteControlDoor', '<cmd>open</cmd>'),
      'application/xml',
    )
    const ev = (await fleet.control.state(0)).events.map((e) => `${e.major}/${e.minor}`)
    expect(ev).toEqual(expect.arrayContaining(['3/1026', '3/1024', '5/21']))
    expect(
      (
        await c.put(
          '/ISAPI/AccessControl/RemoteControl/door/1?format=json',
          '{"cmd":"open"}',
          'application/json',
        )
      ).text,
    ).toContain('badXmlContent')
    expect(
      (
        await c.put(
          '/ISAPI/AccessControl/RemoteControl/door/9',
          X('RemoteControlDoor', '<cmd>open</cmd>'),
          'application/xml',
        )
      ).status,
    ).toBe(400)
  })

  it('door params round-trip with range checks', async () => {
    expect(
      (
        await c.put(
          '/ISAPI/AccessControl/Door/param/1',
          X('DoorParam', '<openDuration>9</openDuration><doorName>Front</doorName>'),
          'application/xml',
        )
      ).status,
    ).toBe(200)
    const g = (await c.get('/ISAPI/AccessControl/Door/param/1')).text
    expect(g).toContain('<openDuration>9</openDuration>')
    expect(g).toContain('<doorName>Front</doorName>')
    const bad = await c.put(
      '/ISAPI/AccessControl/Door/param/1',
      X('DoorParam', '<openDuration>900</openDuration>'),
      'application/xml',
    )
    expect(bad.text).toContain('<errorMsg>openDuration</errorMsg>')
  })

  it('reboot: the device drops off and comes back with a power-on event', async () => {
    expect((await c.put('/ISAPI/System/reboot')).status).toBe(200)
    await eventually(
      () => expect(fetch(`${c.base}/ISAPI/System/deviceInfo`)).rejects.toThrow(),
      3000,
      10,
    )
    await eventually(async () => expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200))
    const evs = (await fleet.control.state(0)).events
    expect(evs.at(-1)).toMatchObject({ major: 2, minor: 1024 })
  })

  it('firmware upgrade: progress, then the new version after reboot; wrong model is badDevType', async () => {
    const pkg = Buffer.concat([
      Buffer.from('SIMFW1\n{"model":"DS-K1T671MF","version":"V3.3.0","date":"build 251001"}\n'),
      Buffer.alloc(4096, 7),
    ])
    expect(
      (await c.put('/ISAPI/System/updateFirmware', pkg, 'application/octet-stream')).status,
    ).toBe(200)
    expect((await c.get('/ISAPI/System/upgradeStatus')).text).toContain(
      '<upgrading>true</upgrading>',
    )
    await eventually(async () =>
      expect((await c.get('/ISAPI/System/upgradeStatus')).text).toContain('<percent>100</percent>'),
    )
    expect((await c.get('/ISAPI/System/deviceInfo')).text).not.toContain('V3.3.0')
    await fleet.control.reboot(0, 200)
    await eventually(async () =>
      expect((await c.get('/ISAPI/System/deviceInfo')).text).toContain(
        '<firmwareVersion>V3.3.0</firmwareVersion>',
      ),
    )
    const wrong = Buffer.from('SIMFW1\n{"model":"DS-K2602T"}\n')
    expect(
      (await c.put('/ISAPI/System/updateFirmware', wrong, 'application/octet-stream')).text,
    ).toContain('<subStatusCode>badDevType</subStatusCode>')
  })

  it('configuration export/import round-trips and asks for a reboot', async () => {
    await c.put('/ISAPI/AccessControl/AcsCfg?format=json', { AcsCfg: { voicePrompt: false } })
    const blob = await c.get('/ISAPI/System/configurationData')
    expect(blob.headers.get('content-type')).toBe('application/octet-stream')
    await c.put('/ISAPI/AccessControl/AcsCfg?format=json', { AcsCfg: { voicePrompt: true } })
    const imp = await c.put('/ISAPI/System/configurationData', blob.buf, 'application/octet-stream')
    expect(imp.text).toContain('<statusCode>7</statusCode>')
    await eventually(
      () => expect(fetch(`${c.base}/ISAPI/System/deviceInfo`)).rejects.toThrow(),
      3000,
      10,
    )
    await eventually(async () =>
      expect((await c.get('/ISAPI/AccessControl/AcsCfg?format=json')).json()).toMatchObject({
        AcsCfg: { voicePrompt: false },
      }),
    )
    expect(
      (
        await c.put(
          '/ISAPI/System/configurationData',
          Buffer.from('garbage'),
          'application/octet-stream',
        )
      ).status,
    ).toBe(400)
  })
})

describe('configuration documents', () => {
  it('JSON schedule: factory template 1, PUT validated and stored', async () => {
    expect(
      (await c.get('/ISAPI/AccessControl/UserRightPlanTemplate/1?format=json')).json(),
    ).toEqual({
      UserRightPlanTemplate: {
        enable: true,
        templateName: 'All Day Template',
        weekPlanNo: 1,
        holidayGroupNo: '',
      },
    })
    const wp = (await c.get('/ISAPI/AccessControl/UserRightWeekPlanCfg/2?format=json')).json<{
      UserRightWeekPlanCfg: { WeekPlanCfg: unknown[] }
    }>()
    expect(wp.UserRightWeekPlanCfg.WeekPlanCfg).toHaveLength(56)
    const body = {
      UserRightWeekPlanCfg: {
        enable: true,
        WeekPlanCfg: [
          {
            week: 'Monday',
            id: 1,
            enable: true,
            TimeSegment: { beginTime: '08:00:00', endTime: '18:00:00' },
          },
        ],
      },
    }
    expect(
      (await c.put('/ISAPI/AccessControl/UserRightWeekPlanCfg/2?format=json', body)).status,
    ).toBe(200)
    expect((await c.get('/ISAPI/AccessControl/UserRightWeekPlanCfg/2?format=json')).json()).toEqual(
      body,
    )
    expect(await fleet.control.docs(0, 'UserRightWeekPlanCfg/')).toEqual({
      'UserRightWeekPlanCfg/2': body.UserRightWeekPlanCfg,
    })
    const badDay = {
      UserRightWeekPlanCfg: { WeekPlanCfg: [{ week: 'Funday', id: 1, enable: true }] },
    }
    expect(
      (await c.put('/ISAPI/AccessControl/UserRightWeekPlanCfg/2?format=json', badDay)).json(),
    ).toMatchObject({ subStatusCode: 'badParameters', errorMsg: 'week' })
    const badType = { UserRightPlanTemplate: { weekPlanNo: '2' } }
    expect(
      (await c.put('/ISAPI/AccessControl/UserRightPlanTemplate/3?format=json', badType)).json(),
    ).toMatchObject({ subStatusCode: 'badParameters', errorMsg: 'weekPlanNo' })
  })

  it('card reader: the device notSupport JSON for a missing reader, round-trip for an existing one', async () => {
    const miss = await c.get('/ISAPI/AccessControl/CardReaderCfg/5?format=json')
    expect(miss.json()).toEqual({
      requestURL: '/ISAPI/AccessControl/CardReaderCfg/5?format=json',
      statusCode: 4,
      statusString: 'Invalid Operation',
      subStatusCode: 'notSupport',
      errorCode: 1073741825,
      errorMsg: 'This function is not supported.',
    })
    await c.put('/ISAPI/AccessControl/CardReaderCfg/1?format=json', {
      CardReaderCfg: { swipeInterval: 3 },
    })
    expect((await c.get('/ISAPI/AccessControl/CardReaderCfg/1?format=json')).json()).toMatchObject({
      CardReaderCfg: { enable: true, swipeInterval: 3 },
    })
    expect(
      (
        await c.put('/ISAPI/AccessControl/CardReaderCfg/1?format=json', {
          CardReaderCfg: { maxReadCardFailNum: 99 },
        })
      ).json(),
    ).toMatchObject({ errorMsg: 'maxReadCardFailNum' })
  })

  it('XML documents: caps as attributes, write-only secrets never echoed', async () => {
    expect((await c.get('/ISAPI/AccessControl/WiegandCfg/capabilities')).text).toContain(
      '<signalInterval min="1" max="20"/>',
    )
    await c.put(
      '/ISAPI/System/Network/Ehome',
      X(
        'Ehome',
        '<enabled>true</enabled><ipAddress>10.0.0.5</ipAddress><portNo>7660</portNo><key>isupKey123</key>',
      ),
      'application/xml',
    )
    const g = (await c.get('/ISAPI/System/Network/Ehome')).text
    expect(g).toContain('<portNo>7660</portNo>')
    expect(g).not.toContain('isupKey123')
    expect(
      (
        await c.put(
          '/ISAPI/System/Network/Ehome',
          X('Ehome', '<portNo>80</portNo>'),
          'application/xml',
        )
      ).text,
    ).toContain('<errorMsg>portNo</errorMsg>')
  })
})

describe('fleet options', () => {
  it('https: the same API over TLS with the self-signed loopback certificate', async () => {
    const { request } = await import('node:https')
    const f = await startFleet({ https: true, profile: 'card-door' })
    try {
      const d = f.devices[0]!
      expect(d.protocol).toBe('https')
      const status = await new Promise<number>((resolve, reject) => {
        request(
          {
            host: d.host,
            port: d.port,
            path: '/ISAPI/System/deviceInfo',
            rejectUnauthorized: false,
          },
          (res) => {
            res.resume()
            resolve(res.statusCode ?? 0)
          },
        )
          .on('error', reject)
          .end()
      })
      expect(status).toBe(401)
    } finally {
      await f.close()
    }
  })

  it('refuses a non-loopback bind address; ports P, P+1 when a base port is given', async () => {
    await expect(startFleet({ host: '0.0.0.0' })).rejects.toThrow(/loopback/)
    // a free port P from the system; P+1 may be taken meanwhile by another test's socket,
    // so a taken pair is tried again with a new P (the assertion is on the numbering)
    let f: Fleet | undefined
    let base = 0
    for (let attempt = 0; !f && attempt < 10; attempt++) {
      const probe = await startFleet({})
      base = probe.devices[0]!.port
      await probe.close()
      f = await startFleet({ devices: 2, port: base }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EADDRINUSE') throw e
        return undefined
      })
    }
    if (!f) throw new Error('no two consecutive free ports in 10 tries')
    try {
      expect(f.devices.map((d) => d.port)).toEqual([base, base + 1])
      expect(f.devices[1]!.controlUrl).toBe(`${f.controlUrl}/devices/${f.devices[1]!.serialNumber}`)
    } finally {
      await f.close()
    }
  })
})

describe('temperature screening documents', () => {
  it('exist on the iris+face terminal with float ranges; absent elsewhere', async () => {
    const f = await startFleet({ devices: 2, profile: ['iris-face', 'face-fp'] })
    try {
      const t = DigestClient.for(f.devices[0]!)
      expect((await t.get('/ISAPI/Thermal/capabilities')).text).toContain(
        '<isSupportFaceThermometry>true</isSupportFaceThermometry>',
      )
      const ok = await t.put(
        '/ISAPI/Thermal/channels/1/blackBody',
        X(
          'ThermalBlackBody',
          '<enabled>true</enabled><emissivity>0.95</emissivity><temperature>36.5</temperature>',
        ),
        'application/xml',
      )
      expect(ok.status).toBe(200)
      const g = (await t.get('/ISAPI/Thermal/channels/1/blackBody')).text
      expect(g).toContain('<emissivity>0.95</emissivity>')
      expect(g).toContain('<temperature>36.5</temperature>')
      const bad = await t.put(
        '/ISAPI/Thermal/channels/1/blackBody',
        X('ThermalBlackBody', '<temperature>70</temperature>'),
        'application/xml',
      )
      expect(bad.text).toContain('<errorMsg>temperature</errorMsg>')
      expect((await t.get('/ISAPI/Thermal/channels/1/blackBody/capabilities')).text).toContain(
        '<temperature min="30" max="50"/>',
      )
      const none = await DigestClient.for(f.devices[1]!).get('/ISAPI/Thermal/channels/1/blackBody')
      expect(none.text).toContain('<subStatusCode>notSupport</subStatusCode>')
    } finally {
      await f.close()
    }
  })
})

describe('clear actions', () => {
  it('ClearPlansCfg restores factory schedules; ClearPictureCfg removes face pictures', async () => {
    const f = await startFleet({ profile: 'face-lite' })
    try {
      const c2 = DigestClient.for(f.devices[0]!)
      await c2.put('/ISAPI/AccessControl/UserRightPlanTemplate/1?format=json', {
        UserRightPlanTemplate: { templateName: 'Changed' },
      })
      expect(
        (await c2.get('/ISAPI/AccessControl/ClearPlansCfg/capabilities?format=json')).json(),
      ).toMatchObject({ ClearPlansCfg: { ClearFlags: { userRightTemplate: 'true,false' } } })
      await c2.put('/ISAPI/AccessControl/ClearPlansCfg?format=json', {
        ClearPlansCfg: { ClearFlags: { userRightTemplate: true, doorStatusTemplate: false } },
      })
      expect(
        (await c2.get('/ISAPI/AccessControl/UserRightPlanTemplate/1?format=json')).json(),
      ).toMatchObject({ UserRightPlanTemplate: { templateName: 'All Day Template' } })
      await c2.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
        UserInfo: { employeeNo: '1', userType: 'normal' },
      })
      const { syntheticFace } = await import('../../../src/simulator/media/synth.js')
      const { faceMultipart } = await import('./multipart-body.js')
      const m = faceMultipart(
        { faceLibType: 'blackFD', FDID: '1', FPID: '1' },
        await syntheticFace(1),
      )
      await c2.post('/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json', m.body, m.contentType)
      await c2.put('/ISAPI/AccessControl/ClearPictureCfg?format=json', {
        ClearPictureCfg: { ClearFlags: { facePicture: true, capOrVerifyPicture: false } },
      })
      expect((await f.control.state(0)).faces).toHaveLength(0)
      expect(
        (
          await c2.put('/ISAPI/AccessControl/ClearPictureCfg?format=json', { ClearPictureCfg: {} })
        ).json(),
      ).toMatchObject({ subStatusCode: 'MessageParametersLack', errorMsg: 'ClearFlags' })
    } finally {
      await f.close()
    }
  })
})

describe('factory reset', () => {
  it('wipes persons and events, keeps the account, reboots; a bad mode is refused', async () => {
    const f = await startFleet({ profile: 'card-door', timing: { rebootMs: 100 } })
    try {
      const c2 = DigestClient.for(f.devices[0]!)
      await c2.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
        UserInfo: { employeeNo: '1', userType: 'normal' },
      })
      expect((await c2.put('/ISAPI/System/factoryReset?mode=everything')).status).toBe(400)
      expect((await c2.put('/ISAPI/System/factoryReset?mode=basic')).status).toBe(200)
      await eventually(async () =>
        expect((await c2.get('/ISAPI/AccessControl/UserInfo/Count?format=json')).json()).toEqual({
          UserInfoCount: { userNumber: 0, bindCardUserNumber: 0 },
        }),
      )
    } finally {
      await f.close()
    }
  })
})
