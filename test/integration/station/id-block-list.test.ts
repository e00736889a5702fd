// idcards.caps / setBlocked (21.19.1–2) against a simulated face terminal with an ID-card reader:
// a blocked number is refused at the ID-card swipe with the block-list event (5/113) — behaviour,
// seen through the simulator's own event log and the station's events — and allowed again once
// taken off; a number outside the terminal's length range, and a terminal without an ID-card
// reader, are refused with nothing sent; the number is answered and audited masked; the CLI.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccessEvent, Device } from '../../../src/shared/model'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

const ID = '110101199002240011'
let fleet: Fleet
let t: TestStation
let deviceId = ''
let liteId = ''
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'face-lite'] })
  t = testStation()
  deviceId = value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Lobby')).id
  liteId = value<Device>(await addSimulated(t.station, fleet.devices[1]!, 'Side')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

const swipe = async (idCardNo: string) =>
  (await fleet.control.triggerEvent(0, { kind: 'idCard', idCardNo })).map(
    (e) => `${e.major}/${e.minor}`,
  )
const heldOnTerminal = async () =>
  (await fleet.control.docs(0, 'IDBlackList')).IDBlackList as Record<string, unknown> | undefined

describe('ID-card block list', () => {
  it('reads the terminal’s capabilities', async () => {
    expect(value(await t.station.call('idcards.caps', { deviceId }))).toMatchObject({
      idNumber: { min: 15, max: 18 },
    })
  })

  it('a blocked number is refused at the swipe with the block-list event, then allowed again', async () => {
    expect(await swipe(ID)).toEqual(['5/105'])
    const r = value<{ idNumber: string }>(
      await t.station.call('idcards.setBlocked', {
        deviceId,
        blocked: true,
        idNumber: ID,
        name: 'ZHANG SAN',
      }),
    )
    expect(r.idNumber).toBe('**************0011')
    expect(Object.keys((await heldOnTerminal()) ?? {})).toEqual([ID])
    expect(await swipe(ID)).toEqual(['5/113'])
    // the station stores it as any ID card event: masked
    await expect
      .poll(async () =>
        value<{ items: AccessEvent[] }>(
          await t.station.call('events.search', { deviceId, limit: 50 }),
        ).items.some((e) => e.minor === 113 && e.idCardNo === '**************0011'),
      )
      .toBe(true)
    value(await t.station.call('idcards.setBlocked', { deviceId, blocked: false, idNumber: ID }))
    expect(await heldOnTerminal()).toEqual({})
    expect(await swipe(ID)).toEqual(['5/105'])
    const audit = value<{ entries: { action: string; details: unknown }[] }>(
      await t.station.call('audit.search', { limit: 20 }),
    ).entries.filter((a) => a.action.startsWith('idcards.'))
    expect(audit.length).toBe(2)
    expect(JSON.stringify(audit)).not.toContain(ID)
  })

  it('refuses bad numbers and terminals without an ID-card reader, nothing sent', async () => {
    const bad = await t.station.call('idcards.setBlocked', {
      deviceId,
      blocked: true,
      idNumber: '12345',
      name: 'X',
    })
    expect(bad.ok || bad.error.code).toBe('INVALID_ARGS')
    const noName = await t.station.call('idcards.setBlocked', {
      deviceId,
      blocked: true,
      idNumber: ID,
    })
    expect(noName.ok || noName.error.code).toBe('INVALID_ARGS')
    const lite = await t.station.call('idcards.setBlocked', {
      deviceId: liteId,
      blocked: true,
      idNumber: ID,
      name: 'ZHANG SAN',
    })
    expect(lite.ok || lite.error.code).toBe('NOT_SUPPORTED')
    expect(
      (await fleet.control.writes(1))['PUT /ISAPI/AccessControl/IDBlackListCfg'],
    ).toBeUndefined()
    expect(await heldOnTerminal()).toEqual({})
  })

  it('cli: idcards block and unblock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-idblock-'))
    expect((await runCli(dir, addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
    const blocked = await runCli(dir, [
      'idcards',
      'block',
      'Lobby',
      '11010119900224123X',
      '--name',
      'LI SI',
    ])
    expect(blocked.code).toBe(0)
    expect(blocked.stdout).not.toContain('11010119900224123X')
    expect(Object.keys((await heldOnTerminal()) ?? {})).toEqual(['11010119900224123X'])
    expect((await runCli(dir, ['idcards', 'unblock', 'Lobby', '11010119900224123X'])).code).toBe(0)
    expect(await heldOnTerminal()).toEqual({})
  })
})
