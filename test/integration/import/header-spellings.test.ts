// A person file whose headers carry a period and full-width forms (as Excel sheets made by hand
// do) imports like the template's own headers; it was refused as missing "Employee No".
import { afterEach, expect, it } from 'vitest'
import type { PersonFileReport } from '@shared/contract/person-files'
import type { PersonDetail } from '@shared/model'
import { value } from '../../helpers/result'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
afterEach(async () => t?.station.close())

it('imports a file headed "Employee No.", "Name:" and "卡号（Card No.）"', async () => {
  t = testStation()
  const csv = 'Employee No.,Name:,卡号（Card No.）\r\n1001,Elena Ruiz,4455\r\n'
  const report = value<PersonFileReport>(
    await t.station.call('persons.importFile', {
      fileName: 'staff.csv',
      dataBase64: Buffer.from(csv).toString('base64'),
    }),
  )
  expect(report).toMatchObject({ rows: 1, created: 1, cards: 1, written: true, problems: [] })
  expect(report.columns).toEqual(['Employee No.', 'Name:', '卡号（Card No.）'])
  const elena = value<PersonDetail>(await t.station.call('persons.get', { employeeNo: '1001' }))
  expect(elena.name).toBe('Elena Ruiz')
  expect(elena.cards.map((c) => c.cardNo)).toEqual(['4455'])
})
