import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connect } from '../../../src/main/isapi'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { StationEvents } from '../../../src/shared/api'
import type { ConfigBackup, UpgradeOutcome } from '../../../src/shared/contract/maintenance'
import type { ApplyJob, Device } from '../../../src/shared/model'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

// Test packages carry the simulator's documented marker (SIMFW1 + a JSON line with the model and
// version); to the station they are opaque bytes.
const pkg = (model: string, version: string): Buffer =>
  Buffer.concat([
    Buffer.from(`SIMFW1\n${JSON.stringify({ model, version, date: 'build 261124' })}\n`),
    Buffer.alloc(256 * 1024, 9),
  ])

let fleet: Fleet
let t: TestStation
let id: string
let device: Device
beforeAll(async () => {
  fleet = await startFleet({
    devices: 1,
    profile: 'face-fp',
    timing: { rebootMs: 700, upgradeMs: 600 },
  })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation({ onDisk: true })
  const d = fleet.devices[0]!
  device = value<Device>(await addSimulated(t.station, d, 'Lobby'))
  id = device.id
})
afterEach(async () => t.station.close())

const audit = (): { action: string; details: Record<string, unknown> | null }[] => {
  const db = new Database(join(t.dataDir, 'roster.sqlite'), { readonly: true })
  try {
    return (
      db
        .prepare("SELECT action, details FROM audit_log WHERE action LIKE 'device.%' ORDER BY id")
        .all() as { action: string; details: string | null }[]
    ).map((r) => ({
      action: r.action,
      details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
    }))
  } finally {
    db.close()
  }
}

const progress = (): StationEvents['upgrade.progress'][] => {
  const seen: StationEvents['upgrade.progress'][] = []
  t.station.subscribe((event, payload) => {
    if (event === 'upgrade.progress') seen.push(payload as StationEvents['upgrade.progress'])
  })
  return seen
}

