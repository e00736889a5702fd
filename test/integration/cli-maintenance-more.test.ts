import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../src/main/isapi'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
/** The same model over plain HTTP: a keyed backup or restore is refused there. */
let plain: Fleet
let dataDir: string
beforeAll(async () => {
  // HTTPS: the configuration file's key travels in the URL (guide 21.5.11)
  fleet = await startFleet({
    devices: 1,
    profile: 'face-fp',
    https: true,
    timing: { rebootMs: 500, upgradeMs: 300 },
  })
  plain = await startFleet({ devices: 1, profile: 'face-fp', timing: { rebootMs: 500 } })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-maint-keys-'))
  expect(
    (await runCli(dataDir, [...addTerminalArgs(fleet.devices[0]!, 'Lobby'), '--https'])).code,
  ).toBe(0)
  expect((await runCli(dataDir, addTerminalArgs(plain.devices[0]!, 'Plain'))).code).toBe(0)
})
afterAll(async () => {
  await fleet.close()
  await plain.close()
})

const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(dataDir, args, undefined, env)
/** The terminal's voice prompt setting, read (and set) over ISAPI: an independent read. */
const voicePrompt = async (v?: boolean): Promise<unknown> => {
  const d = fleet.devices[0]!
  const c = connect({
    host: d.host,
    port: d.port,
    protocol: 'https',
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

describe('cli: configuration file with a key, factory reset with the name typed back, reader upgrade', () => {
  it('backup --key-stdin; restore refuses the wrong key (nothing changed) and takes the right one', async () => {
    const out = join(dataDir, 'keyed.cfg')
    await voicePrompt(true)
    const key = { STATION_CONFIG_KEY: 'Right-Key-42' }
    const backup = await cli(['devices', 'backup', 'Lobby', '--out', out, '--key-stdin'], key)
    expect(backup).toMatchObject({ code: 0, json: { path: out } })
    expect(readFileSync(out).subarray(0, 8).toString()).not.toBe('SIMCFG1\n') // not the plain form
    await voicePrompt(false)
    const wrong = await cli(['devices', 'restore', 'Lobby', out, '--key-stdin'], {
      STATION_CONFIG_KEY: 'wrong-key',
    })
    expect(wrong).toMatchObject({
      code: 1,
      json: {
        ok: false,
        error: {
          code: 'DEVICE_REJECTED',
          details: { deviceCode: { subStatusCode: 'importCfgFilePasswordErr' } },
        },
      },
    })
    expect(wrong.stderr + JSON.stringify(wrong.json)).not.toContain('wrong-key')
    expect(await voicePrompt()).toBe(false) // nothing changed
    // no key at all: the terminal refuses it the same way
    expect((await cli(['devices', 'restore', 'Lobby', out])).code).toBe(1)
    const right = await cli(['devices', 'restore', 'Lobby', out, '--key-stdin'], key)
    expect(right).toMatchObject({ code: 0, json: { rebooted: true, device: { health: 'online' } } })
    expect(await voicePrompt()).toBe(true)
  }, 60_000)

  it('over plain HTTP a keyed backup or restore is refused before anything is sent; without a key it works', async () => {
    const key = { STATION_CONFIG_KEY: 'Right-Key-42' }
    const out = join(dataDir, 'plain.cfg')
    const since = (await plain.control.events(0)).at(-1)?.serialNo ?? 0
    const backup = await cli(['devices', 'backup', 'Plain', '--out', out, '--key-stdin'], key)
    expect(backup).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'INSECURE_CHANNEL' } },
    })
    expect(backup.stderr + JSON.stringify(backup.json)).not.toContain('Right-Key-42')
    // the terminal saw no export (major 3, minor 134: remote configuration export)
    const exports = async () =>
      (await plain.control.events(0, since)).filter((e) => e.major === 3 && e.minor === 134)
    expect(await exports()).toEqual([])
    const unkeyed = await cli(['devices', 'backup', 'Plain', '--out', out])
    expect(unkeyed).toMatchObject({ code: 0, json: { path: out } })
    expect(await exports()).toHaveLength(1)
    const restore = await cli(['devices', 'restore', 'Plain', out, '--key-stdin'], key)
    expect(restore).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'INSECURE_CHANNEL' } },
    })
    // still online and never rebooted by a restore: no import reached it
    expect(
      (await plain.control.events(0, since)).filter((e) => e.major === 3 && e.minor === 135),
    ).toEqual([])
  }, 60_000)

  it('factory-reset needs the mode and the name typed back; a wrong name sends nothing', async () => {
    expect((await cli(['devices', 'factory-reset', 'Lobby', '--confirm', 'Lobby'])).code).toBe(2)
    expect(
      (await cli(['devices', 'factory-reset', 'Lobby', '--mode', 'wipe', '--confirm', 'Lobby']))
        .code,
    ).toBe(2)
    const factory = await voicePrompt()
    await voicePrompt(factory !== true)
    const wrong = await cli([
      'devices',
      'factory-reset',
      'Lobby',
      '--mode',
      'basic',
      '--confirm',
      'lobby',
    ])
    expect(wrong).toMatchObject({ code: 1, json: { ok: false, error: { code: 'INVALID_ARGS' } } })
    expect(await voicePrompt()).toBe(factory !== true) // nothing sent
    const done = await cli([
      'devices',
      'factory-reset',
      'Lobby',
      '--mode',
      'basic',
      '--confirm',
      'Lobby',
    ])
    expect(done).toMatchObject({ code: 0, json: { mode: 'basic', device: { health: 'online' } } })
    expect(await voicePrompt()).toBe(factory)
  }, 60_000)

  it("upgrade-peripheral sends a package to one reader; a number outside the terminal's range sends nothing", async () => {
    const file = join(dataDir, 'reader.dav')
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`SIMFW1\n${JSON.stringify({ type: 'cardReader', version: 'V3.1.0' })}\n`),
        Buffer.alloc(32 * 1024, 3),
      ]),
    )
    expect((await cli(['devices', 'upgrade-peripheral', 'Lobby', file])).code).toBe(2)
    expect(
      await cli(['devices', 'upgrade-peripheral', 'Lobby', file, '--module', '7']),
    ).toMatchObject({ code: 1, json: { ok: false, error: { code: 'INVALID_ARGS' } } })
    expect(
      await cli(['devices', 'upgrade-peripheral', 'Lobby', file, '--module', '2']),
    ).toMatchObject({ code: 0, json: { type: 'cardReader', module: 2, version: 'V3.1.0' } })
    const d = fleet.devices[0]!
    const c = connect({
      host: d.host,
      port: d.port,
      protocol: 'https',
      username: d.username,
      password: d.password,
      tls: { onFirstUse: () => {} },
    })
    try {
      const doc = (await c.http.json(
        'GET',
        '/ISAPI/AccessControl/CardReaderCfg/2?format=json',
      )) as { CardReaderCfg: { cardReaderVersion: unknown } }
      expect(doc.CardReaderCfg.cardReaderVersion).toBe('V3.1.0')
    } finally {
      await c.close()
    }
  }, 60_000)
})
