// CSV import is all or nothing: every row is validated first; one bad row refuses the file
// with the line numbers and reasons (up to 50), and nothing is written. A clean file goes in
// one transaction (upsert by employeeNo), with an audit entry per person.
import { personInput } from '../../../shared/api'
import type { ImportReport } from '../../../shared/model'
import { AppFailure } from '../../../shared/result'
import type { StationContext } from '../context'
import { parseCsv } from './csv'
import type { RosterService } from './roster-service'

const COLUMNS: Record<string, string> = {
  employeeno: 'employeeNo',
  employee_no: 'employeeNo',
  id: 'employeeNo',
  name: 'name',
  usertype: 'userType',
  type: 'userType',
  gender: 'gender',
  group: 'groupName',
  groupname: 'groupName',
  department: 'groupName',
  validbegin: 'validBegin',
  validfrom: 'validBegin',
  validend: 'validEnd',
  validto: 'validEnd',
  doorrights: 'doorRights',
  plantemplateno: 'planTemplateNo',
  cards: 'cards',
  cardno: 'cards',
  notes: 'notes',
}

const MAX_REPORTED = 50
/** From this many rows on, the search index is rebuilt once at the end instead of per row. */
const BULK_ROWS = 2000

interface RowError {
  line: number
  message: string
}

export function importPersons(
  ctx: StationContext,
  roster: RosterService,
  csv: string,
): ImportReport {
  let table: string[][]
  try {
    table = parseCsv(csv)
  } catch (error) {
    throw new AppFailure(
      'INVALID_ARGS',
      `The CSV file cannot be read: ${(error as Error).message}.`,
    )
  }
  const [header, ...rows] = table
  if (!header) throw new AppFailure('INVALID_ARGS', 'The CSV file is empty.')
  const keys = header.map((h) => COLUMNS[h.trim().toLowerCase().replace(/[\s-]/g, '')])
  if (!keys.includes('employeeNo') || !keys.includes('name')) {
    throw new AppFailure(
      'INVALID_ARGS',
      'The CSV header must name at least the columns employeeNo and name.',
      { header },
    )
  }

  const errors: RowError[] = []
  const seenPersons = new Set<string>()
  const seenCards = new Map<string, string>()
  const parsed = rows.map((cells, index) => {
    const line = index + 2
    const raw: Record<string, string> = {}
    keys.forEach((key, i) => {
      if (key && cells[i] !== undefined && cells[i]!.trim() !== '') raw[key] = cells[i]!.trim()
    })
    const input = personInput.safeParse({
      employeeNo: raw.employeeNo,
      name: raw.name,
      userType: raw.userType,
      gender: raw.gender,
      groupName: raw.groupName,
      notes: raw.notes,
      planTemplateNo: raw.planTemplateNo,
      doorRights: raw.doorRights?.split(/[;|]/).map(Number),
      valid:
        raw.validBegin || raw.validEnd
          ? {
              enable: true,
              beginTime: raw.validBegin ?? '2000-01-01T00:00:00',
              endTime: raw.validEnd ?? '2037-12-31T23:59:59',
            }
          : undefined,
    })
    if (!input.success) {
      errors.push({
        line,
        message: input.error.issues
          .map((i) => `${i.path.join('.') || 'row'}: ${i.message}`)
          .join('; '),
      })
      return null
    }
    if (seenPersons.has(input.data.employeeNo))
      errors.push({
        line,
        message: `employeeNo ${input.data.employeeNo} appears twice in the file`,
      })
    seenPersons.add(input.data.employeeNo)
    const cards = (raw.cards ?? '')
      .split(/[;|]/)
      .map((c) => c.trim())
      .filter(Boolean)
    for (const cardNo of cards) {
      if (!/^[0-9A-Za-z]{1,32}$/.test(cardNo))
        errors.push({ line, message: `card number "${cardNo}" must be 1 to 32 letters or digits` })
      const other = seenCards.get(cardNo)
      if (other && other !== input.data.employeeNo)
        errors.push({ line, message: `card ${cardNo} is also given to ${other} in this file` })
      seenCards.set(cardNo, input.data.employeeNo)
    }
    return { input: input.data, cards }
  })

  const report: ImportReport = { rows: rows.length, created: 0, updated: 0, cards: 0 }
  const refuse = () => {
    throw new AppFailure(
      'INVALID_ARGS',
      `The CSV file has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was imported.`,
      {
        errors: errors.slice(0, MAX_REPORTED),
        more: Math.max(0, errors.length - MAX_REPORTED),
      },
    )
  }
  if (errors.length > 0) refuse()

  const at = ctx.clock.now().toISOString()
  const write = rows.length >= BULK_ROWS ? ctx.store.bulk : ctx.store.tx
  write(() => {
    parsed.forEach((row, index) => {
      if (!row) return
      const existing = ctx.store.persons.get(row.input.employeeNo)
      ctx.store.persons.put(roster.toRecord(row.input, existing, at))
      if (existing) report.updated++
      else report.created++
      for (const cardNo of row.cards) {
        try {
          roster.addCard({ employeeNo: row.input.employeeNo, cardNo, cardType: 'normalCard' }, at)
          report.cards++
        } catch (error) {
          if (!(error instanceof AppFailure)) throw error
          errors.push({ line: index + 2, message: error.message })
        }
      }
      ctx.store.audit.record({
        at,
        actor: 'import',
        action: existing ? 'person.update' : 'person.create',
        subject: `person:${row.input.employeeNo}`,
        details: null,
      })
    })
    if (errors.length > 0) refuse() // card owned by someone already in the roster: roll everything back
  })
  ctx.bus.emit('roster.changed', { employeeNos: [] })
  return report
}
