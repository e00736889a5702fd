// `persons.import` and `persons.importPreview`: a CSV given as text (scripts, the CLI's dry run,
// tests) is read exactly as a person file (check-rows.ts: the same columns, dates and
// problems by row and column) and written the same way, in slices (write-rows.ts). The
// preview lists what the file would add, change and remove, and writes nothing.
import type { ImportPreview, ImportReport } from '@shared/model'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import { checkedRows, type CheckedRow } from './check-rows'
import type { FileSource } from './file-source'
import { checkTable, fileReport, importFile, refusal } from './import-file'
import type { ApplyStateRecompute } from './write-rows'

const FILE_NAME = 'persons.csv'
/** Text in slices of 64 KiB of characters, as UTF-8 bytes (young objects: file-source.ts). */
const TEXT_SLICE = 1 << 16

/** CSV text as a file the import reads (twice), encoded a slice at a time. */
const textSource = (csv: string): FileSource => ({
  fileName: FILE_NAME,
  async *chunks() {
    for (let at = 0; at < csv.length; at += TEXT_SLICE) {
      // a slice never ends between the two halves of a surrogate pair
      let end = Math.min(csv.length, at + TEXT_SLICE)
      const last = csv.charCodeAt(end - 1)
      if (end < csv.length && last >= 0xd800 && last <= 0xdbff) end++
      yield Buffer.from(csv.slice(at, end), 'utf8')
      at = end - TEXT_SLICE
    }
  },
})

export async function importCsvText(
  ctx: StationContext,
  roster: RosterService,
  applyStates: ApplyStateRecompute,
  csv: string,
): Promise<ImportReport> {
  const r = await importFile(ctx, roster, applyStates, {
    source: textSource(csv),
    goodRowsOnly: false,
    dryRun: false,
  })
  return {
    rows: r.rows,
    created: r.created,
    updated: r.updated,
    cards: r.cards,
    cardsRemoved: r.cardsRemoved,
  }
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

export async function previewCsvText(
  ctx: StationContext,
  roster: RosterService,
  csv: string,
): Promise<ImportPreview> {
  const source = textSource(csv)
  const checked = await checkTable(ctx, source)
  if (checked.problemCount > 0)
    throw refusal(checked.problemCount, checked.badRows, fileReport(checked))
  const at = ctx.clock.now().toISOString()
  const preview: ImportPreview = { rows: checked.rows, adds: [], changes: [], unchanged: 0 }
  for await (const row of checkedRows(ctx, source, checked)) {
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

/** Which fields a row changes on an existing person. */
function changedFields(row: CheckedRow, at: string, roster: RosterService): string[] {
  const existing = row.existing
  if (!existing) return []
  const next = roster.toRecord(row.input, existing, at)
  return FIELDS.filter((f) => JSON.stringify(next[f]) !== JSON.stringify(existing[f]))
}
