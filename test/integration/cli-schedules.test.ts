import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-schedules-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args)

describe('cli schedules', () => {
  it('lists definitions, applies to one terminal or all, exit 1 when a terminal refuses', async () => {
    for (const [i, d] of fleet.devices.entries())
      expect((await cli(...addTerminalArgs(d, `T${i}`))).code).toBe(0)
    expect(await cli('schedules', 'list')).toMatchObject({
      code: 0,
      json: { weekPlans: [], templates: [] },
    })
    const week = {
      planNo: 2,
      name: 'Day shift',
      days: { Monday: [{ begin: '07:00', end: '19:00' }] },
    }
    expect((await cli('call', 'schedules.saveWeekPlan', JSON.stringify(week))).code).toBe(0)
    expect(
      (
        await cli(
          'call',
          'schedules.saveTemplate',
          JSON.stringify({ templateNo: 2, name: 'Day shift', weekPlanNo: 2 }),
        )
      ).code,
    ).toBe(0)
    expect(await cli('schedules', 'list')).toMatchObject({
      code: 0,
      json: { templates: [{ templateNo: 2, weekPlanNo: 2 }] },
    })

    const one = await cli('schedules', 'apply', '--device', 'T1')
    expect(one).toMatchObject({ code: 0, json: { devices: [{ deviceName: 'T1', ok: true }] } })
    const all = await cli('schedules', 'apply', '--clear')
    expect(all.code).toBe(0)
    expect((all.json as { devices: { cleared: boolean }[] }).devices.map((d) => d.cleared)).toEqual(
      [true, true],
    )

    expect(
      (
        await cli(
          'call',
          'schedules.saveTemplate',
          JSON.stringify({ templateNo: 999, name: 'Too far', weekPlanNo: 2 }),
        )
      ).code,
    ).toBe(0)
    const refused = await cli('schedules', 'apply', '--device', 'T0')
    expect(refused).toMatchObject({
      code: 1,
      json: {
        devices: [
          { ok: false, error: { code: 'NOT_SUPPORTED', details: { misfit: 'OUT_OF_RANGE' } } },
        ],
      },
    })

    expect((await cli('schedules', 'apply', '--device', 'nope')).code).toBe(1)
  }, 120_000) // ten CLI processes; each takes seconds on a loaded machine
})
