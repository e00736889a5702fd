import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

// Test packages carry the simulator's documented marker; to the CLI they are opaque files.
const pkg = (model: string, version: string): Buffer =>
  Buffer.concat([
    Buffer.from(`SIMFW1\n${JSON.stringify({ model, version, date: 'build 261124' })}\n`),
    Buffer.alloc(128 * 1024, 5),
  ])

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({
    devices: 1,
    profile: 'face-fp',
    timing: { rebootMs: 700, upgradeMs: 500 },
  })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-maint-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args)

describe('cli: terminal maintenance', () => {
  it('backup, restore, upgrade (and a refused package), reboot; usage errors exit 2', async () => {
    const d = fleet.devices[0]!
    const added = await cli(...addTerminalArgs(d, 'Lobby'))
    expect(added.code).toBe(0)
    const model = (added.json as { model: string }).model

    const out = join(dataDir, 'lobby.cfg')
    const backup = await cli('devices', 'backup', 'Lobby', '--out', out)
    expect(backup).toMatchObject({ code: 0, json: { path: out } })
    expect(readFileSync(out).length).toBe((backup.json as { bytes: number }).bytes)
    expect((await cli('devices', 'backup', 'Lobby', '--out', out)).code).toBe(1) // never overwrites

    expect(await cli('devices', 'restore', 'Lobby', out)).toMatchObject({
      code: 0,
      json: { rebooted: true, device: { health: 'online' } },
    })

    const file = join(dataDir, 'digicap.dav')
    writeFileSync(file, pkg(model, 'V8.0.1'))
    expect(await cli('devices', 'upgrade', 'Lobby', file)).toMatchObject({
      code: 0,
      json: { firmwareVersion: 'V8.0.1', device: { firmwareVersion: 'V8.0.1' } },
    })

    const wrong = join(dataDir, 'other.dav')
    writeFileSync(wrong, pkg('DS-K2602T', 'V8.0.2'))
    expect(await cli('devices', 'upgrade', 'Lobby', wrong)).toMatchObject({
      code: 1,
      json: {
        ok: false,
        error: {
          code: 'DEVICE_REJECTED',
          details: { deviceCode: { subStatusCode: 'badDevType' } },
        },
      },
    })

    expect(await cli('devices', 'reboot', 'Lobby')).toMatchObject({
      code: 0,
      json: { device: { health: 'online' } },
    })
    expect((await cli('devices', 'upgrade', 'Lobby')).code).toBe(2)
    expect(existsSync(join(dataDir, 'missing.cfg'))).toBe(false)
    expect((await cli('devices', 'restore', 'Lobby', join(dataDir, 'missing.cfg'))).code).toBe(1)
  }, 120_000)
})
