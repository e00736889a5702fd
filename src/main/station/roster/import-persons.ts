// CSV import is all or nothing: every row is validated first; one bad row refuses the file
// with the line numbers and reasons (up to 50), and nothing is written. A clean file goes in
// one transaction (upsert by employeeNo), with an audit entry per person.
// Semantics, chosen on purpose (README "Importing persons"): a row is the person's full truth
// for the columns it fills — a filled `cards` cell replaces the person's cards (a card left out
// is removed, so a lost card listed as replaced stops opening doors); an empty cell, or a
// column the file does not have, leaves that field as it is. A new person gets the defaults.
// `previewImport` says what a file would add, change and remove without writing anything.
import type { Reason } from '@shared/reason-text'
import { personInput } from '@shared/api'
import type { ImportPreview, ImportReport } from '@shared/model'
import type { PersonRecord } from '../../store/persons-repo'
import { AppFailure } from '@shared/result'
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
  groups: 'groups',
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
  /** The problem as a code with parameters (the UI's words, shared/reason-text.ts). */
  reason: Reason
}

interface ImportRow {
  line: number
  input: ReturnType<typeof personInput.parse>
  existing: PersonRecord | undefined
  /** The person's cards after the import; null when the row leaves them as they are. */
  cards: string[] | null
}

/** The file's rows, validated and merged with the roster; refuses the file on any problem. */
function readImport(ctx: StationContext, csv: string): { rows: number; parsed: ImportRow[] } {
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
  const pendingOwners: { line: number; cardNo: string; owner: string }[] = []
  const parsed: ImportRow[] = []
  rows.forEach((cells, index) => {
    const line = index + 2
    const raw: Record<string, string> = {}
    keys.forEach((key, i) => {
      if (key && cells[i] !== undefined && cells[i]!.trim() !== '') raw[key] = cells[i]!.trim()
    })
    const existing = raw.employeeNo ? ctx.store.persons.get(raw.employeeNo) : undefined
    const given = <T>(value: T | undefined, kept: T | undefined): T | undefined =>
      value !== undefined ? value : kept
    const validGiven = raw.validBegin || raw.validEnd
    const input = personInput.safeParse({
      employeeNo: raw.employeeNo,
      name: given(raw.name, existing?.name),
      userType: given(raw.userType, existing?.userType),
      gender: given(raw.gender, existing?.gender),
      groupName: given(raw.groupName, existing?.groupName),
      ...(raw.groups !== undefined
        ? { groups: raw.groups.split(';').filter((g) => g.trim() !== '') }
        : {}),
      notes: given(raw.notes, existing?.notes),
      planTemplateNo: given(raw.planTemplateNo, existing?.planTemplateNo),
      doorRights: given(raw.doorRights?.split(/[;|]/).map(Number), existing?.doorRights),
      valid: validGiven
        ? {
            enable: true,
            beginTime: raw.validBegin ?? existing?.valid.beginTime ?? '2000-01-01T00:00:00',
            endTime: raw.validEnd ?? existing?.valid.endTime ?? '2037-12-31T23:59:59',
          }
        : existing?.valid,
    })
    if (!input.success) {
      errors.push({
        line,
        message: input.error.issues
          .map((i) => `${i.path.join('.') || 'row'}: ${i.message}`)
          .join('; '),
        reason: {
          code: 'importBadFields',
          params: {
            fields: [...new Set(input.error.issues.map((i) => String(i.path[0] ?? 'row')))].join(
              ', ',
            ),
          },
        },
      })
      return
    }
    if (seenPersons.has(input.data.employeeNo))
      errors.push({
        line,
        message: `employeeNo ${input.data.employeeNo} appears twice in the file`,
        reason: { code: 'importDuplicateEmployee', params: { employeeNo: input.data.employeeNo } },
      })
    seenPersons.add(input.data.employeeNo)
    const cards =
      raw.cards === undefined
        ? null
        : [
            ...new Set(
              raw.cards
                .split(/[;|]/)
                .map((c) => c.trim())
                .filter(Boolean),
            ),
          ]
    for (const cardNo of cards ?? []) {
      if (!/^[0-9A-Za-z]{1,32}$/.test(cardNo))
        errors.push({
          line,
          message: `card number "${cardNo}" must be 1 to 32 letters or digits`,
          reason: { code: 'importBadCardNo', params: { cardNo } },
        })
      const other = seenCards.get(cardNo)
      if (other && other !== input.data.employeeNo)
        errors.push({
          line,
          message: `card ${cardNo} is also given to ${other} in this file`,
          reason: { code: 'importCardTwice', params: { cardNo, other } },
        })
      seenCards.set(cardNo, input.data.employeeNo)
      // a card another person holds moves only if the file takes it from them too
      const owner = ctx.store.credentials.cards.owner(cardNo)
      if (owner !== undefined && owner !== input.data.employeeNo)
        pendingOwners.push({ line, cardNo, owner })
    }
    parsed.push({ line, input: input.data, existing, cards })
  })
  // cards held by someone else: allowed only when that person's row lists cards without it
  const listed = new Map(parsed.map((r) => [r.input.employeeNo, r.cards]))
  for (const { line, cardNo, owner } of pendingOwners) {
    const ownerCards = listed.get(owner)
    if (!ownerCards || ownerCards.includes(cardNo))
      errors.push({
        line,
        message: `Card ${cardNo} already belongs to employee ${owner}.`,
        reason: { code: 'importCardOwned', params: { cardNo, owner } },
      })
  }
  if (errors.length > 0)
    throw new AppFailure(
      'INVALID_ARGS',
      `The CSV file has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was imported.`,
      {
        errors: errors.slice(0, MAX_REPORTED),
        more: Math.max(0, errors.length - MAX_REPORTED),
      },
    )
  return { rows: rows.length, parsed }
}

