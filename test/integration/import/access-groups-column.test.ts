// A person file's "Access Groups" column: the department is a person's first group and the
// column lists the others (issue 17: a person goes where any of their groups goes); an export
// carries them and imports back the same.
import { afterEach, expect, it } from 'vitest'
import type { PersonFile } from '@shared/contract/person-files'
import type { PersonDetail } from '@shared/model'
import { testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let t: TestStation
afterEach(async () => t?.station.close())

const importCsv = async (csv: string) =>
  value(
    await t.station.call('persons.importFile', {
      fileName: 'staff.csv',
      dataBase64: Buffer.from(csv).toString('base64'),
    }),
  )
const groupsOf = async (employeeNo: string) =>
  value<PersonDetail>(await t.station.call('persons.get', { employeeNo })).groups

it('reads the department first and the listed groups after it (sorted), exports them, and reads them back', async () => {
  t = testStation()
  await importCsv(
    'Employee No,Name,Department,Access Groups\n1,Ann,HQ/Front,Lab;Kitchen\n2,Bo,,Night\n3,Cy,Plant,\n',
  )
  expect(await groupsOf('1')).toEqual(['HQ/Front', 'Kitchen', 'Lab'])
  expect(await groupsOf('2')).toEqual(['Night'])
  expect(await groupsOf('3')).toEqual(['Plant'])

  const out = value<PersonFile>(await t.station.call('persons.exportFile', { format: 'csv' }))
  const text = Buffer.from(out.dataBase64, 'base64').toString('utf8')
  expect(text).toContain('Access Groups')
  // a file without the column keeps the groups; the exported file puts them back as they were
  await importCsv('Employee No,Name\n1,Ann Lee\n')
  expect(await groupsOf('1')).toEqual(['HQ/Front', 'Kitchen', 'Lab'])
  await importCsv('Employee No,Name,Access Groups\n1,Ann Lee,Night\n')
  expect(await groupsOf('1')).toEqual(['HQ/Front', 'Night'])
  value(
    await t.station.call('persons.importFile', {
      fileName: 'back.csv',
      dataBase64: out.dataBase64,
    }),
  )
  expect(await groupsOf('1')).toEqual(['HQ/Front', 'Kitchen', 'Lab'])
})
