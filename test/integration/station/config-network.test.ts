// Network & platforms on the settings mechanism (guide 21.5.8, 21.7, 21.8, 21.9): SSH,
// Hik-Connect with its verification code, ISUP with its key, the picture storage server. A
// change is seen through an independent read of the terminal; a value outside the terminal's
// capabilities is refused before anything is sent; secrets are sent once and never echoed —
// not by the terminal, not in the station's answer, not in the audit.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi'
import type { Device } from '../../../src/shared/model'
import type {
  ConfigCaps,
  ConfigDocument,
  ConfigResourceInfo,
  ConfigSetResult,
} from '../../../src/shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let id: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['face-fp'] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation({ onDisk: true })
  const d = fleet.devices[0]!
  id = value<Device>(await addSimulated(t.station, d, 'Lobby')).id
})
afterEach(async () => t.station.close())

const set = (resource: string, changes: Record<string, string | number | boolean>) =>
  t.station.call('config.set', { deviceId: id, resource, changes })

/** The terminal's own document, read by a separate client. */
async function onTerminal(path: string, root: string, format: 'xml' | 'json' = 'xml') {
  const c = connect({ ...fleet.devices[0]!, protocol: 'http' })
  try {
    return await c.config.read({ path, capsPath: '', format, root })
  } finally {
    await c.close()
  }
}

const configChanges = async (since: number) =>
  (await fleet.control.events(0, since)).filter((e) => e.major === 3 && e.minor === 118)
const lastSerial = async () => (await fleet.control.events(0)).at(-1)?.serialNo ?? 0

function auditText(): string {
  const db = new Database(join(t.dataDir, 'roster.sqlite'), { readonly: true })
  try {
    return JSON.stringify(
      db.prepare("SELECT details FROM audit_log WHERE action = 'config.set'").all(),
    )
  } finally {
    db.close()
  }
}

