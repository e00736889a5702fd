import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-schedule-modes-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args, 60_000)

describe('cli reader and door schedules', () => {
  it('defines a door-status week plan, template and binding, lists them and writes them', async () => {
    expect((await cli(...addTerminalArgs(fleet.devices[0]!, 'Gate'))).code).toBe(0)
    expect(
      (
        await cli(
          'schedules',
          'week',
          'DoorStatus',
          '3',
          'Office',
          'Mon-Fri=08:00-18:00/remainOpen',
          'Sat=9:00-12:00/remainOpen',
        )
      ).code,
    ).toBe(0)
    expect(
      (
        await cli(
          'schedules',
          'holiday',
          'DoorStatus',
          '1',
          'Christmas',
          '2026-12-24',
          '2026-12-26',
          '00:00-24:00/remainClosed',
        )
      ).code,
    ).toBe(0)
    expect((await cli('schedules', 'group', 'DoorStatus', '1', 'Holidays', '1')).code).toBe(0)
    expect(
      (await cli('schedules', 'template', 'DoorStatus', '3', 'Free open', '3', '1')).code,
    ).toBe(0)
    expect((await cli('schedules', 'bind', 'Gate', 'door', '2', '3')).code).toBe(0)
    expect(
      (await cli('schedules', 'week', 'Verify', '2', 'x', 'Funday=08:00-09:00/card')).code,
    ).toBe(2)
    const list = await cli('schedules', 'list')
    expect(list).toMatchObject({
      code: 0,
      json: {
        DoorStatus: {
          weekPlans: [
            {
              planNo: 3,
              days: {
                Friday: [{ begin: '08:00:00', end: '18:00:00', mode: 'remainOpen' }],
                Saturday: [{ begin: '09:00:00', end: '12:00:00', mode: 'remainOpen' }],
              },
            },
          ],
          templates: [{ templateNo: 3, weekPlanNo: 3, holidayGroupNos: [1] }],
          holidayPlans: [
            {
              planNo: 1,
              beginDate: '2026-12-24',
              segments: [{ begin: '00:00:00', end: '24:00:00', mode: 'remainClosed' }],
            },
          ],
        },
        bindings: [{ target: 'door', no: 2, templateNo: 3 }],
      },
    })
    const applied = await cli('schedules', 'apply', '--family', 'DoorStatus')
    expect(applied).toMatchObject({ code: 0, json: { devices: [{ ok: true }] } })
    const docs = await fleet.control.docs(0, 'DoorStatusPlan')
    expect(docs['DoorStatusPlan/2']).toEqual({ templateNo: 3 })
    expect(docs['DoorStatusPlan/1']).toBeUndefined()
    const holiday = await fleet.control.docs(0, 'DoorStatusHolidayPlanCfg/1')
    expect(JSON.stringify(holiday)).toContain('remainClosed')
    expect(docs['DoorStatusPlanTemplate/3']).toMatchObject({
      templateName: 'Free open',
      weekPlanNo: 3,
    })
  }, 120_000)
})
