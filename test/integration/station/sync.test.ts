import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connect, type IsapiClient } from '../../../src/main/isapi'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device, PersonDetail, SyncDiff, SyncReport } from '../../../src/shared/model'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let fleet: Fleet
let t: TestStation
let client: IsapiClient
let face: Buffer
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'iris-face'] })
  face = await sharp({
    create: {
      width: 240,
      height: 320,
      channels: 3,
      background: '#886644',
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  })
    .jpeg({ quality: 60 })
    .toBuffer()
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await t?.station.close()
  await client?.close()
})

const template = () => {
  const b = randomBytes(512)
  Buffer.from('MZSS21').copy(b)
  return b.toString('base64')
}
const clientOf = (i: number) => {
  const d = fleet.devices[i]!
  return connect({ host: d.host, port: d.port, username: d.username, password: d.password })
}
const base = {
  userType: 'normal',
  gender: 'unknown',
  doorRight: '1',
  rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
}
const valid = {
  enable: true,
  beginTime: '2025-01-01T00:00:00',
  endTime: '2030-12-31T23:59:59',
  timeType: 'local',
}

async function addDevice(i: number): Promise<string> {
  const d = fleet.devices[i]!
  return value<Device>(await addSimulated(t.station, d, `Door ${i}`)).id
}

