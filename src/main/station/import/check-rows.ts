// Every row of a person file checked before anything is written: each refused cell becomes a
// problem naming the row and the column as the user wrote them, what was expected and what was
// found. All problems are collected in one pass (never one at a time); the report keeps the
// first 1,000 by row and counts the rest. A row is merged with the roster: a filled cell is the
// person's new truth for that field, an empty cell or a missing column keeps what the roster has.
//
// The check keeps no row: only the problems and, for the checks across rows (an employee or a
// card on two rows, a card another person holds), each employee and card number as a hash with
// its first row (key-index.ts). Writing reads the file again (checkedRows) and gets each good
// row checked the same way; a file that reads differently the second time (its SHA-256, its
// rows) is refused and nothing is written.
import { personInput } from '@shared/api'
import type { ImportProblem, ImportProblemCode } from '@shared/contract/person-files'
import { codedFailure } from '@shared/coded-failure'
import { AppFailure } from '@shared/result'
import type { PersonRecord } from '../../store/persons-repo'
import type { StationContext } from '../context'
import type { CellValue } from './cell-dates'
import { columnOf, PERSON_COLUMNS, type PersonColumn, type RowFields } from './columns'
import { hashed, type FileSource } from './file-source'
import { KeyIndex } from './key-index'
import { RowSet } from './row-set'
import { readTable } from './table-reader'
import { yieldEvery } from './time-slice'

export const MAX_PROBLEMS = 1000

export interface CheckedRow {
  row: number
  input: ReturnType<typeof personInput.parse>
  existing: PersonRecord | undefined
  /** The person's cards after the import; null when the row leaves them as they are. */
  cards: string[] | null
}

interface Header {
  columns: { index: number; column: PersonColumn; written: string }[]
  byField: Map<keyof RowFields, string>
}

/** What the check of a whole file found, and what writing it needs to know. */
export interface FileCheck {
  columns: string[]
  rows: number
  /** Rows without a problem (those written). */
  goodRows: number
  /** The first MAX_PROBLEMS problems by row. */
  problems: ImportProblem[]
  problemCount: number
  /** Rows with at least one problem. */
  badRows: number
  /** The SHA-256 of the bytes checked. */
  digest: string
  isBad(row: number): boolean
  /** A person with a good row in the file. */
  inFile(employeeNo: string): boolean
  /** May `cardNo`, held by `owner`, move to another person? Only if the file takes it from them. */
  cardMayMove(cardNo: string, owner: string): boolean
}

type Problem = (
  row: number,
  column: string,
  code: ImportProblemCode,
  expected: string,
  found: string,
) => void

/** A copy of a string that holds no part of the (large) text it was cut from. */
const flat = (s: string): string => (s.length < 13 ? s : s.split('').join(''))

const shown = (cell: CellValue): string => {
  const s = cell instanceof Date ? cell.toISOString() : cell === null ? '' : String(cell)
  return flat(s.length > 80 ? `${s.slice(0, 77)}…` : s)
}

function readHeader(cells: CellValue[]): Header {
  const header: Header = { columns: [], byField: new Map() }
  cells.forEach((cell, index) => {
    const written = shown(cell).trim()
    const column = columnOf(written)
    if (column && !header.byField.has(column.field)) {
      header.columns.push({ index, column, written })
      header.byField.set(column.field, written)
    }
  })
  const missing = (PERSON_COLUMNS as readonly PersonColumn[]).filter(
    (c) => c.required && !header.byField.has(c.field),
  )
  if (missing.length > 0) {
    const names = missing.map((c) => `“${c.headers.en}” / “${c.headers.zh}”`).join(', ')
    throw new AppFailure('INVALID_ARGS', `The first row must name the columns ${names}.`, {
      reason: { code: 'importMissingColumns', params: { columns: names } },
      header: cells.slice(0, 64).map(shown),
    })
  }
  return header
}

