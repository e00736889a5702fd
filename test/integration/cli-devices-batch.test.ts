import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({
    devices: 3,
    profile: ['face-fp', 'face-fp', 'card-door'],
    timing: { rebootMs: 400, upgradeMs: 300 },
  })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-batch-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args, 90_000)

describe('cli batch', () => {
  it('upgrades every terminal of one model, refuses mixed models, sets the time zone on all', async () => {
    for (const [i, d] of fleet.devices.entries())
      expect((await cli(...addTerminalArgs(d, `T${i}`))).code).toBe(0)
    const model = fleet.devices[0]!.model
    const file = join(dataDir, 'digicap.dav')
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(
          `SIMFW1\n${JSON.stringify({ model, version: 'V8.1.0', date: 'build 261124' })}\n`,
        ),
        Buffer.alloc(32 * 1024, 3),
      ]),
    )
    expect(await cli('devices', 'upgrade', 'T0', 'T2', file)).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'INVALID_ARGS' } },
    })
    const up = await cli('devices', 'upgrade', '--all-model', model, file)
    expect(up).toMatchObject({
      code: 0,
      json: {
        items: [
          { deviceName: 'T0', ok: true, value: { firmwareVersion: 'V8.1.0' } },
          { deviceName: 'T1', ok: true, value: { firmwareVersion: 'V8.1.0' } },
        ],
      },
    })
    await fleet.control.fault(2, { offline: true })
    const tz = await cli('devices', 'time-zone', 'CST-9:00:00', 'all')
    expect(tz.code).toBe(1)
    expect((tz.json as { items: { ok: boolean }[] }).items.map((i) => i.ok)).toEqual([
      true,
      true,
      false,
    ])
    await fleet.control.clearFaults(2)
    expect((await cli('devices', 'time-sync', 'T2')).code).toBe(0)
  }, 180_000)
})