describe('sync', () => {
  it('pulls a terminal pre-filled by hand, diffs it, adopts, overwrites and removes', async () => {
    await fleet.control.reset(0)
    client = clientOf(0)
    // filled by "another tool": straight through ISAPI
    const fp = template()
    await client.persons.upsert({ employeeNo: '2001', name: 'Ann Lee', valid, ...base })
    await client.cards.upsert({ employeeNo: '2001', cardNo: '9001', cardType: 'normalCard' })
    await client.faces.upsert({ FPID: '2001' }, { jpeg: face })
    await client.fingerprints.upsert({ employeeNo: '2001', fingerPrintID: 2, fingerData: fp })
    await client.persons.upsert({ employeeNo: '2002', name: 'Bo Chen', valid, ...base })
    await client.cards.upsert({ employeeNo: '2002', cardNo: '9002', cardType: 'normalCard' })
    await client.persons.upsert({ employeeNo: '2003', name: 'Cy Diaz', valid, ...base })

    t = testStation({ onDisk: true })
    const deviceId = await addDevice(0)
    for (const [employeeNo, name] of [
      ['2001', 'Ann Smith'],
      ['2003', 'Cy Diaz'],
      ['3001', 'Di Evans'],
    ])
      value(await t.station.call('persons.save', { employeeNo, name, valid }))
    value(await t.station.call('persons.addCard', { employeeNo: '3001', cardNo: '9301' }))

    const diff = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    expect(diff).toMatchObject({
      deviceId,
      same: 1,
      different: [
        {
          employeeNo: '2001',
          name: 'Ann Smith',
          fields: ['name', 'cards', 'face', 'fingerprints'],
        },
      ],
      onlyOnDevice: [{ employeeNo: '2002', name: 'Bo Chen' }],
      onlyInRoster: [{ employeeNo: '3001', name: 'Di Evans' }],
    })

    const adopted = value<SyncReport>(
      await t.station.call('sync.resolve', {
        syncId: diff.syncId,
        actions: [
          { employeeNo: '2001', action: 'adopt' },
          { employeeNo: '2002', action: 'adopt' },
          { employeeNo: '3001', action: 'adopt' }, // not on the terminal
        ],
      }),
    )
    expect(adopted).toMatchObject({ adopted: 2, overwritten: 0, removed: 0 })
    expect(adopted.failed).toEqual([
      {
        employeeNo: '3001',
        reason: expect.stringMatching(/not on the terminal/),
        code: 'NOT_FOUND',
        why: { code: 'syncNotOnTerminal', params: { employeeNo: '3001' } },
      },
    ])
    const ann = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '2001' }))
    expect(ann).toMatchObject({
      name: 'Ann Lee',
      valid: { enable: true, endTime: '2030-12-31T23:59:59' },
      doorRights: [1],
    })
    expect(ann.cards).toEqual([{ employeeNo: '2001', cardNo: '9001', cardType: 'normalCard' }])
    expect(ann.face).toMatchObject({ source: 'sync', width: 240, height: 320 })
    expect(ann.fingerprints).toEqual([
      {
        employeeNo: '2001',
        fingerId: 2,
        fingerType: 'normalFP',
        quality: null,
        sourceModel: fleet.devices[0]!.model,
      },
    ])
    expect(
      value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '2002' })).cards,
    ).toHaveLength(1)

    // the roster now matches the terminal
    const again = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    expect(again).toMatchObject({
      same: 3,
      different: [],
      onlyOnDevice: [],
      onlyInRoster: [{ employeeNo: '3001' }],
    })

    // the roster's version goes to the terminal; a terminal-only person goes away
    value(
      await t.station.call('persons.save', { employeeNo: '2003', name: 'Cy Diaz-Ortiz', valid }),
    )
    value(await t.station.call('persons.removeCard', { employeeNo: '2001', cardNo: '9001' }))
    const pushed = value<SyncReport>(
      await t.station.call('sync.resolve', {
        syncId: again.syncId,
        actions: [
          { employeeNo: '3001', action: 'overwrite' },
          { employeeNo: '2003', action: 'overwrite' },
          { employeeNo: '2001', action: 'overwrite' },
          { employeeNo: '2002', action: 'remove' },
        ],
      }),
    )
    expect(pushed).toEqual({ adopted: 0, overwritten: 3, removed: 1, failed: [] })
    const state = await fleet.control.state(0)
    expect(state.persons.map((p) => [p.employeeNo, p.name]).sort()).toEqual([
      ['2001', 'Ann Lee'],
      ['2003', 'Cy Diaz-Ortiz'],
      ['3001', 'Di Evans'],
    ])
    expect(state.cards.map((c) => [c.employeeNo, c.cardNo]).sort()).toEqual([['3001', '9301']])
    const final = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    expect(final).toMatchObject({
      same: 3,
      different: [],
      onlyOnDevice: [],
      onlyInRoster: [{ employeeNo: '2002' }],
    })

    // holdings recorded with the reconciler's hashes, audit entries written
    await t.station.close()
    const db = new Database(join(t.dataDir, 'roster.sqlite'), { readonly: true })
    const held = db
      .prepare('SELECT employee_no, cards, face_hash FROM device_holdings ORDER BY employee_no')
      .all()
    const audit = db
      .prepare("SELECT action, subject FROM audit_log WHERE action LIKE 'sync.%' ORDER BY id")
      .all()
    db.close()
    expect(held).toEqual([
      { employee_no: '2001', cards: '[]', face_hash: ann.face!.sha256 },
      { employee_no: '2003', cards: '[]', face_hash: null },
      {
        employee_no: '3001',
        cards: '[{"cardNo":"9301","cardType":"normalCard"}]',
        face_hash: null,
      },
    ])
    expect(audit).toEqual([
      { action: 'sync.adopt', subject: 'person:2001' },
      { action: 'sync.adopt', subject: 'person:2002' },
      { action: 'sync.overwrite', subject: 'person:3001' },
      { action: 'sync.overwrite', subject: 'person:2003' },
      { action: 'sync.overwrite', subject: 'person:2001' },
      { action: 'sync.remove', subject: 'person:2002' },
    ])
  })

  it('adopts and overwrites irises on an iris terminal', async () => {
    await fleet.control.reset(1)
    client = clientOf(1)
    await client.persons.upsert({ employeeNo: '5001', name: 'Eve Fox', valid, ...base })
    await client.iris.upsert({
      employeeNo: '5001',
      id: 1,
      irisData: randomBytes(300).toString('base64'),
    })
    t = testStation()
    const deviceId = await addDevice(1)
    value(await t.station.call('persons.save', { employeeNo: '5001', name: 'Eve Fox', valid }))
    const diff = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    expect(diff.different).toEqual([{ employeeNo: '5001', name: 'Eve Fox', fields: ['irises'] }])
    const report = value<SyncReport>(
      await t.station.call('sync.resolve', {
        syncId: diff.syncId,
        actions: [{ employeeNo: '5001', action: 'adopt' }],
      }),
    )
    expect(report.adopted).toBe(1)
    const eve = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '5001' }))
    expect(eve.irises).toEqual([
      { employeeNo: '5001', eye: 'left', sourceModel: fleet.devices[1]!.model },
    ])
    // roster → terminal: both records go back as the roster holds them
    const again = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    expect(again.same).toBe(1)
    const pushed = value<SyncReport>(
      await t.station.call('sync.resolve', {
        syncId: again.syncId,
        actions: [{ employeeNo: '5001', action: 'overwrite' }],
      }),
    )
    expect(pushed).toEqual({ adopted: 0, overwritten: 1, removed: 0, failed: [] })
    expect((await fleet.control.state(1)).irises).toEqual([{ employeeNo: '5001', id: 1 }])

    // irises captured at the terminal (pictures, no template) can be written back to it
    value(await t.station.call('persons.save', { employeeNo: '5002', name: 'Gus Hall' }))
    const saved = new Promise<void>((resolve) =>
      t.station.subscribe((name, e) => {
        if (name === 'enroll.progress' && (e as { phase: string }).phase === 'saved') resolve()
      }),
    )
    value(await t.station.call('enroll.start', { deviceId, employeeNo: '5002', kind: 'iris' }))
    await fleet.control.presentIris(1)
    await saved
    const third = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    expect(third.onlyInRoster).toEqual([{ employeeNo: '5002', name: 'Gus Hall' }])
    const captured = value<SyncReport>(
      await t.station.call('sync.resolve', {
        syncId: third.syncId,
        actions: [{ employeeNo: '5002', action: 'overwrite' }],
      }),
    )
    expect(captured).toEqual({ adopted: 0, overwritten: 1, removed: 0, failed: [] })
    const irises = (await fleet.control.state(1)).irises.filter((i) => i.employeeNo === '5002')
    expect(irises.map((i) => i.id).sort()).toEqual([1, 2])
  })

  it('forgets a pull after 30 minutes and refuses unknown ones', async () => {
    let now = Date.parse('2026-01-01T08:00:00Z')
    t = testStation({ clock: { now: () => new Date(now) } })
    const deviceId = await addDevice(1)
    const diff = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    const resolve = (syncId: string) =>
      t.station.call('sync.resolve', { syncId, actions: [{ employeeNo: '5001', action: 'adopt' }] })
    expect(await resolve('nope')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    now += 31 * 60_000
    expect(await resolve(diff.syncId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('stops sending once the terminal is gone and reports every remaining person', async () => {
    t = testStation()
    const deviceId = await addDevice(0)
    for (const employeeNo of ['6001', '6002', '6003'])
      value(await t.station.call('persons.save', { employeeNo, name: `P ${employeeNo}` }))
    const diff = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    await fleet.control.fault(0, { offline: true })
    try {
      const report = value<SyncReport>(
        await t.station.call('sync.resolve', {
          syncId: diff.syncId,
          actions: ['6001', '6002', '6003'].map((employeeNo) => ({
            employeeNo,
            action: 'overwrite',
          })),
        }),
      )
      expect(report.overwritten).toBe(0)
      expect(report.failed.map((f) => f.employeeNo)).toEqual(['6001', '6002', '6003'])
      expect(new Set(report.failed.map((f) => f.reason)).size).toBe(1)
      const devices = value<Device[]>(await t.station.call('devices.list', {}))
      expect(devices[0]!.health).toBe('offline')
    } finally {
      await fleet.control.clearFaults(0)
    }
  })

  it('reads every page of a full terminal and adopts all of it', async () => {
    await fleet.control.reset(1)
    client = clientOf(1)
    const nos = Array.from({ length: 65 }, (_, i) => String(8000 + i))
    for (const employeeNo of nos) {
      await client.persons.upsert({ employeeNo, name: `Person ${employeeNo}`, valid, ...base })
      await client.cards.upsert({ employeeNo, cardNo: `7${employeeNo}`, cardType: 'normalCard' })
    }
    t = testStation()
    const deviceId = await addDevice(1)
    const diff = value<SyncDiff>(await t.station.call('sync.pull', { deviceId }))
    expect(diff.onlyOnDevice.map((p) => p.employeeNo).sort()).toEqual(nos)
    const report = value<SyncReport>(
      await t.station.call('sync.resolve', {
        syncId: diff.syncId,
        actions: nos.map((employeeNo) => ({ employeeNo, action: 'adopt' })),
      }),
    )
    expect(report).toEqual({ adopted: 65, overwritten: 0, removed: 0, failed: [] })
    const last = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '8064' }))
    expect(last.cards.map((c) => c.cardNo)).toEqual(['78064'])
    expect(value<SyncDiff>(await t.station.call('sync.pull', { deviceId })).same).toBe(65)
  })

  it('answers a lost or garbled terminal with a coded error and keeps working', async () => {
    t = testStation()
    const deviceId = await addDevice(1)
    try {
      await fleet.control.fault(1, { offline: true })
      expect(await t.station.call('sync.pull', { deviceId })).toMatchObject({
        ok: false,
        error: { code: 'OFFLINE' },
      })
      await fleet.control.clearFaults(1)
      await fleet.control.fault(1, { corrupt: 1 })
      const garbled = await t.station.call('sync.pull', { deviceId })
      expect(garbled.ok).toBe(false)
      expect(garbled.ok ? '' : garbled.error.code).not.toBe('INTERNAL')
    } finally {
      await fleet.control.clearFaults(1)
    }
    expect(value<SyncDiff>(await t.station.call('sync.pull', { deviceId })).deviceId).toBe(deviceId)
  })
})