const FIELDS = [
  'name',
  'userType',
  'gender',
  'groupName',
  'notes',
  'planTemplateNo',
  'doorRights',
  'valid',
] as const

/** Which fields a row changes on an existing person. */
function changedFields(row: ImportRow, at: string, roster: RosterService): string[] {
  if (!row.existing) return []
  const next = roster.toRecord(row.input, row.existing, at)
  return FIELDS.filter((f) => JSON.stringify(next[f]) !== JSON.stringify(row.existing![f]))
}

/** What a file would add, change and remove, without writing anything. */
export function previewImport(
  ctx: StationContext,
  roster: RosterService,
  csv: string,
): ImportPreview {
  const { rows, parsed } = readImport(ctx, csv)
  const at = ctx.clock.now().toISOString()
  const preview: ImportPreview = { rows, adds: [], changes: [], unchanged: 0 }
  for (const row of parsed) {
    const current = ctx.store.credentials.cards.of(row.input.employeeNo).map((c) => c.cardNo)
    const wanted = row.cards ?? current
    const cardsAdded = wanted.filter((c) => !current.includes(c))
    const cardsRemoved = current.filter((c) => !wanted.includes(c))
    if (!row.existing) {
      preview.adds.push({ employeeNo: row.input.employeeNo, name: row.input.name, cards: wanted })
      continue
    }
    const fields = changedFields(row, at, roster)
    if (fields.length === 0 && cardsAdded.length === 0 && cardsRemoved.length === 0)
      preview.unchanged++
    else
      preview.changes.push({
        employeeNo: row.input.employeeNo,
        name: row.input.name,
        fields,
        cardsAdded,
        cardsRemoved,
      })
  }
  return preview
}

export function importPersons(
  ctx: StationContext,
  roster: RosterService,
  csv: string,
): ImportReport {
  const { rows, parsed } = readImport(ctx, csv)
  const report: ImportReport = { rows, created: 0, updated: 0, cards: 0, cardsRemoved: 0 }
  const at = ctx.clock.now().toISOString()
  const { store } = ctx
  const write = rows >= BULK_ROWS ? store.bulk : store.tx
  write(() => {
    for (const row of parsed) {
      store.persons.put(roster.toRecord(row.input, row.existing, at))
      if (row.input.groups) roster.putGroups(row.input)
      if (row.existing) report.updated++
      else report.created++
      ctx.audit(
        row.existing ? 'person.update' : 'person.create',
        `person:${row.input.employeeNo}`,
        null,
        'import',
      )
    }
    // cards left out go first, so a card moved from one person to another in the file is free
    for (const row of parsed) {
      if (row.cards === null) continue
      for (const card of store.credentials.cards.of(row.input.employeeNo))
        if (!row.cards.includes(card.cardNo)) {
          store.credentials.cards.remove(row.input.employeeNo, card.cardNo)
          report.cardsRemoved!++
        }
    }
    for (const row of parsed)
      for (const cardNo of row.cards ?? []) {
        roster.addCard({ employeeNo: row.input.employeeNo, cardNo, cardType: 'normalCard' }, at)
        report.cards++
      }
  })
  ctx.bus.emit('roster.changed', { employeeNos: [] })
  return report
}
