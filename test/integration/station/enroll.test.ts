import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device, EnrollProgressEvent, PersonDetail } from '../../../src/shared/model'
import { reasonText } from '../../../src/shared/reason-text'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

// Devices: 0 face-fp, 1 iris-face, 2 card-door, 3 face-fp (for cancels, which leave the
// terminal's own capture running until its timeout), 4 face-lite (answers face captures at
// once with progress 0 and is polled).
let fleet: Fleet
let t: TestStation
let ids: string[]
beforeAll(async () => {
  fleet = await startFleet({
    devices: 5,
    profile: ['face-fp', 'iris-face', 'card-door', 'face-fp', 'face-lite'],
    timing: { captureTimeoutMs: 1500 },
  })
})
afterAll(async () => fleet.close())
afterEach(async () => t?.station.close())

/** Collects enroll.progress; `end(id)` resolves with a session's last event. */
function progressOf(station: TestStation['station']) {
  const events: EnrollProgressEvent[] = []
  const waiters: {
    match: (e: EnrollProgressEvent) => boolean
    resolve: (e: EnrollProgressEvent) => void
  }[] = []
  station.subscribe((name, payload) => {
    if (name !== 'enroll.progress') return
    const e = payload as EnrollProgressEvent
    events.push(e)
    for (const w of [...waiters]) {
      if (!w.match(e)) continue
      waiters.splice(waiters.indexOf(w), 1)
      w.resolve(e)
    }
  })
  const when = (match: (e: EnrollProgressEvent) => boolean) =>
    new Promise<EnrollProgressEvent>((resolve) => {
      const seen = events.find(match)
      if (seen) resolve(seen)
      else waiters.push({ match, resolve })
    })
  const END = ['saved', 'failed', 'cancelled']
  return {
    events,
    phase: (sessionId: string, phase: EnrollProgressEvent['phase']) =>
      when((e) => e.sessionId === sessionId && e.phase === phase),
    end: (sessionId: string) => when((e) => e.sessionId === sessionId && END.includes(e.phase)),
    of: (sessionId: string) => events.filter((e) => e.sessionId === sessionId).map((e) => e.phase),
  }
}

async function setup() {
  t = testStation()
  const progress = progressOf(t.station)
  ids = []
  for (let i = 0; i < fleet.devices.length; i++) {
    const d = fleet.devices[i]!
    const device = value<Device>(await addSimulated(t.station, d, `Door ${i}`))
    ids.push(device.id)
  }
  for (const [employeeNo, name] of [
    ['1001', 'Ann Lee'],
    ['1002', 'Bo Chen'],
  ])
    value(await t.station.call('persons.save', { employeeNo, name }))
  return progress
}

const start = async (device: number, kind: string, extra: Record<string, unknown> = {}) =>
  value<{ sessionId: string }>(
    await t.station.call('enroll.start', {
      deviceId: ids[device],
      employeeNo: '1001',
      kind,
      ...extra,
    }),
  ).sessionId
const person = async (employeeNo = '1001') =>
  value<PersonDetail>(await t.station.call('persons.get', { employeeNo }))

