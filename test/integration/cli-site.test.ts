// `site export` / `site import`: a second station starts from the first's file — profiles with
// their assignments, rules and terminals (added with the file's passwords); a wrong passphrase
// is refused and leaves the second station untouched; a plain export holds no password.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import type { Profile } from '../../src/shared/contract/profiles'
import type { Device } from '../../src/shared/model'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let first: string
const tmp = mkdtempSync(join(tmpdir(), 'es-cli-site-'))
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  first = mkdtempSync(join(tmpdir(), 'es-cli-site-a-'))
  for (const [i, d] of fleet.devices.entries())
    expect((await runCli(first, addTerminalArgs(d, `S${i + 1}`))).code).toBe(0)
  const cli = (...a: string[]) => runCli(first, a)
  expect((await cli('profiles', 'create', 'Std', 'DoorParam#1', 'openDuration=6')).code).toBe(0)
  expect((await cli('profiles', 'assign', 'Std', 'device:S2')).code).toBe(0)
  expect(
    (await cli('profiles', 'override', 'Std', 'S2', 'DoorParam#1', 'doorName=Yard')).code,
  ).toBe(0)
})
afterAll(async () => fleet.close())

describe('cli site', () => {
  it('exports without secrets by default', async () => {
    const out = join(tmp, 'plain.esite')
    const r = await runCli(first, ['site', 'export', '--out', out])
    expect(r.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).not.toContain(fleet.devices[0]!.password)
    expect(JSON.parse(text)).toMatchObject({
      format: 'enrollment-station-site',
      profiles: [{ name: 'Std' }],
    })
  })

  it('a file whose schedules cannot be stored imports nothing of its profiles and rules', async () => {
    const out = join(tmp, 'plain2.esite')
    expect((await runCli(first, ['site', 'export', '--out', out])).code).toBe(0)
    const file = JSON.parse(readFileSync(out, 'utf8')) as {
      schedules: { modes: { templates: unknown[] } }
    }
    // a reader schedule template naming a week plan the file does not hold
    file.schedules.modes.templates.push({
      family: 'Verify',
      templateNo: 5,
      name: 'x',
      weekPlanNo: 99,
      holidayGroupNos: [],
    })
    writeFileSync(out, JSON.stringify(file))
    const second = mkdtempSync(join(tmpdir(), 'es-cli-site-c-'))
    const r = await runCli(second, ['site', 'import', out])
    expect(r.code).toBe(1)
    expect(r.json).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    expect((await runCli(second, ['profiles', 'list'])).json).toEqual([])
  })

  it('refuses a wrong passphrase without touching the station; the right one imports all', async () => {
    const out = join(tmp, 'secret.esite')
    const ex = await runCli(first, [
      'site',
      'export',
      '--out',
      out,
      '--with-secrets',
      '--passphrase',
      'correct horse',
    ])
    expect(ex.code).toBe(0)
    expect(readFileSync(out, 'utf8')).not.toContain(fleet.devices[0]!.password)
    const second = mkdtempSync(join(tmpdir(), 'es-cli-site-b-'))
    const wrong = await runCli(second, ['site', 'import', out, '--passphrase', 'wrong horse'])
    expect(wrong.code).toBe(1)
    expect(wrong.json).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', details: { passphrase: 'wrong' } },
    })
    expect((await runCli(second, ['profiles', 'list'])).json).toEqual([])
    expect((await runCli(second, ['devices', 'list'])).json).toEqual([])

    const ok = await runCli(second, ['site', 'import', out, '--passphrase', 'correct horse'])
    expect(ok.code).toBe(0)
    expect(ok.json).toMatchObject({
      profiles: ['Std'],
      terminals: [
        expect.objectContaining({ name: 'S1', state: 'added' }),
        expect.objectContaining({ name: 'S2', state: 'added' }),
      ],
    })
    const devices = (await runCli(second, ['devices', 'list'])).json as Device[]
    const s2 = devices.find((d) => d.name === 'S2')!
    const [p] = (await runCli(second, ['profiles', 'list'])).json as Profile[]
    expect(p!.targets).toEqual([{ kind: 'device', value: s2.id }])
    expect(p!.overrides).toEqual([
      {
        deviceId: s2.id,
        settings: [{ resource: 'DoorParam', instance: 1, values: { doorName: 'Yard' } }],
      },
    ])
    // the imported station works: its plan reads the terminal
    const plan = await runCli(second, ['profiles', 'plan', '--device', 'S2'])
    expect(plan.code).toBe(0)
  })
})