describe('Network & platforms', () => {
  it('are offered in their own group', async () => {
    const list = value<ConfigResourceInfo[]>(await t.station.call('config.list', { deviceId: id }))
    const network = list.filter((r) => r.group === 'network' && r.offered).map((r) => r.id)
    expect(network).toEqual([
      'AdminAccessProtocol',
      'SSH',
      'EZVIZ',
      'Ehome',
      'PictureServerInformation',
      'LogServer',
    ])
    expect(list.find((r) => r.id === 'AdminAccessProtocol')?.ids).toEqual([1, 2, 3, 4])
  })

  it('turns SSH on; the terminal reads it back', async () => {
    const r = value<ConfigSetResult>(await set('SSH', { enabled: true }))
    expect(r.changed).toEqual([{ key: 'enabled', before: 'false', after: 'true' }])
    expect(await onTerminal('/ISAPI/System/Network/ssh', 'SSH')).toMatchObject({ enabled: 'true' })
  })

  it('enables Hik-Connect with a verification code that is never echoed', async () => {
    const caps = value<ConfigCaps>(
      await t.station.call('config.caps', { deviceId: id, resource: 'EZVIZ' }),
    )
    expect(caps.fields.find((f) => f.key === 'verificationCode')).toMatchObject({
      secret: true,
      minLength: 6,
      maxLength: 12,
    })
    const since = await lastSerial()
    const short = await set('EZVIZ', { enabled: true, verificationCode: 'Ab12' })
    expect(short.ok || short.error.code).toBe('OUT_OF_RANGE')
    expect(short.ok || short.error.details).toMatchObject({
      field: 'verificationCode',
      minLength: 6,
    })
    expect(await configChanges(since)).toEqual([])

    const r = value<ConfigSetResult>(
      await set('EZVIZ', { enabled: true, verificationCode: 'Ab12cd34' }),
    )
    expect(r.notApplied).toEqual([])
    expect(r.changed).toEqual([{ key: 'enabled', before: 'false', after: 'true' }])
    expect(JSON.stringify(r)).not.toContain('Ab12cd34')
    const read = await onTerminal('/ISAPI/System/Network/EZVIZ', 'EZVIZ')
    expect(read).toMatchObject({ enabled: 'true' })
    expect(read).not.toHaveProperty('verificationCode')
    expect(auditText()).not.toContain('Ab12cd34')
    expect(auditText()).toContain('verificationCode')
  })

  it('sets the ISUP server with its key; a key too short is refused and nothing is sent', async () => {
    const since = await lastSerial()
    const bad = await set('Ehome', { enabled: true, key: 'short' })
    expect(bad.ok || bad.error.details).toMatchObject({ field: 'key', minLength: 8, maxLength: 32 })
    const port = await set('Ehome', { portNo: 80 })
    expect(port.ok || port.error.details).toMatchObject({ field: 'portNo', min: 1024, max: 65535 })
    expect(await configChanges(since)).toEqual([])

    const r = value<ConfigSetResult>(
      await set('Ehome', {
        enabled: true,
        addressingFormatType: 'ipaddress',
        ipAddress: '10.0.0.5',
        portNo: 7660,
        deviceID: 'GATE-01',
        key: 'isupKey123',
      }),
    )
    expect(r.notApplied).toEqual([])
    expect(JSON.stringify(r)).not.toContain('isupKey123')
    const read = await onTerminal('/ISAPI/System/Network/Ehome', 'Ehome')
    expect(read).toMatchObject({
      enabled: 'true',
      ipAddress: '10.0.0.5',
      portNo: '7660',
      deviceID: 'GATE-01',
    })
    expect(read).not.toHaveProperty('key')
    expect(auditText()).not.toContain('isupKey123')
  })

  it('points event pictures at a storage server; its cloud password is kept by nobody', async () => {
    const bad = await set('PictureServerInformation', { portNo: 70000 })
    expect(bad.ok || bad.error.details).toMatchObject({ field: 'portNo', max: 65535 })
    const r = value<ConfigSetResult>(
      await set('PictureServerInformation', {
        pictureServerType: 'tomact',
        addressingFormatType: 'hostname',
        hostName: 'pictures.example.org',
        portNo: 8080,
        'cloudStorage.cloudPassword': 's3cret-pw',
      }),
    )
    expect(r.notApplied).toEqual([])
    expect(JSON.stringify(r)).not.toContain('s3cret-pw')
    const read = await onTerminal('/ISAPI/System/PictureServer', 'PictureServerInformation', 'json')
    expect(read).toMatchObject({
      pictureServerType: 'tomact',
      hostName: 'pictures.example.org',
      portNo: 8080,
    })
    expect(JSON.stringify(read)).not.toContain('s3cret-pw')
    expect(JSON.stringify(await fleet.control.docs(0, 'PictureServerInformation'))).not.toContain(
      's3cret-pw',
    )
    expect(auditText()).not.toContain('s3cret-pw')
  })

  it('moves the HTTPS port; a port another protocol uses is refused by the terminal with its codes', async () => {
    const https = value<ConfigDocument>(
      await t.station.call('config.get', {
        deviceId: id,
        resource: 'AdminAccessProtocol',
        instance: 4,
      }),
    )
    expect(https.values).toMatchObject({ protocol: 'HTTPS', portNo: '443', enabled: 'true' })
    const out = await t.station.call('config.set', {
      deviceId: id,
      resource: 'AdminAccessProtocol',
      instance: 4,
      changes: { portNo: 70000 },
    })
    expect(out.ok || out.error.details).toMatchObject({ field: 'portNo', min: 1, max: 65535 })
    const taken = await t.station.call('config.set', {
      deviceId: id,
      resource: 'AdminAccessProtocol',
      instance: 4,
      changes: { portNo: 80 },
    })
    expect(taken.ok).toBe(false)
    if (!taken.ok) expect(JSON.stringify(taken.error)).toContain('badXmlContent')
    value<ConfigSetResult>(
      await t.station.call('config.set', {
        deviceId: id,
        resource: 'AdminAccessProtocol',
        instance: 4,
        changes: { portNo: 8443 },
      }),
    )
    expect(
      await onTerminal('/ISAPI/Security/adminAccesses/4', 'AdminAccessProtocol'),
    ).toMatchObject({
      protocol: 'HTTPS',
      portNo: '8443',
    })
    // the SDK port has no <enabled> (S2): absent is not "on"; the terminal refuses to switch it
    const sdk = value<ConfigDocument>(
      await t.station.call('config.get', {
        deviceId: id,
        resource: 'AdminAccessProtocol',
        instance: 2,
      }),
    )
    expect(sdk.values).toEqual({ id: '2', protocol: 'DEV_MANAGE', portNo: '8000' })
    const off = await t.station.call('config.set', {
      deviceId: id,
      resource: 'AdminAccessProtocol',
      instance: 2,
      changes: { enabled: false },
    })
    expect(off.ok).toBe(false)
  })
})
