import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IsapiError, type IsapiClient, type UpgradeProgress } from '../../../src/main/isapi/index'
import { client, fleet, rejects, type Fleet } from './helpers'

// Test packages follow the simulator's documented test marker (a first line `SIMFW1` and a JSON
// line naming the model and the version); real packages are opaque to the client.
const pkg = (model: string, version: string): Buffer =>
  Buffer.concat([
    Buffer.from(`SIMFW1\n${JSON.stringify({ model, version, date: 'build 261124' })}\n`),
    Buffer.alloc(64 * 1024, 7),
  ])

let f: Fleet
let c: IsapiClient
let model: string

beforeAll(async () => {
  f = await fleet({ devices: 2, profile: 'face-fp', timing: { rebootMs: 300, upgradeMs: 200 } })
  c = client(f.devices[0]!)
  model = (await c.system.deviceInfo()).model
})
afterAll(async () => {
  await c?.close()
  await f?.close()
})

const fast = { pollMs: 50, flashTimeoutMs: 10_000, rebootTimeoutMs: 10_000 }

describe('firmware upgrade', () => {
  it('reads the framing from SysCap/isSupportPostUpdateFirmware', async () => {
    const s = await c.maintenance.upgradeSupport()
    expect(typeof s.postMultipart).toBe('boolean')
  })

  it('uploads, reports progress, reboots, and comes back with the new version', async () => {
    const seen: UpgradeProgress[] = []
    const r = await c.maintenance.upgrade(pkg(model, 'V9.1.0'), {
      ...fast,
      onProgress: (p) => seen.push(p),
    })
    expect(r.info.firmwareVersion).toBe('V9.1.0')
    expect(r.previousVersion).not.toBe('V9.1.0')
    expect(seen[0]).toEqual({ phase: 'uploading', percent: 0 })
    expect(seen).toContainEqual({ phase: 'uploading', percent: 100 })
    expect(seen.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['flashing', 'rebooting', 'done']),
    )
    expect(seen.at(-1)).toEqual({ phase: 'done', percent: 100 })
    const flashing = seen.filter((p) => p.phase === 'flashing').map((p) => p.percent)
    expect(flashing).toEqual([...flashing].sort((a, b) => a - b))
    expect((await c.system.deviceInfo()).firmwareVersion).toBe('V9.1.0')
  })

  it('both framings are accepted: raw PUT and multipart POST', async () => {
    const raw = await c.maintenance.upgrade(pkg(model, 'V9.2.0'), { ...fast, framing: 'put-raw' })
    expect(raw).toMatchObject({ framing: 'put-raw', info: { firmwareVersion: 'V9.2.0' } })
    const multi = await c.maintenance.upgrade(pkg(model, 'V9.3.0'), {
      ...fast,
      framing: 'post-multipart',
    })
    expect(multi).toMatchObject({ framing: 'post-multipart', info: { firmwareVersion: 'V9.3.0' } })
  })

  it('a package for another model is refused with badDevType and the terminal keeps its firmware', async () => {
    const before = (await c.system.deviceInfo()).firmwareVersion
    const e = await rejects(c.maintenance.upgrade(pkg('DS-K2602T', 'V9.9.9'), fast))
    expect(e).toBeInstanceOf(IsapiError)
    expect(e).toMatchObject({
      code: 'DEVICE_ERROR',
      subStatusCode: 'badDevType',
      category: 'invalidInput',
    })
    expect(String(e.reason)).toMatch(/another device model/)
    expect((await c.system.deviceInfo()).firmwareVersion).toBe(before)
    expect((await c.maintenance.upgradeStatus()).upgrading).toBe(false)
  })

  it('an empty package is refused before anything is sent', async () => {
    expect(await rejects(c.maintenance.uploadFirmware(new Uint8Array(0)))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
  })

  it('wrong credentials: AUTH_FAILED after one probe, the package never sent', async () => {
    const d = f.devices[1]!
    const bad = client(d, { password: 'wrong-password' })
    try {
      const e = await rejects(bad.maintenance.uploadFirmware(pkg(model, 'V9.9.9')))
      expect(e).toMatchObject({ code: 'AUTH_FAILED', method: 'GET' })
      expect(bad.http.session.refusedAttempts).toBe(1)
    } finally {
      await bad.close()
    }
  })

  it('reboot: the device drops off and comes back', async () => {
    await c.maintenance.reboot()
    const w = await c.maintenance.waitForReboot({ intervalMs: 50, timeoutMs: 10_000 })
    expect(w.info.model).toBe(model)
    expect(w.wentDown).toBe(true)
  })
})

describe('configuration file', () => {
  const acs = async (): Promise<unknown> =>
    (
      (await c.http.json('GET', '/ISAPI/AccessControl/AcsCfg?format=json')) as {
        AcsCfg: { voicePrompt: unknown }
      }
    ).AcsCfg.voicePrompt

  it('exports a binary file and imports it back (reboot required)', async () => {
    await c.http.json('PUT', '/ISAPI/AccessControl/AcsCfg?format=json', {
      AcsCfg: { voicePrompt: false },
    })
    const file = await c.maintenance.exportConfiguration()
    expect(file.length).toBeGreaterThan(0)
    await c.http.json('PUT', '/ISAPI/AccessControl/AcsCfg?format=json', {
      AcsCfg: { voicePrompt: true },
    })
    expect(await acs()).toBe(true)
    const r = await c.maintenance.importConfiguration(file)
    expect(r.rebootRequired).toBe(true)
    expect(
      (
        await c.maintenance.waitForReboot({
          intervalMs: 50,
          timeoutMs: 10_000,
          downWithinMs: 2_000,
        })
      ).wentDown,
    ).toBe(true)
    expect(await acs()).toBe(false)
  })

  it('a file the device cannot read is a DEVICE_ERROR, nothing changes', async () => {
    const e = await rejects(c.maintenance.importConfiguration(Buffer.from('garbage')))
    expect(e).toMatchObject({ code: 'DEVICE_ERROR', httpStatus: 400 })
  })
})
