// The import reads a file twice: once to check every row (keeping only the problems and the
// keys across rows), once to write it. What is written must be exactly what was checked: a
// file that reads differently the second time, or a card taken by someone meanwhile, is
// refused with its code and nothing is written.
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { personInput } from '@shared/api'
import { AppFailure } from '@shared/result'
import { silentLogger } from '../../../src/main/platform/logger'
import { keyFileSecretBox } from '../../../src/main/platform/secret-box'
import { openStore, type Store } from '../../../src/main/store'
import { createEventBus } from '../../../src/main/station/event-bus'
import { auditWriter } from '../../../src/main/station/audit/feature'
import { rosterService } from '../../../src/main/station/roster/roster-service'
import { applyStateService } from '../../../src/main/station/apply/apply-state'
import type { StationContext } from '../../../src/main/station/context'
import { importFile } from '../../../src/main/station/import/import-file'
import type { FileSource } from '../../../src/main/station/import/file-source'

let store: Store | undefined
let closeStates = () => {}
afterEach(() => {
  closeStates()
  store?.close()
})

function engine() {
  store = openStore(':memory:')
  const clock = { now: () => new Date('2026-12-05T12:00:00Z') }
  const ctx: StationContext = {
    dataDir: '/nonexistent',
    secrets: keyFileSecretBox('/nonexistent/secret.key'),
    clock,
    logger: silentLogger,
    bridge: 'test',
    version: '0.0.0-test',
    store,
    bus: createEventBus(),
    startedAt: clock.now(),
    audit: auditWriter(store, clock, 'test'),
  }
  const roster = rosterService(ctx)
  const applyStates = applyStateService(ctx)
  closeStates = () => applyStates.close()
  const run = (source: FileSource, dryRun = false) =>
    importFile(ctx, roster, applyStates, { source, goodRowsOnly: false, dryRun })
  return { ctx, roster, run, s: store }
}

const ROWS = 1200
const csv = (name: (i: number) => string) =>
  [
    'Employee No,Name,Cards',
    ...Array.from({ length: ROWS }, (_, i) => `${1000 + i},${name(i)},${500_000 + i}`),
  ].join('\r\n')

/** A file whose n-th reading gives `texts[n]` (the last one from then on), in small chunks. */
function source(
  texts: (string | Buffer)[],
  onRead: (reading: number) => void = () => {},
  fileName = 'staff.csv',
): FileSource {
  let reading = 0
  return {
    fileName,
    async *chunks() {
      const text = texts[Math.min(reading, texts.length - 1)]!
      const bytes = Buffer.from(text)
      for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096)
      onRead(reading++)
    },
  }
}

const refusedWith = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppFailure)
  return (error as AppFailure).details?.reason as { code: string; params: unknown } | undefined
}

