// Issue 17 item 7: a refused import says what is wrong per line as a code with parameters, which
// the UI words in en or zh (shared/reason-text.ts).
import { afterEach, beforeEach, expect, it } from 'vitest'
import { reasonText, type Reason } from '../../../src/shared/reason-text'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
beforeEach(() => {
  t = testStation()
})
afterEach(async () => t.station.close())

it('each bad line carries a reason code with its values', async () => {
  const csv =
    'employeeNo,name,cards\n1001,Ann Lee,111\n,No Number,222\n1003,Bo Kim,bad card\n1001,Ann Again,\n'
  const r = await t.station.call('persons.import', { csv })
  expect(r.ok).toBe(false)
  if (r.ok) return
  const errors = (r.error.details as { errors: { line: number; reason: Reason }[] }).errors
  expect(errors.map((e) => e.reason.code)).toEqual([
    'importBadFields',
    'importBadCardNo',
    'importDuplicateEmployee',
  ])
  expect(errors[0]!.reason.params).toEqual({ fields: 'employeeNo' })
  expect(reasonText(errors[1]!.reason, 'zh')).toBe('卡号“bad card”必须是 1 到 32 位字母或数字。')
  expect(reasonText(errors[2]!.reason, 'en')).toBe('Employee no. 1001 appears twice in the file.')
})
