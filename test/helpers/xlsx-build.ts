// Small .xlsx files built byte by byte for the reader's tests and the hostile bench: a ZIP
// writer that puts parts in any order, with any sizes, names, comments or overlaps, and a
// workbook of a given sheet (and shared strings, styles) with the usual relationships. Large
// inflated contents (a bomb, a 100 MB cell) stay small here: a piece deflated once is repeated,
// each copy a run of complete deflate blocks that refer to nothing before it.
import { constants, crc32, deflateRawSync } from 'node:zlib'

export interface ZipPart {
  name: string
  /** The part's bytes, deflated here (unless `stored`). */
  body?: Buffer | string
  /** Or bytes already deflated, with the size and CRC the directory claims. */
  deflated?: { bytes: Buffer; size: number; crc: number }
  stored?: boolean
  /** Bytes of the directory entry's comment (a huge directory). */
  comment?: number
}

/** A ZIP of the parts in the order given. */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name)
    const body = typeof part.body === 'string' ? Buffer.from(part.body) : part.body
    const data = part.deflated
      ? part.deflated.bytes
      : part.stored
        ? body!
        : deflateRawSync(body ?? Buffer.alloc(0))
    const size = part.deflated?.size ?? body?.length ?? 0
    const crc = part.deflated?.crc ?? crc32(body ?? Buffer.alloc(0))
    const method = part.stored ? 0 : 8
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, data)
    const comment = Buffer.alloc(part.comment ?? 0, 0x20)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(0x800, 8)
    entry.writeUInt16LE(method, 10)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(data.length, 20)
    entry.writeUInt32LE(size, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt16LE(comment.length, 32)
    entry.writeUInt32LE(offset, 42)
    central.push(entry, name, comment)
    offset += 30 + name.length + data.length
  }
  const dir = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8)
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dir, end])
}

/**
 * `head`, then `unit` `times` over, then `tail`, deflated: the unit is deflated once and its
 * bytes repeated. The CRC is the real one only when `honest` (computing it costs a pass).
 */
export function repeated(
  head: string,
  unit: string,
  times: number,
  tail: string,
  honest = false,
): { bytes: Buffer; size: number; crc: number } {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH }
  const u = Buffer.from(unit)
  const unitDeflated = deflateRawSync(u, flush)
  const parts = [deflateRawSync(Buffer.from(head), flush)]
  for (let i = 0; i < times; i++) parts.push(unitDeflated)
  parts.push(deflateRawSync(Buffer.from(tail)))
  let crc = crc32(head)
  if (honest) for (let i = 0; i < times; i++) crc = crc32(u, crc)
  crc = honest ? crc32(tail, crc) : 0
  return { bytes: Buffer.concat(parts), size: head.length + u.length * times + tail.length, crc }
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`

export const sstXml = (items: string) => `<sst xmlns="${NS}">${items}</sst>`

/** Inline-string and number cells of one row: `row(2, ['A', 1])`. */
export function row(r: number, values: (string | number)[]): string {
  const cells = values.map((v, i) => {
    const ref = `${String.fromCharCode(65 + i)}${r}`
    return typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`
  })
  return `<row r="${r}">${cells.join('')}</row>`
}

export interface BookParts {
  /** The sheet part (xl/worksheets/sheet1.xml): XML, or deflated bytes. */
  sheet: string | ZipPart['deflated']
  sharedStrings?: string | ZipPart['deflated']
  styles?: string
  workbook?: string
  /** Parts in this order (names as below); the default is Excel's: the sheet before its strings. */
  order?: string[]
  extra?: ZipPart[]
}

/** A workbook of one sheet with the usual relationships. */
export function workbook(p: BookParts): Buffer {
  const part = (name: string, v: string | ZipPart['deflated']): ZipPart =>
    typeof v === 'string' ? { name, body: v } : { name, deflated: v }
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    p.styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : '',
    p.sharedStrings
      ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`
      : '',
  ].join('')
  const all: ZipPart[] = [
    { name: '[Content_Types].xml', body: '<Types/>' },
    {
      name: '_rels/.rels',
      body: `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      body:
        p.workbook ??
        `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', body: `<Relationships>${rels}</Relationships>` },
    part('xl/worksheets/sheet1.xml', p.sheet),
    ...(p.styles ? [{ name: 'xl/styles.xml', body: p.styles }] : []),
    ...(p.sharedStrings ? [part('xl/sharedStrings.xml', p.sharedStrings)] : []),
    ...(p.extra ?? []),
  ]
  const ordered = p.order
    ? p.order
        .map((n) => all.find((x) => x.name === n)!)
        .concat(all.filter((x) => !p.order!.includes(x.name)))
    : all
  return buildZip(ordered)
}
