import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator/index.js'
import { syntheticFace } from '../../../src/simulator/media/synth.js'
import { DigestClient } from './digest-client.js'

// The simulated terminal's access decision, proven through its behaviour: a reader's default
// verify mode (CardReaderCfg), a Verify schedule bound to it (CardReaderPlan) switching the mode
// at its boundary, second factors in time / too late / of someone else, and a DoorStatus schedule
// (DoorStatusPlan) holding the door open 08:00–18:00. Time moves only by the control API's clock.
let fleet: Fleet
let c: DigestClient
const A = '/ISAPI/AccessControl'

async function enroll(employeeNo: string, cardNo: string, password: string): Promise<void> {
  await c.put(`${A}/UserInfo/SetUp?format=json`, {
    UserInfo: { employeeNo, name: `P${employeeNo}`, userType: 'normal', password },
  })
  await c.put(`${A}/CardInfo/SetUp?format=json`, {
    CardInfo: { employeeNo, cardNo, cardType: 'normalCard' },
  })
  const b = '----x'
  const body = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\nContent-Type: application/json\r\n\r\n{"faceLibType":"blackFD","FDID":"1","FPID":"${employeeNo}"}\r\n--${b}\r\nContent-Disposition: form-data; name="img"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    await syntheticFace(Number(employeeNo)),
    Buffer.from(`\r\n--${b}--\r\n`),
  ])
  await c.post(
    '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
    body,
    `multipart/form-data; boundary=${b}`,
  )
}

/** Puts the terminal's clock at a device-local time (its own time zone). */
async function at(local: string): Promise<void> {
  const { time } = await fleet.control.shiftClock(0, 0)
  const zone = time.slice(19)
  await fleet.control.shiftClock(0, Date.parse(`${local}${zone}`) - Date.now())
}

const codes = (events: { major: number; minor: number }[]) =>
  events.map((e) => `${e.major}/${e.minor}`)
const card = (cardNo: string) => fleet.control.triggerEvent(0, { kind: 'card', cardNo })
const since = async (serial: number) =>
  (await fleet.control.state(0, { events: 1000 })).events.filter((e) => e.serialNo > serial)
const lastSerial = async () =>
  (await fleet.control.state(0, { events: 1 })).events.at(-1)?.serialNo ?? 0

// 2026-12-02 is a Wednesday.
const WED = '2026-12-02'

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp', timing: { doorPulseMs: 50 } })
  c = DigestClient.for(fleet.devices[0]!)
})
afterAll(() => fleet.close())
beforeEach(async () => {
  await fleet.control.reset(0)
  await fleet.control.shiftClock(0, 0)
  await enroll('1001', '11110001', '1234')
  await enroll('1002', '11110002', '5678')
})

describe('reader default verify mode (CardReaderCfg)', () => {
  it('card alone opens under the factory mode; card + PIN waits for the PIN, then 5/2', async () => {
    expect(codes(await card('11110001'))).toEqual(['5/1'])
    await c.put(`${A}/CardReaderCfg/1?format=json`, {
      CardReaderCfg: { defaultVerifyMode: 'cardAndPw' },
    })
    expect((await fleet.control.access(0)).readers[0]!.verifyMode).toBe('cardAndPw')
    expect(await card('11110001')).toEqual([])
    expect((await fleet.control.access(0)).waiting).toMatchObject([
      { readerNo: 1, employeeNo: '1001', have: ['card'] },
    ])
    const pin = await fleet.control.triggerEvent(0, {
      kind: 'pin',
      employeeNo: '1001',
      pin: '1234',
    })
    expect(pin).toMatchObject([
      { major: 5, minor: 2, employeeNoString: '1001', currentVerifyMode: 'cardAndPw' },
    ])
    expect((await fleet.control.access(0)).waiting).toEqual([])
  })

  it('a second factor too late is the combination timeout (5/4); of someone else a failure', async () => {
    await c.put(`${A}/CardReaderCfg/1?format=json`, {
      CardReaderCfg: { defaultVerifyMode: 'cardAndPw', pressTimeout: 10 },
    })
    const before = await lastSerial()
    expect(await card('11110001')).toEqual([])
    const { time } = await fleet.control.shiftClock(0, 11_000)
    expect(time).toBeTruthy()
    expect(codes(await since(before))).toEqual(['5/4'])
    expect((await fleet.control.access(0)).waiting).toEqual([])

    await fleet.control.shiftClock(0, 0)
    expect(await card('11110001')).toEqual([])
    const other = await fleet.control.triggerEvent(0, {
      kind: 'pin',
      employeeNo: '1002',
      pin: '5678',
    })
    expect(codes(other)).toEqual(['5/3'])
  })

  it('face + card: the face waits, the card of the same person completes (5/60); a card alone is refused under "face"', async () => {
    await c.put(`${A}/CardReaderCfg/1?format=json`, {
      CardReaderCfg: { defaultVerifyMode: 'faceAndCard' },
    })
    expect(await fleet.control.triggerEvent(0, { kind: 'face', employeeNo: '1001' })).toEqual([])
    const done = await card('11110001')
    expect(done).toMatchObject([{ major: 5, minor: 60, employeeNoString: '1001' }])

    await c.put(`${A}/CardReaderCfg/1?format=json`, {
      CardReaderCfg: { defaultVerifyMode: 'face' },
    })
    expect(codes(await card('11110001'))).toEqual(['5/155'])
    expect(
      codes(await fleet.control.triggerEvent(0, { kind: 'face', employeeNo: '1001' })),
    ).toEqual(['5/75'])
  })

  it('refuses a verify mode the reader does not offer', async () => {
    const r = await c.put(`${A}/CardReaderCfg/1?format=json`, {
      CardReaderCfg: { defaultVerifyMode: 'palmAndVoice' },
    })
    expect(r.status).toBe(400)
    expect((await fleet.control.access(0)).readers[0]!.verifyMode).toBe('cardOrFaceOrFp')
  })
})

