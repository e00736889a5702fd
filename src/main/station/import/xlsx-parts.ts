// The small parts of an .xlsx that say where things are and how to read them: relationships
// (`*.rels`), the workbook (its sheets in tab order, its date system) and the styles (which
// cell styles show a number as a date). Each is bounded by its part's size limit and by a cap
// on the items kept.
import { partDamaged, type ZipEntry } from './xlsx-zip'
import { attr, scanPart } from './xlsx-xml'

/** Items kept from one small part (relationships, sheets, formats, cell styles). */
const MAX_ITEMS = 65_536

export interface Relationship {
  type: string
  /** The target part's path in the archive (lower case), resolved from the source part. */
  path: string
}

/** Where a part's relationships are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

/** A relationship's target resolved against the folder of the part it belongs to. */
function resolve(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1)
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop()
    else if (seg !== '.' && seg !== '') base.push(seg)
  }
  return base.join('/').toLowerCase()
}

/** The relationships of `ofPart`, by id. */
export async function readRelationships(
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
  ofPart: string,
): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>()
  await scanPart(bytes, entry, {
    wantText: false,
    text() {},
    close() {},
    open(name, attrs) {
      if (name !== 'Relationship') return
      if (rels.size >= MAX_ITEMS) throw partDamaged(entry.name)
      const id = attr(attrs, 'Id', entry.name)
      const target = attr(attrs, 'Target', entry.name)
      if (!id || !target || attr(attrs, 'TargetMode', entry.name) === 'External') return
      rels.set(id, { type: attr(attrs, 'Type', entry.name) ?? '', path: resolve(ofPart, target) })
    },
  })
  return rels
}

/** The first relationship whose type ends with `/kind` (transitional and strict OOXML alike). */
export function relOfType(rels: Map<string, Relationship>, kind: string): Relationship | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${kind}`)) return rel
  return undefined
}

export interface Workbook {
  /** Sheets in tab order: their relationship id and whether the user sees them. */
  sheets: { relId: string; visible: boolean }[]
  date1904: boolean
}

export async function readWorkbook(
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
): Promise<Workbook> {
  const book: Workbook = { sheets: [], date1904: false }
  await scanPart(bytes, entry, {
    wantText: false,
    text() {},
    close() {},
    open(name, attrs) {
      if (name === 'workbookPr') {
        const v = attr(attrs, 'date1904', entry.name)
        book.date1904 = v === '1' || v === 'true'
      } else if (name === 'sheet') {
        if (book.sheets.length >= MAX_ITEMS) throw partDamaged(entry.name)
        const relId = attr(attrs, 'id', entry.name)
        const state = attr(attrs, 'state', entry.name)
        if (relId)
          book.sheets.push({ relId, visible: state !== 'hidden' && state !== 'veryHidden' })
      }
    },
  })
  return book
}

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30, with the CJK ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
])

/** Whether a custom format code shows a date: y, m, d, h or s outside quotes, escapes and colours. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
  return /[ymdhs]/i.test(bare)
}

/** For each cell style (`s` of a cell), whether it shows numbers as dates. */
export async function readDateStyles(
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
): Promise<boolean[]> {
  const customDate = new Map<number, boolean>()
  const styles: boolean[] = []
  let inCellXfs = false
  await scanPart(bytes, entry, {
    wantText: false,
    text() {},
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
    open(name, attrs) {
      if (name === 'cellXfs') inCellXfs = true
      else if (name === 'numFmt') {
        if (customDate.size >= MAX_ITEMS) throw partDamaged(entry.name)
        const id = Number(attr(attrs, 'numFmtId', entry.name))
        customDate.set(id, isDateFormat(attr(attrs, 'formatCode', entry.name) ?? ''))
      } else if (name === 'xf' && inCellXfs) {
        if (styles.length >= MAX_ITEMS) throw partDamaged(entry.name)
        const id = Number(attr(attrs, 'numFmtId', entry.name) ?? 0)
        styles.push(customDate.get(id) ?? DATE_FORMAT_IDS.has(id))
      }
    },
  })
  return styles
}
