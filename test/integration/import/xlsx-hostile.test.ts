// Issue 18: a hostile .xlsx is refused with a coded reason (en + zh words) before it costs
// memory or time — each bound holds by construction (bench/import.ts --hostile xlsx measures
// RSS and stalls). The fixtures are built here and stay small: large inflated contents are one
// deflated piece repeated.
import { afterEach, describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/result'
import { REASON_TEXT } from '@shared/reason-text'
import { readTable } from '../../../src/main/station/import/table-reader'
import { base64Source } from '../../../src/main/station/import/file-source'
import { buildZip, repeated, row, sheetXml, sstXml, workbook } from '../../helpers/xlsx-build'
import { testStation, type TestStation } from '../../helpers/station'

async function refusal(file: Buffer): Promise<{ code: string; params: Record<string, unknown> }> {
  let rows = 0
  try {
    for await (const r of readTable(base64Source('staff.xlsx', file.toString('base64')))) {
      void r
      rows++
    }
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure)
    const reason = (error as AppFailure).details?.reason as {
      code: keyof typeof REASON_TEXT
      params: Record<string, unknown>
    }
    expect(REASON_TEXT[reason.code].zh).toMatch(/[\u4e00-\u9fff]/)
    return reason
  }
  throw new Error(`not refused (${rows} rows read)`)
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const sheetHead = `<worksheet xmlns="${NS}"><sheetData>`
const sheetTail = '</sheetData></worksheet>'
const header = row(1, ['Employee No', 'Name'])

let t: TestStation | undefined
afterEach(async () => t?.station.close())

describe('a hostile xlsx', () => {
  it('that is not a ZIP, or is an encrypted (OLE) workbook, is refused by what it is', async () => {
    expect((await refusal(Buffer.from('Employee No,Name\n1,Ann\n'))).code).toBe('xlsxNotZip')
    expect((await refusal(Buffer.from('PK'))).code).toBe('xlsxNotZip')
    expect((await refusal(Buffer.alloc(0))).code).toBe('xlsxNotZip')
    const ole = Buffer.alloc(4096)
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(ole)
    expect((await refusal(ole)).code).toBe('xlsxEncrypted')
    // a ZIP cut short: its directory is gone
    const cut = workbook({ sheet: sheetXml(header) })
    expect((await refusal(cut.subarray(0, cut.length - 40))).code).toBe('xlsxZipDamaged')
  })

  it('with hundreds of parts, or a huge directory, is refused from the directory alone', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ name: `xl/media/p${i}.bin`, body: 'x' }))
    expect(await refusal(workbook({ sheet: sheetXml(header), extra: many }))).toEqual({
      code: 'xlsxTooManyParts',
      params: { found: 305, max: 256 },
    })
    const wide = Array.from({ length: 20 }, (_, i) => ({
      name: `docProps/c${i}.xml`,
      body: '',
      comment: 60_000,
    }))
    expect((await refusal(workbook({ sheet: sheetXml(header), extra: wide }))).code).toBe(
      'xlsxDirectoryTooLarge',
    )
  })

  it('whose parts overlap (the overlapping-entries bomb) is refused as damaged', async () => {
    const good = buildZip([{ name: 'a.xml', body: 'x'.repeat(100) }])
    // a second directory entry pointing into the first part's bytes
    const dirAt = good.readUInt32LE(good.length - 6)
    const dir = good.subarray(dirAt, good.length - 22)
    const twin = Buffer.from(dir)
    twin.write('b.xml', 46)
    const end = Buffer.from(good.subarray(good.length - 22))
    end.writeUInt16LE(2, 8)
    end.writeUInt16LE(2, 10)
    end.writeUInt32LE(dir.length * 2, 12)
    const file = Buffer.concat([good.subarray(0, dirAt), dir, twin, end])
    expect((await refusal(file)).code).toBe('xlsxZipDamaged')
  })

  it('with a shared-strings bomb (a tiny ZIP, gigabytes of strings) stops at its bounds', async () => {
    // 4 GB claimed (64 MB there): refused from the directory before a byte is inflated
    const honest = repeated(
      '<sst>',
      `<si><t>${'s'.repeat(1000)}</t></si>`.repeat(1000),
      64,
      '</sst>',
    )
    expect(
      await refusal(
        workbook({ sheet: sheetXml(header), sharedStrings: { ...honest, size: 0xffff_fff0 } }),
      ),
    ).toEqual({ code: 'xlsxPartTooLarge', params: { part: 'xl/sharedStrings.xml', max: 256 } })
    // the same bytes claiming 1 KB: inflated in pieces until the text limit
    const lying = { ...honest, size: 1000 }
    expect((await refusal(workbook({ sheet: sheetXml(header), sharedStrings: lying }))).code).toBe(
      'xlsxTooMuchText',
    )
    // millions of empty strings: the count limit
    const empty = repeated('<sst>', '<si/>'.repeat(1000), 3000, '</sst>')
    expect(await refusal(workbook({ sheet: sheetXml(header), sharedStrings: empty }))).toEqual({
      code: 'xlsxTooMuchText',
      params: { count: 2_000_000, max: 32 },
    })
  })

  it('with a part that inflates past its limit, whatever it claims, is refused at the limit', async () => {
    const spaces = repeated(sheetHead, ' '.repeat(1 << 20), 600, sheetTail)
    expect(await refusal(workbook({ sheet: { ...spaces, size: 10 } }))).toEqual({
      code: 'xlsxPartTooLarge',
      params: { part: 'xl/worksheets/sheet1.xml', max: 512 },
    })
  })

  it('with a cell of 100 MB, inline or shared, is refused naming the cell', async () => {
    const big = repeated(
      `${sheetHead}${header}<row r="2"><c r="B2" t="inlineStr"><is><t>`,
      'x'.repeat(1 << 20),
      100,
      `</t></is></c></row>${sheetTail}`,
    )
    expect(await refusal(workbook({ sheet: big }))).toEqual({
      code: 'xlsxCellTooLong',
      params: { row: 2, column: 'B', max: 4096 },
    })
    const shared = repeated('<sst><si><t>', 'y'.repeat(1 << 20), 100, '</t></si></sst>', true)
    const sheet = sheetXml(`${header}<row r="7"><c r="C7" t="s"><v>0</v></c></row>`)
    expect(await refusal(workbook({ sheet, sharedStrings: shared }))).toEqual({
      code: 'xlsxCellTooLong',
      params: { row: 7, column: 'C', max: 4096 },
    })
  })

  it('with millions of empty cells, huge column letters or 16,384 filled columns is refused', async () => {
    const empties = repeated(
      `${sheetHead}${header}<row r="2">`,
      '<c/>'.repeat(10_000),
      300,
      `</row>${sheetTail}`,
    )
    expect((await refusal(workbook({ sheet: empties }))).code).toBe('xlsxDamaged')
    const letters = sheetXml(
      `${header}<row r="2"><c r="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2"><v>1</v></c></row>`,
    )
    expect((await refusal(workbook({ sheet: letters }))).code).toBe('xlsxDamaged')
    const wide = sheetXml(header + `<row r="2">${'<c><v>1</v></c>'.repeat(16_384)}</row>`)
    expect(await refusal(workbook({ sheet: wide }))).toEqual({
      code: 'xlsxColumnBeyond',
      params: { row: 2, column: 'BM', max: 64 },
    })
  })

  it('with more rows than persons a file may hold is refused at the first one too many', async () => {
    const rows = repeated(
      `${sheetHead}${header}`,
      '<row><c><v>1</v></c></row>',
      1_000_000,
      sheetTail,
    )
    expect(await refusal(workbook({ sheet: rows }))).toEqual({
      code: 'importTooMany',
      params: { max: 100_000 },
    })
  })

  it('with a DOCTYPE (entity expansion, external entities) or an undefined entity is refused', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${sstXml('<si><t>&b;</t></si>')}`
    expect(await refusal(workbook({ sheet: sheetXml(header), sharedStrings: lol }))).toEqual({
      code: 'xlsxDoctype',
      params: { part: 'xl/sharedStrings.xml' },
    })
    const external = `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${sheetXml(header)}`
    expect((await refusal(workbook({ sheet: external }))).code).toBe('xlsxDoctype')
    const undefinedEntity = sheetXml(`<row r="1"><c t="inlineStr"><is><t>&e;</t></is></c></row>`)
    expect((await refusal(workbook({ sheet: undefinedEntity }))).code).toBe('xlsxDamaged')
  })

  it('is refused through persons.importFile with the reason code, nothing imported', async () => {
    t = testStation()
    const cells = (r: number) =>
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>P ${r}</t></is></c></row>`
    const late = sheetXml(`${header}${cells(2)}${cells(3)}<row r="4"><c r="BZ4"><v>1</v></c></row>`)
    const r = await t.station.call('persons.importFile', {
      fileName: 'staff.xlsx',
      dataBase64: workbook({ sheet: late }).toString('base64'),
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_ARGS')
    expect(r.error.details?.reason).toEqual({
      code: 'xlsxColumnBeyond',
      params: { row: 4, column: 'BZ', max: 64 },
    })
    expect((await t.station.call('persons.get', { employeeNo: '2' })).ok).toBe(false)
  })
})
