// Every row of a person file checked before anything is written: each refused cell becomes a
// problem naming the row and the column as the user wrote them, what was expected and what
// was found. All problems are collected in one pass (never one at a time). A row is merged
// with the roster as in the CSV import (import-persons.ts): a filled cell is the person's new
// truth for that field, an empty cell or a missing column keeps what the roster has.
import { personInput } from '@shared/api'
import type { ImportProblem, ImportProblemCode } from '@shared/contract/person-files'
import { AppFailure } from '@shared/result'
import type { PersonRecord } from '../../store/persons-repo'
import type { StationContext } from '../context'
import type { CellValue } from './cell-dates'
import { columnOf, PERSON_COLUMNS, type PersonColumn, type RowFields } from './columns'
import type { TableRow } from './table-reader'
import { yieldEvery } from './time-slice'

export const MAX_PROBLEMS = 1000

export interface CheckedRow {
  row: number
  input: ReturnType<typeof personInput.parse>
  existing: PersonRecord | undefined
  /** The person's cards after the import; null when the row leaves them as they are. */
  cards: string[] | null
}

export interface CheckedFile {
  columns: string[]
  rows: number
  good: CheckedRow[]
  problems: ImportProblem[]
  /** Rows with at least one problem. */
  badRows: number
}

const shown = (cell: CellValue): string => {
  const s = cell instanceof Date ? cell.toISOString() : cell === null ? '' : String(cell)
  return s.length > 80 ? `${s.slice(0, 77)}…` : s
}

export async function checkRows(
  ctx: StationContext,
  table: AsyncIterable<TableRow>,
  onRow: (rows: number) => void = () => {},
): Promise<CheckedFile> {
  const problems: ImportProblem[] = []
  const bad = new Set<number>()
  const problem = (
    row: number,
    column: string,
    code: ImportProblemCode,
    expected: string,
    found: string,
  ) => {
    problems.push({ row, column, code, expected, found })
    bad.add(row)
  }
  let header: { index: number; column: PersonColumn; written: string }[] | null = null
  const byField = new Map<keyof RowFields, string>()
  const parsed: CheckedRow[] = []
  const firstRowOf = new Map<string, number>()
  const cardHolder = new Map<string, { employeeNo: string; row: number }>()
  const pendingOwned: { row: number; cardNo: string; owner: string }[] = []
  let rows = 0
  const pause = yieldEvery()

  for await (const { row, cells } of table) {
    if (!header) {
      header = []
      cells.forEach((cell, index) => {
        const written = shown(cell).trim()
        const column = columnOf(written)
        if (column && !byField.has(column.field)) {
          header!.push({ index, column, written })
          byField.set(column.field, written)
        }
      })
      const missing = (PERSON_COLUMNS as readonly PersonColumn[]).filter(
        (c) => c.required && !byField.has(c.field),
      )
      if (missing.length > 0) {
        const names = missing.map((c) => `“${c.headers.en}” / “${c.headers.zh}”`).join(', ')
        throw new AppFailure('INVALID_ARGS', `The first row must name the columns ${names}.`, {
          reason: { code: 'importMissingColumns', params: { columns: names } },
          header: cells.map(shown),
        })
      }
      continue
    }
    rows++
    onRow(rows)
    await pause()
    const fields: RowFields = {}
    let rowOk = true
    for (const { index, column, written } of header) {
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
    if (!rowOk || !fields.employeeNo) continue
    const employeeNo = fields.employeeNo
    const earlier = firstRowOf.get(employeeNo)
    if (earlier !== undefined) {
      problem(
        row,
        byField.get('employeeNo')!,
        'employeeTwice',
        `once (also on row ${earlier})`,
        employeeNo,
      )
      continue
    }
    firstRowOf.set(employeeNo, row)
    const existing = ctx.store.persons.get(employeeNo)
    const begin = fields.validBegin ?? existing?.valid.beginTime ?? '2000-01-01T00:00:00'
    const end = fields.validEnd ?? existing?.valid.endTime ?? '2037-12-31T23:59:59'
    if ((fields.validBegin || fields.validEnd) && begin > end) {
      problem(
        row,
        byField.get('validEnd') ?? byField.get('validBegin')!,
        'dateOrder',
        `after ${begin}`,
        end,
      )
      continue
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
        problem(row, byField.get(field) ?? field, 'required', issue.message, '')
      }
      continue
    }
    const cards = fields.cards ?? null
    for (const cardNo of cards ?? []) {
      const other = cardHolder.get(cardNo)
      if (other && other.employeeNo !== employeeNo)
        problem(
          row,
          byField.get('cards')!,
          'cardTwice',
          `a card no other row lists (row ${other.row})`,
          cardNo,
        )
      cardHolder.set(cardNo, { employeeNo, row })
      const owner = ctx.store.credentials.cards.owner(cardNo)
      if (owner !== undefined && owner !== employeeNo) pendingOwned.push({ row, cardNo, owner })
    }
    parsed.push({ row, input: input.data, existing, cards })
  }
  if (!header)
    throw new AppFailure('INVALID_ARGS', 'The file is empty.', {
      reason: { code: 'importMissingColumns', params: { columns: 'Employee No, Name' } },
    })
  // a card another person holds moves only if the file takes it from them too
  const listed = new Map(
    parsed.filter((r) => !bad.has(r.row)).map((r) => [r.input.employeeNo, r.cards]),
  )
  for (const { row, cardNo, owner } of pendingOwned) {
    const ownerCards = listed.get(owner)
    if (!ownerCards || ownerCards.includes(cardNo))
      problem(row, byField.get('cards')!, 'cardOwned', `employee ${owner}`, cardNo)
  }
  problems.sort((a, b) => a.row - b.row)
  return {
    columns: header.map((h) => h.written),
    rows,
    good: parsed.filter((r) => !bad.has(r.row)),
    problems,
    badRows: bad.size,
  }
}