/** AcsWorkStatus.cardReaderVerifyMode: the verify mode in force per reader, as numbers. */
const readerModes = async (): Promise<number[]> =>
  (await c.get('/ISAPI/AccessControl/AcsWorkStatus?format=json')).json<{
    AcsWorkStatus: { cardReaderVerifyMode: number[] }
  }>().AcsWorkStatus.cardReaderVerifyMode

describe('schedules switch behaviour at their boundaries', () => {
  it('a Verify schedule bound to reader 1 asks for card + PIN on Wednesday nights only', async () => {
    const rows = [
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ].flatMap((week) =>
      Array.from({ length: 8 }, (_, i) => ({
        week,
        id: i + 1,
        enable: week === 'Wednesday' && i === 0,
        verifyMode: 'cardAndPw',
        TimeSegment:
          week === 'Wednesday' && i === 0
            ? { beginTime: '20:00:00', endTime: '24:00:00' }
            : { beginTime: '00:00:00', endTime: '00:00:00' },
      })),
    )
    await c.put(`${A}/VerifyWeekPlanCfg/3?format=json`, {
      VerifyWeekPlanCfg: { enable: true, WeekPlanCfg: rows },
    })
    await c.put(`${A}/VerifyPlanTemplate/3?format=json`, {
      VerifyPlanTemplate: {
        enable: true,
        templateName: 'Nights',
        weekPlanNo: 3,
        holidayGroupNo: '',
      },
    })
    await c.put(`${A}/CardReaderPlan/1?format=json`, { CardReaderPlan: { templateNo: 3 } })

    await at(`${WED}T19:59:30`)
    expect((await fleet.control.access(0)).readers[0]!.verifyMode).toBe('cardOrFaceOrFp')
    // the terminal's own status: reader 1 and 2 both card | face | fingerprint (26)
    expect(await readerModes()).toEqual([26, 26])
    expect(codes(await card('11110001'))).toEqual(['5/1'])
    await at(`${WED}T20:00:30`)
    expect((await fleet.control.access(0)).readers[0]!.verifyMode).toBe('cardAndPw')
    // reader 1 now card + password (2); reader 2 is not bound and keeps its default
    expect(await readerModes()).toEqual([2, 26])
    expect(await card('11110001')).toEqual([])
    expect(
      codes(await fleet.control.triggerEvent(0, { kind: 'pin', employeeNo: '1001', pin: '1234' })),
    ).toEqual(['5/2'])
    // reader 2 is not bound to the night template: its factory template is all-day default
    expect((await fleet.control.access(0)).readers[1]!.verifyMode).toBe('cardOrFaceOrFp')
    await at(`${WED.slice(0, 8)}03T08:00:00`) // Thursday morning
    expect((await fleet.control.access(0)).readers[0]!.verifyMode).toBe('cardOrFaceOrFp')

    // a holiday reached through the template's holiday group takes the day over
    await c.put(`${A}/VerifyHolidayPlanCfg/1?format=json`, {
      VerifyHolidayPlanCfg: {
        enable: true,
        beginDate: WED,
        endDate: WED,
        HolidayPlanCfg: [
          {
            id: 1,
            enable: true,
            verifyMode: 'face',
            TimeSegment: { beginTime: '00:00:00', endTime: '24:00:00' },
          },
        ],
      },
    })
    await c.put(`${A}/VerifyHolidayGroupCfg/1?format=json`, {
      VerifyHolidayGroupCfg: { enable: true, groupName: 'Closed', holidayPlanNo: '1' },
    })
    await c.put(`${A}/VerifyPlanTemplate/3?format=json`, {
      VerifyPlanTemplate: { holidayGroupNo: '1' },
    })
    await at(`${WED}T21:00:00`)
    expect((await fleet.control.access(0)).readers[0]!.verifyMode).toBe('face')
    expect(codes(await card('11110001'))).toEqual(['5/155'])
  })

  const doorState = async () => {
    const ws = (await c.get('/ISAPI/AccessControl/AcsWorkStatus?format=json')).json<{
      AcsWorkStatus: { doorStatus: number[]; doorLockStatus: number[] }
    }>().AcsWorkStatus
    return { status: ws.doorStatus[0], lock: ws.doorLockStatus[0] }
  }

  it('a DoorStatus schedule holds door 1 open 08:00–18:00 (5/19 at the boundary, 5/20 at its end)', async () => {
    const rows = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
      (week) => ({
        week,
        id: 1,
        enable: week === 'Wednesday',
        doorStatus: 'remainOpen',
        TimeSegment: { beginTime: '08:00:00', endTime: '18:00:00' },
      }),
    )
    await c.put(`${A}/DoorStatusWeekPlanCfg/3?format=json`, {
      DoorStatusWeekPlanCfg: { enable: true, WeekPlanCfg: rows },
    })
    await c.put(`${A}/DoorStatusPlanTemplate/3?format=json`, {
      DoorStatusPlanTemplate: {
        enable: true,
        templateName: 'Free',
        weekPlanNo: 3,
        holidayGroupNo: '',
      },
    })
    await at(`${WED}T07:59:50`)
    await c.put(`${A}/DoorStatusPlan/1?format=json`, { DoorStatusPlan: { templateNo: 3 } })
    const before = await lastSerial()
    await at(`${WED}T07:59:55`)
    expect((await fleet.control.access(0)).doors[0]!.scheduled).toBe('normal')
    await at(`${WED}T08:00:05`)
    expect((await fleet.control.access(0)).doors[0]!.scheduled).toBe('remainOpen')
    const opened = await since(before)
    expect(opened.filter((e) => e.major === 5).map((e) => [e.minor, e.doorNo])).toEqual([[19, 1]])
    // the door itself is held: AcsWorkStatus says remain unlocked (2), the lock open
    expect(await doorState()).toEqual({ status: 2, lock: 1 })
    await at(`${WED}T18:00:01`)
    const closed = await since(before)
    expect(closed.filter((e) => e.major === 5).map((e) => e.minor)).toEqual([19, 20])
    expect(await doorState()).toEqual({ status: 4, lock: 0 })
  })

  it('a DoorStatus schedule holding door 1 closed 08:00–18:00 denies a valid card inside it (5/117), grants it outside', async () => {
    const rows = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
      (week) => ({
        week,
        id: 1,
        enable: week === 'Wednesday',
        doorStatus: 'remainClosed',
        TimeSegment: { beginTime: '08:00:00', endTime: '18:00:00' },
      }),
    )
    await c.put(`${A}/DoorStatusWeekPlanCfg/4?format=json`, {
      DoorStatusWeekPlanCfg: { enable: true, WeekPlanCfg: rows },
    })
    await c.put(`${A}/DoorStatusPlanTemplate/4?format=json`, {
      DoorStatusPlanTemplate: {
        enable: true,
        templateName: 'Shut',
        weekPlanNo: 4,
        holidayGroupNo: '',
      },
    })
    await at(`${WED}T07:59:50`)
    await c.put(`${A}/DoorStatusPlan/1?format=json`, { DoorStatusPlan: { templateNo: 4 } })
    await at(`${WED}T07:59:58`)
    // before the boundary: granted, the lock opens (5/21)
    const first = await lastSerial()
    expect(codes(await card('11110001'))).toEqual(['5/1'])
    expect(codes(await since(first))).toContain('5/21')
    expect((await doorState()).status).toBe(4)

    await at(`${WED}T08:00:05`)
    const before = await lastSerial()
    // inside: AcsWorkStatus says remain locked (3), and the same card is refused, nothing opens
    expect(await doorState()).toEqual({ status: 3, lock: 0 })
    const denied = await card('11110001')
    expect(denied).toMatchObject([
      { major: 5, minor: 117, doorNo: 1, cardNo: '11110001', employeeNoString: '1001' },
    ])
    // a face and a PIN are refused the same way
    expect(
      codes(await fleet.control.triggerEvent(0, { kind: 'face', employeeNo: '1001' })),
    ).toEqual(['5/117'])
    expect(
      codes(await fleet.control.triggerEvent(0, { kind: 'pin', employeeNo: '1001', pin: '1234' })),
    ).toEqual(['5/117'])
    expect((await since(before)).filter((e) => e.minor === 21)).toEqual([])
    expect(await doorState()).toEqual({ status: 3, lock: 0 })

    // after the schedule's end: normal again (5/32), granted
    await at(`${WED}T18:00:01`)
    expect(await doorState()).toEqual({ status: 4, lock: 0 })
    const after = await lastSerial()
    expect(codes(await card('11110001'))).toEqual(['5/1'])
    expect(codes(await since(after))).toContain('5/21')
  })

  it('a door held closed by a remote command denies a valid card (5/117) until it is released', async () => {
    const put = (cmd: string) =>
      c.put(
        `${A}/RemoteControl/door/1`,
        `<RemoteControlDoor version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><cmd>${cmd}</cmd></RemoteControlDoor>`,
        'application/xml',
      )
    expect((await put('alwaysClose')).status).toBe(200)
    expect(codes(await card('11110001'))).toEqual(['5/117'])
    expect((await put('close')).status).toBe(200)
    const before = await lastSerial()
    expect(codes(await card('11110001'))).toEqual(['5/1'])
    expect(codes(await since(before))).toContain('5/21')
  })
})
