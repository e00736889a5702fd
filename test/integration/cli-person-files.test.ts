import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { plainFace } from '../helpers/plain-face'
import { describe, expect, it } from 'vitest'
import type { PersonFileReport } from '@shared/contract/person-files'
import type { PersonDetail } from '@shared/model'
import { runCli } from '../helpers/cli'

const jpeg = (side: number) => plainFace(side, side, '#806050')

describe('persons import | export | template (CLI)', () => {
  it('imports an xlsx with a photo folder, refuses a bad file naming row and column, exports a department with faces', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'es-cli-files-'))
    const cli = (...args: string[]) => runCli(dataDir, args)

    const template = join(dataDir, 'template.xlsx')
    expect((await cli('persons', 'template', '--out', template, '--lang', 'zh')).code).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(template)
    const sheet = book.worksheets[0]!
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['工号', '姓名'])
    // the template, filled in: its example row replaced by two persons
    sheet.spliceRows(2, 1)
    sheet.addRow([
      '1001',
      'Elena Ruiz',
      'HQ/Front office',
      'normal',
      'female',
      '2026/12/01',
      '2027-11-30',
      '1',
      '1',
      '5551001',
    ])
    sheet.addRow(['1002', 'Grace Hopper', 'Plant', 'normal', 'female', '', '', '1', '1', ''])
    const staff = join(dataDir, 'staff.xlsx')
    await book.xlsx.writeFile(staff)
    const photos = join(dataDir, 'photos')
    mkdirSync(photos)
    writeFileSync(join(photos, '1001_Elena Ruiz.jpg'), await jpeg(320))
    writeFileSync(join(photos, '7777.jpg'), await jpeg(320))

    const imported = await cli('persons', 'import', staff, '--photos', photos)
    expect(imported.code).toBe(0)
    const report = imported.json as PersonFileReport
    expect(report).toMatchObject({ rows: 2, created: 2, cards: 1 })
    expect(report.photos.map((p) => [p.file, p.outcome]).sort()).toEqual([
      ['1001_Elena Ruiz.jpg', 'matched'],
      ['7777.jpg', 'noSuchPerson'],
    ])
    const elena = (await cli('persons', 'show', '1001')).json as PersonDetail
    expect(elena.face).toMatchObject({ width: 320 })
    expect(elena.valid.beginTime).toBe('2026-12-01T00:00:00')

    const bad = join(dataDir, 'bad.csv')
    writeFileSync(bad, 'Employee No;Name;Valid To\n2001;Ann;2026-02-30\n2002;Bo;2026-03-01\n')
    const refused = await runCli(dataDir, ['persons', 'import', bad]).then((r) => r)
    expect(refused.code).toBe(1)
    const text = await runCliText(dataDir, ['persons', 'import', bad])
    expect(text).toContain(
      'Row 2, column “Valid To”: expected a date such as 2026-12-01 or 2026/12/01, found “2026-02-30”.',
    )
    expect(((await cli('persons', 'list')).json as { total: number }).total).toBe(2)
    const good = await cli('persons', 'import', bad, '--good-rows-only')
    expect(good.json).toMatchObject({ created: 1, skipped: 1 })

    const out = join(dataDir, 'front.csv')
    const zip = join(dataDir, 'faces.zip')
    const exported = await cli(
      'persons',
      'export',
      '--out',
      out,
      '--photos',
      zip,
      '--department',
      'HQ',
    )
    expect(exported.json).toMatchObject({ persons: 1 })
    expect(readFileSync(out, 'utf8')).toContain('1001,Elena Ruiz,HQ/Front office')
    expect(Object.keys(unzipSync(readFileSync(zip)))).toEqual(['1001_Elena Ruiz.jpg'])
  }, 60_000)
})

/** The CLI's words without --json (what a person reads). */
async function runCliText(dataDir: string, args: string[]): Promise<string> {
  const { runCli: run } = await import('../../src/main/cli/run')
  const { silentLogger } = await import('../../src/main/platform/logger')
  let text = ''
  await run(['--data-dir', dataDir, ...args], {
    out: (t) => void (text += `${t}\n`),
    err: (t) => void (text += `${t}\n`),
    station: { logger: silentLogger },
  })
  return text
}
