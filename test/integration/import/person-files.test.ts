import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { plainFace } from '../../helpers/plain-face'
import { afterEach, describe, expect, it } from 'vitest'
import type { PersonFile, PersonFileReport } from '@shared/contract/person-files'
import type { PersonDetail } from '@shared/model'
import type { Result } from '@shared/result'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
afterEach(async () => t?.station.close())

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
const call = (method: string, args: unknown) => t.station.call(method, args)
const person = async (employeeNo: string) =>
  value<PersonDetail>(await call('persons.get', { employeeNo }))
const b64 = (b: Buffer | Uint8Array) => Buffer.from(b).toString('base64')

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet('Staff')
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}

const jpeg = (side: number) => plainFace(side, side, '#a08070')

describe('persons.importFile', () => {
  it('reads an xlsx with date cells, slash dates, a department path and cards', async () => {
    t = testStation()
    const data = await xlsx([
      ['Employee No', 'Name', 'Department', 'Valid From', 'Valid To', 'Cards'],
      [
        '1001',
        'Elena Ruiz',
        'HQ/Front office',
        new Date(Date.UTC(2026, 11, 1)),
        '2027/11/30',
        '111;222',
      ],
      [1002, 'Grace Hopper', 'HQ', '2026-12-01 08:30', new Date(Date.UTC(2027, 0, 31, 18, 0)), ''],
    ])
    const report = value<PersonFileReport>(
      await call('persons.importFile', { fileName: 'staff.xlsx', dataBase64: b64(data) }),
    )
    expect(report).toMatchObject({ rows: 2, created: 2, cards: 2, written: true, problems: [] })
    const elena = await person('1001')
    expect(elena.groupName).toBe('HQ/Front office')
    expect(elena.valid).toMatchObject({
      enable: true,
      beginTime: '2026-12-01T00:00:00',
      endTime: '2027-11-30T23:59:59',
    })
    expect(elena.cards.map((c) => c.cardNo).sort()).toEqual(['111', '222'])
    const grace = await person('1002')
    expect(grace.valid).toMatchObject({
      beginTime: '2026-12-01T08:30:00',
      endTime: '2027-01-31T18:00:00',
    })
  })

  it('reads a GBK CSV with ; separators and Chinese headers', async () => {
    t = testStation()
    const text =
      '工号;姓名;部门;有效期开始;有效期结束\r\n2001;张伟;总部/前台;2026/12/01;2027/12/31\r\n'
    const report = value<PersonFileReport>(
      await call('persons.importFile', {
        fileName: 'staff.csv',
        dataBase64: b64(iconv.encode(text, 'gbk')),
      }),
    )
    expect(report).toMatchObject({
      rows: 1,
      created: 1,
      columns: ['工号', '姓名', '部门', '有效期开始', '有效期结束'],
    })
    const p = await person('2001')
    expect(p).toMatchObject({ name: '张伟', groupName: '总部/前台' })
    expect(p.valid.endTime).toBe('2027-12-31T23:59:59')
  })

  it('reads UTF-8 with a BOM', async () => {
    t = testStation()
    const data = Buffer.from('\ufeffemployeeNo,name\n3001,Zoë Ångström\n', 'utf8')
    value(await call('persons.importFile', { fileName: 'a.csv', dataBase64: b64(data) }))
    expect((await person('3001')).name).toBe('Zoë Ångström')
  })

  it('lists every problem by row and column as written, writes nothing, then imports the good rows by choice', async () => {
    t = testStation()
    value(await call('persons.save', { employeeNo: 'owner', name: 'Card Owner' }))
    value(await call('persons.addCard', { employeeNo: 'owner', cardNo: '999' }))
    const csv = [
      'Employee No,Name,Valid From,Valid To,Cards,Gender',
      '1,Good One,2026-12-01,2026-12-31,,',
      '2,Bad Date,2026-13-01,31.12.2026,,',
      '3,,2026-12-01,,,robot',
      '4,Taken Card,,,999,',
      '1,Twice,,,,',
      '5,Good Two,,,,female',
    ].join('\n')
    const args = { fileName: 'staff.csv', dataBase64: b64(Buffer.from(csv)) }
    const refused = await call('persons.importFile', args)
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('INVALID_ARGS')
    const report = refused.error.details?.report as PersonFileReport
    expect(report.problems.map((p) => [p.row, p.column, p.code, p.found])).toEqual([
      [3, 'Valid From', 'date', '2026-13-01'],
      [3, 'Valid To', 'date', '31.12.2026'],
      [4, 'Name', 'required', ''],
      [4, 'Gender', 'choice', 'robot'],
      [5, 'Cards', 'cardOwned', '999'],
      [6, 'Employee No', 'employeeTwice', '1'],
    ])
    expect((await call('persons.get', { employeeNo: '1' })).ok).toBe(false)

    const good = value<PersonFileReport>(
      await call('persons.importFile', { ...args, goodRowsOnly: true }),
    )
    expect(good).toMatchObject({ created: 2, skipped: 4, written: true })
    expect((await person('5')).gender).toBe('female')
    expect((await call('persons.get', { employeeNo: '4' })).ok).toBe(false)
  })

  it('refuses a file without the required columns, naming them', async () => {
    t = testStation()
    const r = await call('persons.importFile', {
      fileName: 'x.csv',
      dataBase64: b64(Buffer.from('who,what\n1,2\n')),
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.details?.reason).toMatchObject({ code: 'importMissingColumns' })
  })

  it('matches photos in a ZIP by employee number, previews them in a dry run, then stores faces', async () => {
    t = testStation()
    const csv = 'employeeNo,name\n1001,Elena Ruiz\n1002,Ada Lovelace\n'
    const zip = zipSync({
      'photos/1001_Elena Ruiz.jpg': await jpeg(400),
      '1002.jpg': Buffer.from('not a picture'),
      '4040.jpg': await jpeg(300),
      'notes.txt': Buffer.from('hello'),
    })
    const args = {
      fileName: 'staff.csv',
      dataBase64: b64(Buffer.from(csv)),
      photosZipBase64: b64(zip),
    }
    const preview = value<PersonFileReport>(
      await call('persons.importFile', { ...args, dryRun: true }),
    )
    expect(preview.written).toBe(false)
    const outcomes = (r: PersonFileReport) =>
      Object.fromEntries(r.photos.map((p) => [p.file, p.outcome]))
    const expected = {
      'photos/1001_Elena Ruiz.jpg': 'matched',
      '1002.jpg': 'refused',
      '4040.jpg': 'noSuchPerson',
      'notes.txt': 'refused',
    }
    expect(outcomes(preview)).toEqual(expected)
    expect((await call('persons.get', { employeeNo: '1001' })).ok).toBe(false)

    const report = value<PersonFileReport>(await call('persons.importFile', args))
    expect(outcomes(report)).toEqual(expected)
    // why a photo was refused is a code the UI words in en and zh
    expect(report.photos.find((p) => p.file === '1002.jpg')?.why).toEqual({
      code: 'faceNotAnImage',
      params: {},
    })
    expect((await person('1001')).face).toMatchObject({ width: 400, height: 400 })
    expect((await person('1002')).face).toBeNull()
  })
})

describe('persons.exportFile and persons.template', () => {
  it('exports a department and its sub-departments to xlsx that imports back unchanged', async () => {
    t = testStation()
    const csv = [
      'employeeNo,name,department,validFrom,validTo,cards',
      '1,Ann,HQ,2026-12-01,2027-01-01,11',
      '2,Bob,HQ/Front office,,,22;23',
      '3,Cy,HQ2,,,',
      '4,Di,Plant,,,',
    ].join('\n')
    value(
      await call('persons.importFile', { fileName: 'a.csv', dataBase64: b64(Buffer.from(csv)) }),
    )
    const out = value<PersonFile & { persons: number }>(
      await call('persons.exportFile', { format: 'xlsx', department: 'HQ' }),
    )
    expect(out.persons).toBe(2)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(Buffer.from(out.dataBase64, 'base64')).buffer)
    const rows = book.worksheets[0]!.getSheetValues().slice(1) as unknown[][]
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['Employee No', 'Name'],
      ['1', 'Ann'],
      ['2', 'Bob'],
    ])
    // into a fresh station: the same persons come back
    await t.station.close()
    t = testStation()
    value(await call('persons.importFile', { fileName: 'back.xlsx', dataBase64: out.dataBase64 }))
    const bob = await person('2')
    expect(bob.groupName).toBe('HQ/Front office')
    expect(bob.cards.map((c) => c.cardNo).sort()).toEqual(['22', '23'])
    expect((await person('1')).valid).toMatchObject({ beginTime: '2026-12-01T00:00:00' })
  })

  it('writes a template with Chinese headers as CSV with a BOM', async () => {
    t = testStation()
    const file = value<PersonFile>(await call('persons.template', { format: 'csv', lang: 'zh' }))
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8')
    expect(text.startsWith('\ufeff工号,姓名,部门')).toBe(true)
    // the template imports as it stands (its example row)
    const r = value<PersonFileReport>(
      await call('persons.importFile', { fileName: file.fileName, dataBase64: file.dataBase64 }),
    )
    expect(r).toMatchObject({ created: 1, problems: [] })
  })
})
