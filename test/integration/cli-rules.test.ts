// `rules clear|templates` and the rules' settings through `config set`, as an installer types
// them; the anti-passback rule is proven by the simulated terminal refusing a second entry.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { DigestClient } from './simulator/digest-client'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
const A = '/ISAPI/AccessControl'
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp', timing: { doorPulseMs: 50 } })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-rules-'))
  expect((await runCli(dataDir, addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
  const c = DigestClient.for(fleet.devices[0]!)
  await c.put(`${A}/UserInfo/SetUp?format=json`, {
    UserInfo: { employeeNo: '7', name: 'P7', userType: 'normal' },
  })
  await c.put(`${A}/CardInfo/SetUp?format=json`, {
    CardInfo: { employeeNo: '7', cardNo: '7007', cardType: 'normalCard' },
  })
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args, 30_000)
const card = async () =>
  (await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '7007' })).map((e) => e.minor)

describe('cli rules', () => {
  it('turns anti-passback on with config set; a second entry is refused; rules clear lets the person in', async () => {
    expect((await cli('config', 'set', 'Lobby', 'AntiSneakCfg', 'enable=true')).code).toBe(0)
    expect(
      (await cli('config', 'set', 'Lobby', 'CardReaderAntiSneakCfg', '--id', '1', 'enable=true'))
        .code,
    ).toBe(0)
    expect(await card()).toEqual([1])
    expect(await card()).toEqual([10])
    const r = await cli('rules', 'clear', 'Lobby', 'anti-passback-records', '7')
    expect(r).toMatchObject({ code: 0, json: { what: 'antiPassbackRecords', employeeNos: ['7'] } })
    expect(await card()).toEqual([1])
    const bad = await cli(
      'config',
      'set',
      'Lobby',
      'CardReaderAntiSneakCfg',
      '--id',
      '1',
      'followUpCardReader=5',
    )
    expect(bad).toMatchObject({ code: 1, json: { ok: false, error: { code: 'OUT_OF_RANGE' } } })
  })

  it('lists the attendance templates; a usage mistake is exit 2', async () => {
    expect(
      (
        await cli(
          'config',
          'set',
          'Lobby',
          'AttendancePlanTemplate',
          '--id',
          '1',
          'templateName=Day',
        )
      ).code,
    ).toBe(0)
    const r = await cli('rules', 'templates', 'Lobby')
    expect(r.code).toBe(0)
    expect(r.json).toEqual(
      expect.arrayContaining([expect.objectContaining({ templateNo: 1, templateName: 'Day' })]),
    )
    expect((await cli('rules', 'clear', 'Lobby', 'everything')).code).toBe(2)
  })
})
