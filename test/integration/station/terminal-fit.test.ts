// Issue 17 item 4, "check before sending": persons.save refuses a person type, a validity period
// or plan templates that a terminal the person goes to would refuse, naming the terminal and the
// reason as a code (en + zh words). The same values imported (no check) and applied are refused
// by the simulated terminal itself, so the check says what the terminal does; and a terminal the
// rules do not send the person to does not decide.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import type { ApplyFailure, ApplyJob, Assignment, Device } from '../../../src/shared/model'
import { reasonText, type Reason } from '../../../src/shared/reason-text'
import type { AppError } from '../../../src/shared/result'
import type { Store } from '../../../src/main/store'
import { startFleet, type Fleet } from '../../../src/simulator'
import { eventually } from '../../helpers/eventually'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let ids: string[]
let store: Store

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-lite', 'card-door'] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  for (const i of [0, 1]) await fleet.control.reset(i)
  t = testStation({
    apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
    onStoreOpen: (s) => (store = s),
  })
  ids = []
  for (const [i, name] of ['Lobby Lite', 'Gate'].entries()) {
    const d = fleet.devices[i]!
    const device = value<Device>(
      await t.station.call('devices.add', {
        name,
        host: d.host,
        port: d.port,
        protocol: 'http',
        username: d.username,
        password: d.password,
      }),
    )
    ids.push(device.id)
  }
})
afterEach(async () => t.station.close())

const refusal = async (input: object): Promise<{ error: AppError; reason: Reason }> => {
  const r = await t.station.call('persons.save', { employeeNo: '5001', name: 'Test', ...input })
  expect(r.ok).toBe(false)
  const error = (r as { error: AppError }).error
  expect(error.code).toBe('INVALID_ARGS')
  return { error, reason: error.details!.reason as Reason }
}

/**
 * Imports rows (no terminal check), gives some a validity end the import itself would refuse
 * (as a roster written before these checks holds), and applies: the terminals' own verdicts.
 */
const importAndApply = async (
  csv: string,
  validEnd: Record<string, string> = {},
): Promise<ApplyFailure[]> => {
  value(await t.station.call('persons.import', { csv }))
  for (const [employeeNo, end] of Object.entries(validEnd))
    store.db
      .prepare('UPDATE persons SET valid_enable = 1, valid_end = ? WHERE employee_no = ?')
      .run(end, employeeNo)
  const job = value<ApplyJob>(await t.station.call('apply.start', {}))
  await eventually(async () => {
    const now = value<ApplyJob>(await t.station.call('apply.status', { jobId: job.id }))
    expect(['done', 'failed']).toContain(now.state)
  })
  return value<ApplyFailure[]>(await t.station.call('apply.failures', { jobId: job.id }))
}

it('a person type one of their terminals does not know is refused, naming it (en, zh); the terminal itself refuses it too', async () => {
  const { error, reason } = await refusal({ userType: 'blackList' })
  expect(reason.code).toBe('userTypeNotOnTerminal')
  expect(error.details!.field).toBe('userType')
  expect(reasonText(reason, 'en')).toBe(
    'Lobby Lite has no person type “blackList” (it has: normal, visitor).',
  )
  expect(reasonText(reason, 'zh')).toContain('Lobby Lite')
  expect(value<{ total: number }>(await t.station.call('persons.search', {})).total).toBe(0)
})

it('a validity period beyond what a terminal stores is refused, naming it', async () => {
  const { reason } = await refusal({
    valid: { enable: true, beginTime: '2026-01-01T00:00:00', endTime: '2040-12-31T23:59:59' },
  })
  expect(reason.code).toBe('validityBeyondTerminal')
  expect(reasonText(reason, 'en')).toBe(
    'Gate keeps validity periods only between 1970-01-01 00:00:00 and 2037-12-31 23:59:59; 2026-01-01 00:00:00 – 2040-12-31 23:59:59 is outside.',
  )
})

it('plan templates beyond a terminal (more than 4 for a door, or above 255) are refused', async () => {
  expect((await refusal({ planTemplateNo: '1,2,3,4,5' })).reason.code).toBe(
    'planTemplateBeyondTerminal',
  )
  const { reason } = await refusal({ planTemplateNo: '300' })
  expect(reasonText(reason, 'en')).toBe(
    'Gate has plan templates 1 to 255, at most 4 per door; “300” does not fit.',
  )
  // four templates fit
  value(
    await t.station.call('persons.save', {
      employeeNo: '5002',
      name: 'Ok',
      planTemplateNo: '1,2,3,4',
    }),
  )
})

it('the terminals refuse the same values when they reach them unchecked (an import)', async () => {
  const failures = await importAndApply(
    'employeeNo,name,userType\n5101,Blocked,blackList\n5102,Far future,normal\n',
    { '5102': '2040-12-31T23:59:59' },
  )
  const seen = failures
    .map((f) => `${f.employeeNo}@${f.deviceId === ids[0] ? 'lite' : 'gate'}`)
    .sort()
  // the blocked type only where it is unknown; the far validity on both terminals
  expect(seen).toEqual(['5101@lite', '5102@gate', '5102@lite'])
})

it('only the terminals the person goes to decide: with a rule to the Gate alone, blackList is accepted', async () => {
  value<Assignment>(
    await t.station.call('assignments.add', {
      personScope: 'group:Guards',
      deviceScope: `device:${ids[1]}`,
      confirm: true,
    }),
  )
  const rules = value<Assignment[]>(await t.station.call('assignments.list', {}))
  const implicit = rules.find((r) => r.personScope === 'all')!
  value(await t.station.call('assignments.remove', { id: implicit.id, confirm: true }))
  value(
    await t.station.call('persons.save', {
      employeeNo: '5201',
      name: 'Blocked guard',
      userType: 'blackList',
      groups: ['Guards'],
    }),
  )
  // the same person put in a group that also goes to the Lite terminal is refused
  value(
    await t.station.call('assignments.add', {
      personScope: 'group:Lobby',
      deviceScope: `device:${ids[0]}`,
      confirm: true,
    }),
  )
  const { reason } = await refusal({
    employeeNo: '5201',
    name: 'Blocked guard',
    userType: 'blackList',
    groups: ['Guards', 'Lobby'],
  })
  expect(reason.params.terminal).toBe('Lobby Lite')
})
