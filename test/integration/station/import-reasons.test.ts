// Issue 17 item 7: a refused import says what is wrong per row and column as a code with
// parameters, which the UI words in en or zh (shared/reason-text.ts). A CSV given as text
// (persons.import) is read exactly like a person file.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { problemReason, type PersonFileReport } from '../../../src/shared/contract/person-files'
import { reasonText } from '../../../src/shared/reason-text'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
beforeEach(() => {
  t = testStation()
})
afterEach(async () => t.station.close())

it('each bad cell carries a reason code with its row, column and values', async () => {
  const csv =
    'employeeNo,name,cards\n1001,Ann Lee,111\n,No Number,222\n1003,Bo Kim,bad card\n1001,Ann Again,\n'
  const r = await t.station.call('persons.import', { csv })
  expect(r.ok).toBe(false)
  if (r.ok) return
  const { problems } = (r.error.details as { report: PersonFileReport }).report
  const reasons = problems.map(problemReason)
  expect(reasons.map((e) => e.code)).toEqual(['cellRequired', 'cellCardNo', 'cellEmployeeTwice'])
  expect(reasons[0]!.params).toMatchObject({ row: 3, column: 'employeeNo' })
  expect(reasonText(reasons[1]!, 'zh')).toBe(
    '第 4 行“cards”列：卡号应为 1 到 32 位字母或数字，实际为“bad card”。',
  )
  expect(reasonText(reasons[2]!, 'en')).toBe(
    'Row 5, column “employeeNo”: employee no. 1001 appears twice in the file.',
  )
  expect(value(await t.station.call('persons.search', {}))).toMatchObject({ total: 0 })
})

const value = (r: { ok: boolean; value?: unknown }) => r.value