/** The row's cells read by their columns; null when a cell is refused. */
function readFields(h: Header, row: number, cells: CellValue[], problem: Problem) {
  const fields: RowFields = {}
  let rowOk = true
  for (const { index, column, written } of h.columns) {
    const cell = cells[index] ?? null
    const empty = cell === null || (typeof cell === 'string' && cell.trim() === '')
    if (empty) {
      if (column.required) {
        problem(row, written, 'required', 'a value', '')
        rowOk = false
      }
      continue
    }
    const read = column.read(cell)
    if ('problem' in read) {
      problem(row, written, read.problem, read.expected, shown(cell))
      rowOk = false
    } else (fields as Record<string, unknown>)[column.field] = read.value
  }
  return rowOk && fields.employeeNo ? { ...fields, employeeNo: fields.employeeNo } : null
}

/** The row merged with the roster's person; null when the result is refused. */
function personOf(
  ctx: StationContext,
  h: Header,
  row: number,
  fields: RowFields & { employeeNo: string },
  problem: Problem,
): CheckedRow | null {
  const { employeeNo } = fields
  const existing = ctx.store.persons.get(employeeNo)
  const begin = fields.validBegin ?? existing?.valid.beginTime ?? '2000-01-01T00:00:00'
  const end = fields.validEnd ?? existing?.valid.endTime ?? '2037-12-31T23:59:59'
  if ((fields.validBegin || fields.validEnd) && begin > end) {
    const column = h.byField.get('validEnd') ?? h.byField.get('validBegin')!
    problem(row, column, 'dateOrder', `after ${begin}`, end)
    return null
  }
  const department = fields.groupName ?? existing?.groupName ?? ''
  const input = personInput.safeParse({
    employeeNo,
    name: fields.name ?? existing?.name,
    userType: fields.userType ?? existing?.userType,
    gender: fields.gender ?? existing?.gender,
    groupName: fields.groupName ?? existing?.groupName,
    // the department is the person's first group; the column lists the others
    ...(fields.groups ? { groups: [department, ...fields.groups].filter(Boolean) } : {}),
    notes: fields.notes ?? existing?.notes,
    planTemplateNo: fields.planTemplateNo ?? existing?.planTemplateNo,
    doorRights: fields.doorRights ?? existing?.doorRights,
    valid:
      fields.validBegin || fields.validEnd
        ? { enable: true, beginTime: begin, endTime: end }
        : existing?.valid,
  })
  if (!input.success) {
    for (const issue of input.error.issues) {
      const field = String(issue.path[0] ?? 'employeeNo') as keyof RowFields
      problem(row, h.byField.get(field) ?? field, 'required', flat(issue.message), '')
    }
    return null
  }
  return { row, input: input.data, existing, cards: fields.cards ?? null }
}

/** Problems kept to the first MAX_PROBLEMS by row (at most twice that held at any time). */
function problemList() {
  let kept: ImportProblem[] = []
  let count = 0
  const bad = new RowSet()
  const trim = () => {
    kept.sort((a, b) => a.row - b.row)
    if (kept.length > MAX_PROBLEMS) kept = kept.slice(0, MAX_PROBLEMS)
  }
  const add: Problem = (row, column, code, expected, found) => {
    count++
    bad.add(row)
    kept.push({ row, column, code, expected, found })
    if (kept.length >= 2 * MAX_PROBLEMS) trim()
  }
  return { add, bad, count: () => count, first: () => (trim(), kept) }
}

const emptyFile = () =>
  new AppFailure('INVALID_ARGS', 'The file is empty.', {
    reason: { code: 'importMissingColumns', params: { columns: 'Employee No, Name' } },
  })

