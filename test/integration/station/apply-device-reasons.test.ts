// Issue 17 item 4/5: a terminal's refusal reads in plain words with its values ("door 2 does not
// exist on Reception (1 door)"), as a code with parameters; failures carry the person's name.
import { expect, it } from 'vitest'
import type { ApplyFailure, ApplyJob } from '../../../src/shared/model'
import { reasonText } from '../../../src/shared/reason-text'
import { value } from '../../helpers/roster-fixtures'
import { useReception } from '../../helpers/reception'

const r = useReception()

it('door rights beyond the terminal: the reason names the door, the terminal and its doors', async () => {
  // the station refuses to save door rights beyond a terminal, naming it (the form does too)
  const refused = await r.t.station.call('persons.save', {
    employeeNo: '1005',
    name: 'Elena Ruiz',
    doorRights: [1, 2],
  })
  expect(refused).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_ARGS',
      message: 'Door 2 does not exist on Reception (1 door).',
      details: {
        field: 'doorRights',
        reason: {
          code: 'doorNotOnTerminal',
          params: { terminal: 'Reception', doors: '2', count: 1 },
        },
      },
    },
  })
  // an import still takes them: the terminal's own refusal then reads in words
  value(
    await r.t.station.call('persons.import', {
      csv: 'employeeNo,name,doorRights,cards\n1005,Elena Ruiz,1;2,7001005\n',
    }),
  )
  value(await r.t.station.call('persons.save', { employeeNo: '1006', name: 'Femi Ade' }))
  const job = await r.settle()
  // Elena's card was not sent because she was refused: counted apart from cannot-hold
  const status = value<ApplyJob>(await r.t.station.call('apply.status', { jobId: job.id }))
  expect(status.devices[0]).toMatchObject({
    done: 1,
    failed: 1,
    skipped: 1,
    skippedBy: { cannotHold: 0, personRefused: 1, other: 0 },
  })
  const failures = value<ApplyFailure[]>(
    await r.t.station.call('apply.failures', { jobId: job.id }),
  )
  const elena = failures.filter((f) => f.employeeNo === '1005')
  expect(elena.length).toBeGreaterThan(0)
  expect(elena[0]!.name).toBe('Elena Ruiz')
  expect(elena[0]!.deviceCode?.errorMsg).toBe('doorRight')
  expect(elena[0]!.deviceReason).toEqual({
    code: 'doorNotOnTerminal',
    params: { terminal: 'Reception', doors: '2', count: 1 },
  })
  expect(reasonText(elena[0]!.deviceReason!, 'en')).toBe(
    'Door 2 does not exist on Reception (1 door).',
  )
  expect(reasonText(elena[0]!.deviceReason!, 'zh')).toBe('Reception 上没有门 2（共 1 个门）。')
  expect(failures.some((f) => f.employeeNo === '1006')).toBe(false)
  // the terminal holds Femi, not Elena
  const held = (await r.fleet.control.state(0, { events: 0 })).persons.map((p) => p.employeeNo)
  expect(held).toContain('1006')
  expect(held).not.toContain('1005')
})
