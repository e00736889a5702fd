// The station's own .xlsx reader on workbooks built byte by byte: what Excel writes (the sheet
// before its shared strings, rich text with phonetic runs, styles that make a number a date,
// `_x000D_` escapes, formula results, booleans, ISO date cells, cells without references),
// what other writers do (namespace prefixes, the 1904 date system, a hidden first sheet, parts
// in reverse order), and a workbook exceljs wrote.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readTable, type TableRow } from '../../../src/main/station/import/table-reader'
import { base64Source } from '../../../src/main/station/import/file-source'
import { row, sheetXml, sstXml, workbook } from '../../helpers/xlsx-build'

async function rowsOf(file: Buffer): Promise<TableRow[]> {
  const out: TableRow[] = []
  for await (const r of readTable(base64Source('staff.xlsx', file.toString('base64')))) out.push(r)
  return out
}

const serial = (y: number, m: number, d: number, epoch = 25569) =>
  Date.UTC(y, m - 1, d) / 86_400_000 + epoch
const STYLES = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/mm/dd;@"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>`

describe('the xlsx reader', () => {
  it('reads what Excel writes: strings after the sheet, rich text, date styles, escapes, formulas, booleans', async () => {
    const strings = sstXml(
      '<si><t>Employee No</t></si><si><t>Name</t></si><si><t>Valid From</t></si>' +
        '<si><r><rPr><b/></rPr><t>An</t></r><r><t xml:space="preserve">na </t></r><rPh sb="0" eb="1"><t>アンナ</t></rPh></si>',
    )
    const sheet = sheetXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        `<row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="1"><v>${serial(2026, 12, 1)}</v></c><c r="D2" s="2"><v>${serial(2027, 11, 30) + 0.5}</v></c><c r="E2" s="3"><v>42</v></c></row>` +
        '<row r="3"><c r="A3" s="1"/><c r="B3" t="s" s="2"></c></row>' +
        '<row><c t="str"><f>A1&amp;"x"</f><v>Line_x000D_two &amp; &#x4E2D;</v></c><c t="b"><v>1</v></c>' +
        '<c t="d"><v>2026-12-01T08:00:00</v></c><c t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c><c t="e"><v>#N/A</v></c></row>',
    )
    const rows = await rowsOf(workbook({ sheet, sharedStrings: strings, styles: STYLES }))
    expect(rows).toEqual([
      { row: 1, cells: ['Employee No', 'Name', 'Valid From'] },
      {
        row: 2,
        cells: [
          1001,
          'Anna ',
          new Date('2026-12-01T00:00:00Z'),
          new Date('2027-11-30T12:00:00Z'),
          42,
        ],
      },
      // row 3 holds only formatted empty cells: left out
      {
        row: 4,
        cells: ['Line\rtwo & 中', true, new Date('2026-12-01T08:00:00Z'), 'a<b', '#N/A'],
      },
    ])
  })

  it('reads the first visible sheet of a workbook in reverse part order, with prefixes and the 1904 date system', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    const book = `<x:workbook xmlns:x="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <x:workbookPr date1904="1"/><x:sheets>
      <x:sheet name="Lists" sheetId="2" state="hidden" r:id="rId1"/><x:sheet name="Old" sheetId="3" r:id="rId7"/>
      </x:sheets></x:workbook>`
    const sheet = `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>No</x:t></x:is></x:c><x:c r="B1" s="1"><x:v>${serial(2026, 12, 1, 24107)}</x:v></x:c></x:row></x:sheetData></x:worksheet>`
    const file = workbook({
      sheet,
      styles: STYLES,
      workbook: book,
      order: [
        'xl/styles.xml',
        'xl/worksheets/sheet1.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/workbook.xml',
        '_rels/.rels',
      ],
    })
    // rId7 is no worksheet of the package: the hidden sheet is the only one, so it is read
    expect(await rowsOf(file)).toEqual([
      { row: 1, cells: ['No', new Date('2026-12-01T00:00:00Z')] },
    ])
  })

  it('reads a workbook exceljs wrote, as the template and the export are', async () => {
    const book = new ExcelJS.Workbook()
    const ws = book.addWorksheet('Staff')
    ws.addRow(['Employee No', 'Name', 'Valid From', 'Cards'])
    ws.addRow(['0042', 'Chen Wei 陈伟', new Date(Date.UTC(2026, 11, 1)), 3000000013])
    ws.addRow([])
    ws.addRow(['0043', { richText: [{ text: 'Dana ' }, { text: 'Novak' }] }, '2026/12/01', ''])
    const rows = await rowsOf(Buffer.from(await book.xlsx.writeBuffer()))
    expect(rows).toEqual([
      { row: 1, cells: ['Employee No', 'Name', 'Valid From', 'Cards'] },
      { row: 2, cells: ['0042', 'Chen Wei 陈伟', new Date('2026-12-01T00:00:00Z'), 3000000013] },
      { row: 4, cells: ['0043', 'Dana Novak', '2026/12/01'] },
    ])
  })

  it('reads rows of inline strings and numbers, many rows', async () => {
    const body = Array.from({ length: 3000 }, (_, i) => row(i + 2, [`E${i}`, `Name ${i}`, i]))
    const rows = await rowsOf(
      workbook({ sheet: sheetXml(row(1, ['No', 'Name', 'N']) + body.join('')) }),
    )
    expect(rows).toHaveLength(3001)
    expect(rows[2999]).toEqual({ row: 3000, cells: ['E2998', 'Name 2998', 2998] })
  })
})