/** Pass 1: reads and checks every row, keeping only the problems and the keys across rows. */
export async function checkFile(
  ctx: StationContext,
  file: FileSource,
  onRow: (rows: number) => void = () => {},
): Promise<FileCheck> {
  const { source, digest } = hashed(file)
  const problems = problemList()
  const employees = new KeyIndex()
  const cardRows = new KeyIndex()
  const withCards = new RowSet()
  const pendingOwned: { row: number; cardNo: string; owner: string }[] = []
  let header: Header | null = null
  let rows = 0
  const pause = yieldEvery()

  for await (const { row, cells } of readTable(source)) {
    if (!header) {
      header = readHeader(cells)
      continue
    }
    rows++
    onRow(rows)
    await pause()
    const fields = readFields(header, row, cells, problems.add)
    if (!fields) continue
    const earlier = employees.add(fields.employeeNo, row)
    if (earlier !== undefined) {
      const column = header.byField.get('employeeNo')!
      problems.add(
        row,
        column,
        'employeeTwice',
        `once (also on row ${earlier})`,
        shown(fields.employeeNo),
      )
      continue
    }
    const checked = personOf(ctx, header, row, fields, problems.add)
    if (!checked?.cards) continue
    withCards.add(row)
    const employeeNo = checked.input.employeeNo
    for (const cardNo of checked.cards) {
      const other = cardRows.add(cardNo, row)
      if (other !== undefined && other !== row)
        problems.add(
          row,
          header.byField.get('cards')!,
          'cardTwice',
          `a card no other row lists (row ${other})`,
          shown(cardNo),
        )
      const owner = ctx.store.credentials.cards.owner(cardNo)
      if (owner !== undefined && owner !== employeeNo)
        pendingOwned.push({ row, cardNo: flat(cardNo), owner })
    }
  }
  if (!header) throw emptyFile()
  const isBad = (row: number) => problems.bad.has(row)
  // a card another person holds moves only if the file takes it from them too: the owner has a
  // good row with a Cards cell that does not list it (a row listing it would be its first row)
  const cardMayMove = (cardNo: string, owner: string) => {
    const ownerRow = employees.get(owner)
    return (
      ownerRow !== undefined &&
      !isBad(ownerRow) &&
      withCards.has(ownerRow) &&
      cardRows.get(cardNo) !== ownerRow
    )
  }
  const owned = pendingOwned.filter((p) => !cardMayMove(p.cardNo, p.owner))
  for (const { row, cardNo, owner } of owned)
    problems.add(row, header.byField.get('cards')!, 'cardOwned', `employee ${owner}`, cardNo)
  return {
    columns: header.columns.map((c) => c.written),
    rows,
    goodRows: rows - problems.bad.size,
    problems: problems.first(),
    problemCount: problems.count(),
    badRows: problems.bad.size,
    digest: digest(),
    isBad,
    inFile: (employeeNo) => {
      const row = employees.get(employeeNo)
      return row !== undefined && !isBad(row)
    },
    cardMayMove,
  }
}

/** The refusal of a file that no longer reads as it did when it was checked. */
export const fileChanged = () => codedFailure('CONFLICT', 'importChanged')

/**
 * Pass 2: reads the file again and gives each good row, checked again against the roster as it
 * is now. The rows, the header and the bytes must be those of pass 1: anything else is refused
 * (the caller has written nothing it cannot roll back).
 */
export async function* checkedRows(
  ctx: StationContext,
  file: FileSource,
  check: FileCheck,
): AsyncGenerator<CheckedRow> {
  const { source, digest } = hashed(file)
  const changed: Problem = () => {
    throw fileChanged()
  }
  let header: Header | null = null
  let rows = 0
  for await (const { row, cells } of readTable(source)) {
    if (!header) {
      header = readHeader(cells)
      if (header.columns.map((c) => c.written).join('\n') !== check.columns.join('\n'))
        throw fileChanged()
      continue
    }
    if (++rows > check.rows) throw fileChanged()
    if (check.isBad(row)) continue
    const fields = readFields(header, row, cells, changed)
    const checked = fields && personOf(ctx, header, row, fields, changed)
    if (!checked) throw fileChanged()
    yield checked
  }
  if (rows !== check.rows || digest() !== check.digest) throw fileChanged()
}
