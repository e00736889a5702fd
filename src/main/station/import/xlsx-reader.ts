// The rows of an .xlsx's first sheet (in tab order, the first the user sees), read without
// holding the file or the sheet: a first reading of the file finds the ZIP directory, then each
// further reading takes, in file order, every part it now knows it needs — the package's
// relationships, the workbook, its relationships, the styles, the shared strings — and streams
// the sheet once all of those are in (Excel writes the sheet before its strings: that costs one
// more reading). Every reading must find the same file (its length and directory), or the
// import is refused as changed. What a part may cost is bounded in xlsx-zip.ts (bytes) and by
// each part's reader (items).
import { codedFailure } from '@shared/coded-failure'
import { AppFailure } from '@shared/result'
import type { FileSource } from './file-source'
import {
  readDateStyles,
  readRelationships,
  readWorkbook,
  relOfType,
  relsPathOf,
  type Relationship,
  type Workbook,
} from './xlsx-parts'
import { sheetRows, type SheetRow } from './xlsx-sheet'
import { readSharedStrings, type SharedStrings } from './xlsx-strings'
import {
  FileCursor,
  partBytes,
  readDirectory,
  zipDamaged,
  type ZipDirectory,
  type ZipEntry,
} from './xlsx-zip'

const MB = 2 ** 20

/** Inflated bytes each part may have (a bomb stops here). */
export const XLSX_PART_LIMITS = {
  rels: 1 * MB,
  workbook: 8 * MB,
  styles: 16 * MB,
  sharedStrings: 256 * MB,
  sheet: 512 * MB,
}

/** Readings of the file: the directory, then at most one per link of the chain to the sheet. */
const MAX_READINGS = 7

type Role = 'rootRels' | 'workbook' | 'workbookRels' | 'styles' | 'sharedStrings' | 'sheet'

interface Found {
  rootRels?: Map<string, Relationship>
  workbook?: Workbook
  workbookRels?: Map<string, Relationship>
  dateStyles?: boolean[]
  strings?: SharedStrings
}

export async function* xlsxRows(source: FileSource): AsyncGenerator<SheetRow> {
  const dir = await readDirectory(source)
  const found: Found = {}
  const has = (path: string | undefined) => path !== undefined && dir.byName.has(path)
  const paths = () => {
    const rootRels = has('_rels/.rels') ? '_rels/.rels' : undefined
    const main =
      found.rootRels && relOfType(found.rootRels, 'officeDocument')?.path
        ? relOfType(found.rootRels, 'officeDocument')!.path
        : 'xl/workbook.xml'
    const workbookRels = relsPathOf(main)
    const rels = found.workbookRels
    const sheetRel = rels && found.workbook && firstSheet(found.workbook, rels)
    return {
      rootRels,
      main,
      workbookRels,
      styles: rels && relOfType(rels, 'styles')?.path,
      sharedStrings: rels && relOfType(rels, 'sharedStrings')?.path,
      sheet: sheetRel,
    }
  }
  /** What `entry` is to the reading now, given what has been read so far. */
  const roleOf = (entry: ZipEntry): Role | null => {
    const name = entry.name.toLowerCase()
    const p = paths()
    if (name === p.rootRels && !found.rootRels) return 'rootRels'
    if (p.rootRels && !found.rootRels) return null
    if (name === p.main && !found.workbook) return 'workbook'
    if (name === p.workbookRels && !found.workbookRels) return 'workbookRels'
    if (name === p.styles && !found.dateStyles) return 'styles'
    if (name === p.sharedStrings && !found.strings) return 'sharedStrings'
    const ready =
      found.workbook &&
      found.workbookRels &&
      (!has(p.styles) || found.dateStyles) &&
      (!has(p.sharedStrings) || found.strings)
    return ready && name === p.sheet ? 'sheet' : null
  }

  let sheetDone = false
  for (let reading = 1; !sheetDone; reading++) {
    if (reading > MAX_READINGS) throw zipDamaged()
    let progress = false
    const cursor = new FileCursor(source, dir)
    try {
      for (const entry of dir.inOrder) {
        const role = roleOf(entry)
        if (!role) continue
        progress = true
        const bytes = partBytes(cursor, entry, XLSX_PART_LIMITS[partKind(role)])
        if (role === 'sheet') {
          yield* sheetRows(bytes, entry, {
            strings: found.strings ?? null,
            dateStyles: found.dateStyles ?? [],
            date1904: found.workbook!.date1904,
          })
          sheetDone = true
        } else await readPart(role, bytes, entry, found, paths().main)
      }
      await cursor.finish(dir)
    } catch (error) {
      // a part that reads damaged in a later reading may be a file that changed since the first
      if (isDamage(error)) await cursor.finish(dir)
      throw error
    } finally {
      await cursor.close()
    }
    if (!progress) throw missingPart(dir, paths())
  }
}

const isDamage = (error: unknown) =>
  error instanceof AppFailure &&
  ['xlsxDamaged', 'xlsxZipDamaged'].includes(
    (error.details?.reason as { code?: string } | undefined)?.code ?? '',
  )

const partKind = (role: Role): keyof typeof XLSX_PART_LIMITS =>
  role === 'rootRels' || role === 'workbookRels' ? 'rels' : role

async function readPart(
  role: Exclude<Role, 'sheet'>,
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
  found: Found,
  main: string,
) {
  if (role === 'rootRels') found.rootRels = await readRelationships(bytes, entry, '')
  else if (role === 'workbook') found.workbook = await readWorkbook(bytes, entry)
  else if (role === 'workbookRels') found.workbookRels = await readRelationships(bytes, entry, main)
  else if (role === 'styles') found.dateStyles = await readDateStyles(bytes, entry)
  else found.strings = await readSharedStrings(bytes, entry)
}

/** The first visible sheet in tab order (the first of all when every one is hidden). */
function firstSheet(book: Workbook, rels: Map<string, Relationship>): string | undefined {
  const sheets = book.sheets.filter((s) => rels.get(s.relId)?.type.endsWith('/worksheet'))
  const first = sheets.find((s) => s.visible) ?? sheets[0]
  return first && rels.get(first.relId)!.path
}

/** A reading that found nothing new: a part the chain names is not in the archive. */
function missingPart(dir: ZipDirectory, p: { main: string; sheet?: string | undefined }) {
  if (!dir.byName.has(p.main)) return codedFailure('INVALID_ARGS', 'xlsxNoSheet')
  if (p.sheet === undefined) return codedFailure('INVALID_ARGS', 'xlsxNoSheet')
  return codedFailure('INVALID_ARGS', 'xlsxDamaged', { part: p.sheet })
}