describe('firmware upgrade', () => {
  it('uploads, flashes, reboots and returns the terminal with its new version; progress is pushed', async () => {
    const seen = progress()
    const r = value<UpgradeOutcome>(
      await t.station.call('devices.upgrade', {
        id,
        firmwareBase64: pkg(device.model, 'V7.1.0').toString('base64'),
        fileName: 'digicap.dav',
      }),
    )
    expect(r).toMatchObject({ previousVersion: device.firmwareVersion, firmwareVersion: 'V7.1.0' })
    expect(r.bytes).toBe(pkg(device.model, 'V7.1.0').length)
    expect(r.device).toMatchObject({ firmwareVersion: 'V7.1.0', health: 'online' })
    expect(value<Device[]>(await t.station.call('devices.list', {}))[0]!.firmwareVersion).toBe(
      'V7.1.0',
    )
    const phases = seen.map((e) => e.phase)
    expect(phases[0]).toBe('uploading')
    expect(phases).toEqual(expect.arrayContaining(['flashing', 'rebooting']))
    expect(phases.at(-1)).toBe('done')
    expect(
      seen.every(
        (e) => e.deviceId === id && e.percent >= 0 && e.percent <= 100 && e.message.length > 0,
      ),
    ).toBe(true)
    expect(seen.at(-1)!.message).toContain('V7.1.0')
    expect(audit().at(-1)).toMatchObject({
      action: 'device.upgrade',
      details: { from: device.firmwareVersion, to: 'V7.1.0', fileName: 'digicap.dav' },
    })
  })

  it('a package for another model is refused with the device code; the terminal keeps its firmware and stays online', async () => {
    const seen = progress()
    const before = value<Device>(await t.station.call('devices.check', { id })).firmwareVersion
    const r = await t.station.call('devices.upgrade', {
      id,
      firmwareBase64: pkg('DS-K2602T', 'V9.9.9').toString('base64'),
    })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'DEVICE_REJECTED',
        message: expect.stringContaining('another device model'),
        details: { deviceCode: { subStatusCode: 'badDevType' } },
      },
    })
    expect(seen.at(-1)).toMatchObject({ phase: 'failed' })
    const after = value<Device>(await t.station.call('devices.check', { id }))
    expect(after).toMatchObject({ firmwareVersion: before, health: 'online' })
    expect(audit().at(-1)).toMatchObject({
      action: 'device.upgrade.failed',
      details: { code: 'DEVICE_REJECTED', deviceCode: { subStatusCode: 'badDevType' } },
    })
  })

  it('a terminal already upgrading (from elsewhere) is DEVICE_BUSY with its code', async () => {
    const d = fleet.devices[0]!
    const other = connect({
      host: d.host,
      port: d.port,
      username: d.username,
      password: d.password,
    })
    try {
      await other.maintenance.uploadFirmware(pkg(device.model, 'V7.0.9'))
      const r = await t.station.call('devices.upgrade', {
        id,
        firmwareBase64: pkg(device.model, 'V7.1.9').toString('base64'),
      })
      expect(r).toMatchObject({ ok: false, error: { code: 'DEVICE_BUSY' } })
      await other.maintenance.waitForFlash({ intervalMs: 50 })
    } finally {
      await other.close()
    }
  })

  it('takes a file path from the CLI or desktop app; refuses bad input before touching the terminal', async () => {
    const file = join(t.dataDir, 'digicap.dav')
    writeFileSync(file, pkg(device.model, 'V7.2.0'))
    expect(
      value<UpgradeOutcome>(await t.station.call('devices.upgrade', { id, filePath: file }))
        .firmwareVersion,
    ).toBe('V7.2.0')
    expect(
      await t.station.call('devices.upgrade', { id, filePath: join(t.dataDir, 'missing.dav') }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await t.station.call('devices.upgrade', { id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    })
    expect(
      await t.station.call('devices.upgrade', { id, firmwareBase64: 'not base64!' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    expect(
      await t.station.call('devices.upgrade', { id: 'nope', firmwareBase64: 'AAAA' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('configuration', () => {
  const voicePromptOf = async (v?: boolean, on: Fleet = fleet): Promise<unknown> => {
    const d = on.devices[0]!
    const c = connect({
      host: d.host,
      port: d.port,
      protocol: on === fleet ? 'http' : 'https',
      username: d.username,
      password: d.password,
      tls: { onFirstUse: () => {} },
    })
    try {
      const path = '/ISAPI/AccessControl/AcsCfg?format=json'
      if (v !== undefined) await c.http.json('PUT', path, { AcsCfg: { voicePrompt: v } })
      return ((await c.http.json('GET', path)) as { AcsCfg: { voicePrompt: unknown } }).AcsCfg
        .voicePrompt
    } finally {
      await c.close()
    }
  }
  const voicePrompt = (v?: boolean) => voicePromptOf(v)

  it('backup → change → restore brings the configuration back; the terminal reboots and is checked', async () => {
    await voicePrompt(false)
    const b = value<ConfigBackup>(await t.station.call('devices.backupConfig', { id }))
    expect(b.bytes).toBe(Buffer.from(b.dataBase64, 'base64').length)
    expect(b.fileName).toMatch(/^Lobby_.+\.cfg$/)
    await voicePrompt(true)
    const r = value<{ device: Device; rebooted: boolean }>(
      await t.station.call('devices.restoreConfig', { id, dataBase64: b.dataBase64 }),
    )
    expect(r).toMatchObject({ rebooted: true, device: { health: 'online' } })
    expect(await voicePrompt()).toBe(false)
    expect(audit().map((a) => a.action)).toEqual(
      expect.arrayContaining(['device.backupConfig', 'device.restoreConfig']),
    )
  })

  it('a file exported with a key: the wrong key is refused with its code and nothing changes; the right key restores it', async () => {
    const key = 'S3cret-Key_1'
    // over plain HTTP the key (in the URL) is refused before anything is sent
    expect(await t.station.call('devices.backupConfig', { id, secretKey: key })).toMatchObject({
      ok: false,
      error: { code: 'INSECURE_CHANNEL' },
    })
    // over HTTPS it is sent
    const secure = await startFleet({
      devices: 1,
      profile: 'face-fp',
      https: true,
      timing: { rebootMs: 700 },
    })
    try {
      const sd = secure.devices[0]!
      const id = value<Device>(
        await t.station.call('devices.add', {
          name: 'Secure lobby',
          host: sd.host,
          port: sd.port,
          protocol: 'https',
          username: sd.username,
          password: sd.password,
        }),
      ).id
      const voicePrompt = (v?: boolean) => voicePromptOf(v, secure)
      await voicePrompt(false)
      const b = value<ConfigBackup>(
        await t.station.call('devices.backupConfig', { id, secretKey: key }),
      )
      const plain = value<ConfigBackup>(await t.station.call('devices.backupConfig', { id }))
      expect(b.dataBase64).not.toBe(plain.dataBase64)
      await voicePrompt(true)
      for (const secretKey of ['wrong-key', undefined]) {
        const r = await t.station.call('devices.restoreConfig', {
          id,
          dataBase64: b.dataBase64,
          ...(secretKey ? { secretKey } : {}),
        })
        expect(r).toMatchObject({
          ok: false,
          error: {
            code: 'DEVICE_REJECTED',
            details: { deviceCode: { subStatusCode: 'importCfgFilePasswordErr' } },
          },
        })
        expect(JSON.stringify(r)).not.toContain('wrong-key')
        expect(await voicePrompt()).toBe(true) // nothing changed
      }
      expect(
        await t.station.call('devices.restoreConfig', {
          id,
          dataBase64: b.dataBase64,
          secretKey: key,
        }),
      ).toMatchObject({ ok: true, value: { rebooted: true, device: { health: 'online' } } })
      expect(await voicePrompt()).toBe(false)
      expect(JSON.stringify(audit())).not.toContain(key)
      expect(audit().filter((a) => a.action.startsWith('device.restoreConfig'))).toMatchObject([
        { action: 'device.restoreConfig.failed' },
        { action: 'device.restoreConfig.failed' },
        { action: 'device.restoreConfig', details: { withKey: true } },
      ])
      expect(
        await t.station.call('devices.backupConfig', { id, secretKey: 'x'.repeat(33) }),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    } finally {
      await secure.close()
    }
  })

  it('a file the terminal cannot read is refused with its code', async () => {
    const r = await t.station.call('devices.restoreConfig', {
      id,
      dataBase64: Buffer.from('garbage!').toString('base64'),
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_REJECTED', details: { deviceCode: { httpStatus: 400 } } },
    })
  })
})

describe('reboot and exclusivity', () => {
  it('reboots and returns once the terminal answers again', async () => {
    const r = value<{ device: Device; downtimeMs: number }>(
      await t.station.call('devices.reboot', { id }),
    )
    expect(r.device.health).toBe('online')
    expect(r.downtimeMs).toBeGreaterThan(0)
    expect(audit().at(-1)).toMatchObject({ action: 'device.reboot', details: { seenDown: true } })
  })

  it('one maintenance operation per terminal at a time', async () => {
    // the upgrade holds the terminal once it reports its first progress
    const holding = new Promise<void>((resolve) => {
      const off = t.station.subscribe((event) => {
        if (event === 'upgrade.progress') {
          off()
          resolve()
        }
      })
    })
    const upgrading = t.station.call('devices.upgrade', {
      id,
      firmwareBase64: pkg(device.model, 'V7.3.0').toString('base64'),
    })
    await holding
    expect(await t.station.call('devices.reboot', { id })).toMatchObject({
      ok: false,
      error: {
        code: 'DEVICE_BUSY',
        message: expect.stringContaining('firmware upgrade'),
        details: { operation: 'a firmware upgrade' },
      },
    })
    expect(await t.station.call('devices.backupConfig', { id })).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_BUSY' },
    })
    expect(await upgrading).toMatchObject({ ok: true, value: { firmwareVersion: 'V7.3.0' } })
    expect(await t.station.call('devices.backupConfig', { id })).toMatchObject({ ok: true })
  })

  it('never while an apply job still has steps for the terminal; a paused job does not block', async () => {
    await addPerson(t.station, '501', 'Ann Lee')
    await fleet.control.fault(0, { offline: true })
    try {
      const job = value<ApplyJob>(await t.station.call('apply.start', { deviceIds: [id] }))
      expect(await t.station.call('devices.reboot', { id })).toMatchObject({
        ok: false,
        error: { code: 'DEVICE_BUSY', details: { jobId: job.id } },
      })
      value(await t.station.call('apply.pause', { jobId: job.id }))
    } finally {
      await fleet.control.clearFaults(0)
    }
    expect(await t.station.call('devices.backupConfig', { id })).toMatchObject({ ok: true })
  })
})
