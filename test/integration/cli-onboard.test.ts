// `devices discover`, `devices activate --all-new`, `devices add-all` against simulated
// terminals answering SADP on loopback (STATION_SADP_TARGET points the probe there).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BatchTargetOutcome, DiscoveryReport } from '../../src/shared/contract/onboard'
import { startFleet, type Fleet } from '../../src/simulator'
import { runCli } from '../helpers/cli'

let fleet: Fleet
let env: Record<string, string>
beforeAll(async () => {
  fleet = await startFleet({
    devices: 2,
    profile: ['card-door', 'face-lite'],
    activated: [false, true],
    sadp: true,
  })
  env = { STATION_SADP_TARGET: `127.0.0.1:${fleet.sadpPort}` }
})
afterAll(async () => fleet.close())

describe('CLI: find, activate and add terminals', () => {
  it('discovers, activates the new one, adds the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-onboard-'))
    const found = await runCli(dir, ['devices', 'discover', '--timeout', '2'], undefined, env)
    expect(found.code).toBe(0)
    const report = found.json as DiscoveryReport
    expect(
      fleet.devices.map((d) => report.terminals.find((t) => t.httpPort === d.port)?.activated),
    ).toEqual([false, true])

    const weak = await runCli(
      dir,
      ['devices', 'activate', '--all-new', '--password', 'password'],
      undefined,
      env,
    )
    expect(weak.code).toBe(1)
    expect(weak.stdout).toContain('INVALID_ARGS')

    const act = await runCli(
      dir,
      ['devices', 'activate', '--all-new', '--password', 'Fresh-Start-26', '--timeout', '2'],
      undefined,
      env,
    )
    expect(act.code).toBe(0)
    expect((act.json as BatchTargetOutcome[]).map((o) => [o.port, o.ok])).toEqual([
      [fleet.devices[0]!.port, true],
    ])

    const add = await runCli(
      dir,
      ['devices', 'add-all', '--password', fleet.devices[1]!.password, '--timeout', '2'],
      undefined,
      env,
    )
    expect(add.code).toBe(0)
    expect((add.json as BatchTargetOutcome[]).map((o) => [o.port, o.ok])).toEqual([
      [fleet.devices[1]!.port, true],
    ])
    const list = await runCli(dir, ['devices', 'list'])
    expect((list.json as unknown[]).length).toBe(2)
  })

  it('refuses a bad --timeout and a bad --range as usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-onboard-'))
    expect(
      (await runCli(dir, ['devices', 'discover', '--timeout', 'soon'], undefined, env)).code,
    ).toBe(2)
    expect(
      (await runCli(dir, ['devices', 'add-all', '--range', '10.0.0.9-3', '--password', 'x'])).code,
    ).toBe(2)
  })
})
