// doors, devices log, devices accounts from the command line, against a two-door controller.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Fleet } from '../../src/simulator'
import { runCli } from '../helpers/cli'
import { fleetAddedByCli } from '../helpers/cli-terminal'

let fleet: Fleet
let dataDir: string

/** The CLI in this process (runCli); `env` adds variables (the account password), never argv. */
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(dataDir, args, undefined, env)

beforeAll(async () => {
  ;({ fleet, dataDir } = await fleetAddedByCli(
    { profile: 'card-door', https: true, manualTimers: true },
    'Gate',
  ))
})
afterAll(async () => fleet.close())

describe('cli: doors, log, accounts', () => {
  it('doors status shows both doors; always-open door 2 holds it; bad door number is usage', async () => {
    const st = await cli(['doors', 'status', 'Gate'])
    expect(st).toMatchObject({ code: 0, json: { doors: [{ doorNo: 1 }, { doorNo: 2 }] } })
    expect(await cli(['doors', 'always-open', 'Gate', '2'])).toMatchObject({
      code: 0,
      json: { doors: [{ mode: 'normal' }, { doorNo: 2, mode: 'alwaysOpen', lock: 'open' }] },
    })
    const ws = (await fleet.control.state(0)).events.map((e) => `${e.major}/${e.minor}`)
    expect(ws).toEqual(expect.arrayContaining(['3/1026', '5/19']))
    expect((await cli(['doors', 'open', 'Gate'])).code).toBe(2)
    expect((await cli(['doors', 'open', 'Gate', '3'])).code).toBe(1)
  })

  it('devices log lists the door command and writes CSV', async () => {
    const log = await cli(['devices', 'log', 'Gate', '--type', 'operation'])
    expect(log.code).toBe(0)
    expect(log.json).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          minor: 'remoteAlwaysOpen',
          minorLabel: { en: 'Remote: door held open', zh: '远程常开' },
        }),
      ]),
    )
    const out = join(dataDir, 'gate-log.csv')
    expect((await cli(['devices', 'log', 'Gate', '--out', out])).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('remoteAlwaysOpen')
  })

  it('accounts add takes the password from the environment and never prints it', async () => {
    const secret = 'Night-Shift-31'
    const r = await cli(['devices', 'accounts', 'add', 'Gate', 'night', '--level', 'viewer'], {
      STATION_ACCOUNT_PASSWORD: secret,
    })
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).not.toContain(secret)
    const list = await cli(['devices', 'accounts', 'list', 'Gate'])
    expect(list.json).toMatchObject({
      accounts: [
        { userName: 'admin', isStation: true },
        { userName: 'night', level: 'Viewer' },
      ],
    })
    const noPw = await cli(['devices', 'accounts', 'passwd', 'Gate', 'night'])
    expect(noPw.code).toBe(2) // no TTY, no stdin flag, no env: usage, nothing sent
  })

  it('accounts remove deletes a limited account; the administrator is refused with ADMIN_ACCOUNT', async () => {
    const admin = await cli(['devices', 'accounts', 'remove', 'Gate', 'admin'])
    expect(admin).toMatchObject({ code: 1, json: { ok: false, error: { code: 'ADMIN_ACCOUNT' } } })
    const r = await cli(['devices', 'accounts', 'remove', 'Gate', 'night'])
    expect(r.code).toBe(0)
    // the terminal's list, read from it again
    const list = await cli(['devices', 'accounts', 'list', 'Gate'])
    expect(list.json).toMatchObject({ accounts: [{ userName: 'admin' }] })
    expect((list.json as { accounts: unknown[] }).accounts).toHaveLength(1)
    expect((await cli(['devices', 'accounts', 'remove', 'Gate', 'night'])).code).toBe(1)
  })
})