describe('enroll', () => {
  it('captures a face on the terminal, shows the picture, and saves it as a terminal face', async () => {
    const progress = await setup()
    const id = await start(0, 'face')
    await progress.phase(id, 'waiting')
    await fleet.control.presentFace(0)
    const saved = await progress.end(id)
    expect(saved.phase).toBe('saved')
    expect(progress.of(id)).toEqual(['waiting', 'captured', 'saved'])
    const captured = await progress.phase(id, 'captured')
    const jpeg = Buffer.from(captured.jpegBase64 ?? '', 'base64')
    expect(jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    expect((await person()).face).toMatchObject({ source: 'terminal' })
  })

  it('polls a terminal that reports face progress until the face is there', async () => {
    const progress = await setup()
    const id = await start(4, 'face')
    await progress.phase(id, 'waiting')
    await fleet.control.presentFace(4)
    expect(await progress.end(id)).toMatchObject({ phase: 'saved' })
    expect((await person()).face).toMatchObject({ source: 'terminal' })
  })

  it('reads a swiped card into the roster', async () => {
    const progress = await setup()
    const id = await start(0, 'card')
    await progress.phase(id, 'waiting')
    await fleet.control.presentCard(0, '3308812528')
    const end = await progress.end(id)
    expect(end).toMatchObject({ phase: 'saved', cardNo: '3308812528' })
    // the progress is a code the UI words in en and zh, not only an English sentence
    expect(end.reason).toEqual({ code: 'enrollCardSaved', params: { cardNo: '3308812528' } })
    expect(reasonText(end.reason!, 'zh')).toBe('已添加卡 3308812528。')
    expect((await person()).cards).toEqual([
      { employeeNo: '1001', cardNo: '3308812528', cardType: 'normalCard' },
    ])
  })

  it('reports a card that belongs to someone else as a conflict and changes nothing', async () => {
    const progress = await setup()
    value(await t.station.call('persons.addCard', { employeeNo: '1002', cardNo: '777' }))
    const id = await start(1, 'card')
    await fleet.control.presentCard(1, '777')
    expect(await progress.end(id)).toMatchObject({
      phase: 'failed',
      code: 'CONFLICT',
      cardNo: '777',
      message: expect.stringMatching(/belongs to employee 1002/),
    })
    expect(progress.of(id)).toEqual(['waiting', 'captured', 'failed'])
    expect((await person()).cards).toEqual([])
    expect((await person('1002')).cards).toHaveLength(1)
  })

  it('saves a fingerprint with its finger, quality and the terminal model', async () => {
    const progress = await setup()
    const id = await start(0, 'fingerprint', { fingerId: 3 })
    await progress.phase(id, 'waiting')
    await fleet.control.presentFinger(0, { quality: 93 })
    expect(await progress.end(id)).toMatchObject({ phase: 'saved', quality: 93 })
    expect((await person()).fingerprints).toEqual([
      {
        employeeNo: '1001',
        fingerId: 3,
        fingerType: 'normalFP',
        quality: 93,
        sourceModel: fleet.devices[0]!.model,
      },
    ])
  })

  it('fails a weak fingerprint with its quality and a retry hint; a retry then saves', async () => {
    const progress = await setup()
    const weak = await start(0, 'fingerprint')
    await fleet.control.presentFinger(0, { quality: 45 })
    const failed = await progress.end(weak)
    expect(failed).toMatchObject({ phase: 'failed', quality: 45, code: 'DEVICE_REJECTED' })
    expect(failed.message).toMatch(/try again/)
    // the terminal itself refuses very poor reads (lowScore)
    const poor = await start(0, 'fingerprint')
    await fleet.control.presentFinger(0, { quality: 10 })
    expect(await progress.end(poor)).toMatchObject({ phase: 'failed', code: 'DEVICE_REJECTED' })
    expect((await person()).fingerprints).toEqual([])
    const retry = await start(0, 'fingerprint')
    await fleet.control.presentFinger(0, { quality: 88 })
    expect(await progress.end(retry)).toMatchObject({ phase: 'saved', quality: 88 })
  })

  it('captures both irises on an iris terminal', async () => {
    const progress = await setup()
    const id = await start(1, 'iris')
    await fleet.control.presentIris(1)
    expect(await progress.end(id)).toMatchObject({ phase: 'saved' })
    expect((await person()).irises.map((i) => i.eye)).toEqual(['left', 'right'])
    const one = await start(1, 'iris', { eye: 'right' })
    await fleet.control.presentIris(1)
    expect(await progress.end(one)).toMatchObject({
      phase: 'saved',
      message: 'Iris saved (right).',
    })
  })

  it('refuses a kind the terminal lacks before sending anything', async () => {
    await setup()
    await fleet.control.fault(2, { busy: { count: 1 } })
    await fleet.control.fault(1, { busy: { count: 1 } })
    for (const [device, kind] of [
      [2, 'card'],
      [2, 'face'],
      [1, 'fingerprint'],
    ] as const) {
      const r = await t.station.call('enroll.start', {
        deviceId: ids[device],
        employeeNo: '1001',
        kind,
      })
      expect(r).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } })
    }
    // nothing reached the terminals: the one-shot busy faults are still armed
    expect((await fleet.control.state(2)).faults.busy?.count).toBe(1)
    expect((await fleet.control.state(1)).faults.busy?.count).toBe(1)
    await fleet.control.clearFaults(2)
    await fleet.control.clearFaults(1)
  })

  it('answers NOT_FOUND for an unknown person or terminal', async () => {
    await setup()
    const noPerson = await t.station.call('enroll.start', {
      deviceId: ids[0],
      employeeNo: '9',
      kind: 'card',
    })
    expect(noPerson).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const noDevice = await t.station.call('enroll.start', {
      deviceId: 'nope',
      employeeNo: '1001',
      kind: 'card',
    })
    expect(noDevice).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('runs one session per terminal: a second start is DEVICE_BUSY', async () => {
    const progress = await setup()
    const first = await start(0, 'card')
    const second = await t.station.call('enroll.start', {
      deviceId: ids[0],
      employeeNo: '1002',
      kind: 'face',
    })
    expect(second).toMatchObject({ ok: false, error: { code: 'DEVICE_BUSY' } })
    // another terminal is free meanwhile
    const other = await start(1, 'card')
    await fleet.control.presentCard(0, '4001')
    await fleet.control.presentCard(1, '4002')
    expect(await progress.end(first)).toMatchObject({ phase: 'saved' })
    expect(await progress.end(other)).toMatchObject({ phase: 'saved' })
    // once finished, the terminal takes a new session
    const third = await start(0, 'card')
    await fleet.control.presentCard(0, '4003')
    expect(await progress.end(third)).toMatchObject({ phase: 'saved' })
    expect((await person()).cards.map((c) => c.cardNo).sort()).toEqual(['4001', '4002', '4003'])
  })

  it('cancels a waiting capture: cancelled event, nothing saved, terminal free again', async () => {
    const progress = await setup()
    const id = await start(3, 'fingerprint')
    await progress.phase(id, 'waiting')
    expect(value(await t.station.call('enroll.cancel', { sessionId: id }))).toEqual({
      cancelled: true,
    })
    expect(progress.of(id)).toEqual(['waiting', 'cancelled'])
    expect(value(await t.station.call('enroll.cancel', { sessionId: id }))).toEqual({
      cancelled: false,
    })
    expect((await person()).fingerprints).toEqual([])
    // the terminal's own capture mode outlives the cancel; the person presenting ends it
    await fleet.control.presentFinger(3)
    const next = await start(3, 'card')
    await fleet.control.presentCard(3, '5005')
    expect(await progress.end(next)).toMatchObject({ phase: 'saved', cardNo: '5005' })
  })

  it('cancels running sessions when the station closes', async () => {
    const progress = await setup()
    const id = await start(3, 'card')
    await progress.phase(id, 'waiting')
    await t.station.close()
    expect(progress.of(id)).toEqual(['waiting', 'cancelled'])
  })

  it('fails with TIMEOUT when nobody presents anything', async () => {
    const progress = await setup()
    const id = await start(1, 'face')
    expect(await progress.end(id)).toMatchObject({ phase: 'failed', code: 'TIMEOUT' })
    expect((await person()).face).toBeNull()
  })

  it('fails with OFFLINE when the terminal cannot be reached, and marks it offline', async () => {
    const progress = await setup()
    await fleet.control.fault(0, { offline: true })
    try {
      const id = await start(0, 'card')
      expect(await progress.end(id)).toMatchObject({ phase: 'failed', code: 'OFFLINE' })
      const devices = value<Device[]>(await t.station.call('devices.list', {}))
      expect(devices.find((d) => d.id === ids[0])?.health).toBe('offline')
    } finally {
      await fleet.control.clearFaults(0)
    }
  })
})
