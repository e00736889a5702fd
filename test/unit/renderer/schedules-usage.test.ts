import { describe, expect, it } from 'vitest'
import type { ScheduleDeviceResult, ScheduleRoster } from '../../../src/shared/model'
import {
  deviceCode,
  misfit,
  outcomeOf,
  writtenCounts,
} from '../../../src/renderer/src/features/schedules/apply-outcome'
import {
  joinTemplateNos,
  templateChoices,
  templateNos,
} from '../../../src/renderer/src/features/schedules/template-choices'
import { inUse, nextFree, usedBy } from '../../../src/renderer/src/features/schedules/usage'

const at = '2026-01-01T00:00:00.000Z'
const roster: ScheduleRoster = {
  weekPlans: [
    { planNo: 2, name: 'Office', days: {}, updatedAt: at },
    { planNo: 3, name: 'Night', days: {}, updatedAt: at },
  ],
  holidayPlans: [
    {
      planNo: 1,
      name: 'Xmas',
      beginDate: '2026-12-24',
      endDate: '2026-12-26',
      segments: [],
      updatedAt: at,
    },
  ],
  holidayGroups: [{ groupNo: 1, name: 'Public', holidayPlanNos: [1], updatedAt: at }],
  templates: [
    { templateNo: 2, name: 'Office', weekPlanNo: 2, holidayGroupNos: [1], updatedAt: at },
  ],
}
const usage = { templates: [{ templateNo: 2, persons: 7, employeeNos: ['1', '2', '3', '4', '5'] }] }

describe('who uses a definition', () => {
  it('follows the references of the roster and the persons count', () => {
    expect(usedBy(roster, usage, 'weekPlan', 2).refs).toEqual([
      { kind: 'template', no: 2, name: 'Office' },
    ])
    expect(inUse(usedBy(roster, usage, 'weekPlan', 3))).toBe(false)
    expect(usedBy(roster, usage, 'holidayPlan', 1).refs).toEqual([
      { kind: 'holidayGroup', no: 1, name: 'Public' },
    ])
    expect(usedBy(roster, usage, 'holidayGroup', 1).refs).toEqual([
      { kind: 'template', no: 2, name: 'Office' },
    ])
    expect(usedBy(roster, usage, 'template', 2)).toMatchObject({ persons: 7, refs: [] })
    expect(inUse(usedBy(roster, null, 'template', 2))).toBe(false)
  })

  it('numbers new definitions from 2, leaving 1 to the factory plan', () => {
    expect(nextFree([])).toBe(2)
    expect(nextFree([2, 3, 5])).toBe(4)
    expect(nextFree([1, 2], 1)).toBe(3)
  })
})

describe('a person’s template choices', () => {
  it('offers station templates by name, the factory 1, and keeps unknown numbers', () => {
    const choices = templateChoices(roster.templates, '7,2')
    expect(choices.map((c) => [c.value, c.kind, c.name])).toEqual([
      ['1', 'factory', null],
      ['2', 'station', 'Office'],
      ['7', 'unknown', null],
    ])
    const redefined = templateChoices(
      [{ ...roster.templates[0]!, templateNo: 1, name: 'Mine' }],
      '',
    )
    expect(redefined).toEqual([{ value: '1', no: 1, name: 'Mine', kind: 'station' }])
  })

  it('reads and writes the comma list', () => {
    expect(templateNos(' 3, 1,x,,12')).toEqual([3, 1, 12])
    expect(joinTemplateNos(['12', '3', '3', '1'])).toBe('1,3,12')
    expect(joinTemplateNos([])).toBe('')
  })
})

describe('a terminal’s answer to apply', () => {
  const base: ScheduleDeviceResult = {
    deviceId: 'd',
    deviceName: 'Lobby',
    ok: true,
    cleared: false,
    written: [],
  }
  it('tells written, refused, not supported and not reached apart', () => {
    expect(outcomeOf(base)).toBe('written')
    const fail = (code: string, details?: Record<string, unknown>) =>
      outcomeOf({
        ...base,
        ok: false,
        error: { code, message: 'x', ...(details ? { details } : {}) },
      })
    expect(fail('DEVICE_REJECTED')).toBe('refused')
    expect(fail('CAPACITY_FULL')).toBe('refused')
    expect(fail('NOT_SUPPORTED')).toBe('notSupported')
    expect(fail('OFFLINE')).toBe('failed')
    expect(fail('DEVICE_LOCKED')).toBe('failed')
  })

  it('counts what was written by kind, in writing order', () => {
    expect(
      writtenCounts({
        ...base,
        written: [
          { kind: 'weekPlan', no: 2 },
          { kind: 'weekPlan', no: 3 },
          { kind: 'template', no: 2 },
        ],
      }),
    ).toEqual([
      ['weekPlan', 2],
      ['template', 1],
    ])
  })

  it('reads the misfit reason and problems, and the terminal’s own codes', () => {
    const problems = [{ kind: 'weekPlan', no: 300, field: 'planNo', message: 'week plan 300: …' }]
    const r: ScheduleDeviceResult = {
      ...base,
      ok: false,
      error: { code: 'NOT_SUPPORTED', message: 'x', details: { misfit: 'OUT_OF_RANGE', problems } },
    }
    expect(misfit(r)).toEqual({ reason: 'OUT_OF_RANGE', problems })
    expect(deviceCode(r)).toBeNull()
    const refused: ScheduleDeviceResult = {
      ...base,
      ok: false,
      error: {
        code: 'DEVICE_REJECTED',
        message: 'x',
        details: { deviceCode: { subStatusCode: 'badParameters' } },
      },
    }
    expect(deviceCode(refused)).toEqual({ subStatusCode: 'badParameters' })
    expect(misfit(refused)).toEqual({ reason: null, problems: [] })
  })
})