describe('an import read twice', () => {
  it('writes what it checked when the file reads the same', async () => {
    const { run, s } = engine()
    const file = csv((i) => `Person ${i}`)
    const report = await run(source([file]))
    expect(report).toMatchObject({ rows: ROWS, created: ROWS, cards: ROWS, written: true })
    expect(s.persons.get('2199')?.name).toBe('Person 1199')
    expect(s.credentials.cards.owner('501199')).toBe('2199')
  })

  it('refuses a file changed between the check and the writing, late in the file: nothing is written', async () => {
    const { run, s } = engine()
    const checked = csv((i) => `Person ${i}`)
    // the same rows, all still valid, one name changed near the end: seen only when most rows are written
    const changed = csv((i) => (i === ROWS - 3 ? 'Somebody Else' : `Person ${i}`))
    expect(await refusedWith(run(source([checked, changed])))).toEqual({
      code: 'importChanged',
      params: {},
    })
    expect(s.persons.get('1000')).toBeUndefined()
    expect(s.credentials.cards.owner('500000')).toBeUndefined()
  })

  it('refuses an xlsx changed between the check and the writing', async () => {
    const { run, s } = engine()
    const sheet = async (name: string) => {
      const book = new ExcelJS.Workbook()
      const ws = book.addWorksheet('Staff')
      ws.addRow(['Employee No', 'Name'])
      for (let i = 0; i < 300; i++) ws.addRow([String(1000 + i), i === 250 ? name : `P ${i}`])
      return Buffer.from(await book.xlsx.writeBuffer())
    }
    const checked = await sheet('P 250')
    const report = await run(source([checked], () => {}, 'staff.xlsx'))
    expect(report).toMatchObject({ created: 300, written: true })
    const changed = await sheet('Somebody Else')
    expect((await refusedWith(run(source([checked, changed], () => {}, 'staff.xlsx'))))?.code).toBe(
      'importChanged',
    )
    expect(s.persons.get('1250')?.name).toBe('P 250')
  })

  it('lists the first 1,000 problems by row and counts the rest, the cross-row ones included', async () => {
    const { run } = engine()
    // rows 2-1101: a refused date; rows 1102-1201: good dates, every card listed twice among them
    const rows = Array.from({ length: ROWS }, (_, i) =>
      i < 1100
        ? `${1000 + i},P ${i},2026-13-45,${500_000 + i}`
        : `${1000 + i},P ${i},,${600_000 + (i % 50)}`,
    )
    const file = ['Employee No,Name,Valid From,Cards', ...rows].join('\n')
    const report = await run(source([file]), true)
    expect(report.problems).toHaveLength(1000)
    expect(report.moreProblems).toBe(1100 + 50 - 1000)
    expect(report.problems[0]).toMatchObject({ row: 2, column: 'Valid From', code: 'date' })
    const rowsListed = report.problems.map((p) => p.row)
    expect(rowsListed).toEqual([...rowsListed].sort((a, b) => a - b))
    expect(report.skipped).toBe(1150)
  })

  it('refuses a second reading with a row that the check never saw', async () => {
    const { run, s } = engine()
    const checked = csv((i) => `Person ${i}`)
    const longer = `${checked}\r\n9999,Extra Person,777`
    expect((await refusedWith(run(source([checked, longer]))))?.code).toBe('importChanged')
    expect(s.persons.get('9999')).toBeUndefined()
    expect(s.persons.get('1000')).toBeUndefined()
  })

  it('moves a card to another person when the file takes it from its holder, and keeps a card its holder lists again', async () => {
    const { ctx, roster, run, s } = engine()
    const at = ctx.clock.now().toISOString()
    roster.save(personInput.parse({ employeeNo: '7', name: 'Giver' }))
    roster.save(personInput.parse({ employeeNo: '8', name: 'Keeper' }))
    roster.addCard({ employeeNo: '7', cardNo: '500600', cardType: 'normalCard' }, at)
    roster.addCard({ employeeNo: '8', cardNo: '500800', cardType: 'normalCard' }, at)
    // 7 gives 500600 to 9 (its row lists another card); 8 lists its own card again
    const file = 'Employee No,Name,Cards\r\n9,Taker,500600\r\n7,Giver,500700\r\n8,Keeper,500800\r\n'
    const report = await run(source([file]))
    expect(report).toMatchObject({ rows: 3, created: 1, updated: 2, cards: 3, cardsRemoved: 0 })
    expect(s.credentials.cards.owner('500600')).toBe('9')
    expect(s.credentials.cards.owner('500700')).toBe('7')
    expect(s.credentials.cards.owner('500800')).toBe('8')
    expect(s.credentials.cards.of('7').map((c) => c.cardNo)).toEqual(['500700'])
    expect(s.search.search('500600', 0, 5).items.map((p) => p.employeeNo)).toEqual(['9'])
  })

  it('refuses when a card the file gives was given to someone else after the check', async () => {
    const { ctx, roster, run, s } = engine()
    roster.save(personInput.parse({ employeeNo: '7', name: 'Early Bird' }))
    const at = ctx.clock.now().toISOString()
    const file = source([csv((i) => `Person ${i}`)], (reading) => {
      // once the check has read the file: card 500600 goes to person 7 (not in the file)
      if (reading === 0)
        roster.addCard({ employeeNo: '7', cardNo: '500600', cardType: 'normalCard' }, at)
    })
    expect((await refusedWith(run(file)))?.code).toBe('importChanged')
    expect(s.credentials.cards.owner('500600')).toBe('7')
    expect(s.persons.get('1000')).toBeUndefined()
  })
})
