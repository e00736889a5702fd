// A small incremental XML reader for the parts of an .xlsx: text comes in pieces, each piece is
// scanned once (tags, text, comments, CDATA, processing instructions); only an unfinished tag
// is carried to the next piece, and it may not grow past MAX_MARKUP. A DOCTYPE (and with it any
// entity definition) is refused; the only entities are XML's five and character references.
// Text is handed on only where the reader of the part wants it (a cell's value, a string).
import { codedFailure } from '@shared/coded-failure'
import { partDamaged } from './xlsx-zip'
import type { ZipEntry } from './xlsx-zip'

/** The longest tag, comment or processing instruction a part may hold. */
const MAX_MARKUP = 64 * 1024

export interface XmlEvents {
  /** An element opens (its name without a namespace prefix, its raw attribute text). */
  open(name: string, attrs: string): void
  /** An element closes (also right after `open` for `<x/>`). */
  close(name: string): void
  /** Whether text here is wanted: only then is `text` called. */
  readonly wantText: boolean
  text(text: string): void
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Text with its entities decoded; any other `&` is a damaged part. */
export function decodeXml(text: string, part: string): string {
  if (!text.includes('&')) return text
  let ok = 0
  const out = text.replace(ENTITY, (_, hex: string, dec: string, named: string) => {
    ok++
    if (named) return NAMED[named]!
    const code = hex ? parseInt(hex, 16) : Number(dec)
    if (code > 0x10ffff) throw partDamaged(part)
    return String.fromCodePoint(code)
  })
  if (text.split('&').length - 1 !== ok) throw partDamaged(part)
  return out
}

const attrPatterns = new Map<string, RegExp>()

/** An attribute's value by its local name (any namespace prefix), entities decoded. */
export function attr(attrs: string, name: string, part: string): string | undefined {
  let re = attrPatterns.get(name)
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    attrPatterns.set(name, re)
  }
  const m = re.exec(attrs)
  if (!m) return undefined
  return decodeXml(m[1] ?? m[2] ?? '', part)
}

export class XmlScanner {
  private rest = ''

  constructor(
    private readonly events: XmlEvents,
    private readonly part: string,
  ) {}

  push(piece: string): void {
    const text = this.rest ? this.rest + piece : piece
    const done = this.scan(text)
    this.rest = done < text.length ? text.slice(done) : ''
    if (this.rest.length > MAX_MARKUP) throw partDamaged(this.part)
  }

  end(): void {
    if (this.rest.trim() !== '') throw partDamaged(this.part)
  }

  /** Scans what it can; returns where the unfinished rest starts. */
  private scan(text: string): number {
    const ev = this.events
    const n = text.length
    let at = 0
    while (at < n) {
      const lt = text.indexOf('<', at)
      if (lt < 0) {
        if (!ev.wantText) return n
        // an entity cut by the piece's end waits for the next piece
        const amp = text.lastIndexOf('&')
        const cut = amp >= at && text.indexOf(';', amp) < 0 ? amp : n
        if (cut > at) ev.text(decodeXml(text.slice(at, cut), this.part))
        return cut
      }
      if (lt > at && ev.wantText) ev.text(decodeXml(text.slice(at, lt), this.part))
      const next = this.markup(text, lt)
      if (next < 0) return lt
      at = next
    }
    return n
  }

  /** The markup at `lt`; returns where it ends, or -1 when it goes on in the next piece. */
  private markup(text: string, lt: number): number {
    const c = text.charCodeAt(lt + 1)
    if (c === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4)
        return end < 0 ? -1 : end + 3
      }
      if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9)
        if (end < 0) return -1
        if (this.events.wantText) this.events.text(text.slice(lt + 9, end))
        return end + 3
      }
      if (text.length - lt < 9) return -1
      throw codedFailure('INVALID_ARGS', 'xlsxDoctype', { part: this.part })
    }
    if (c === 0x3f /* ? */) {
      const end = text.indexOf('?>', lt + 2)
      return end < 0 ? -1 : end + 2
    }
    if (Number.isNaN(c)) return -1
    const gt = tagEnd(text, lt + 1)
    if (gt < 0) return -1
    if (c === 0x2f /* / */) {
      this.events.close(localName(text.slice(lt + 2, gt).trim()))
      return gt + 1
    }
    const empty = text.charCodeAt(gt - 1) === 0x2f
    const bodyEnd = empty ? gt - 1 : gt
    let nameEnd = lt + 1
    while (nameEnd < bodyEnd && text.charCodeAt(nameEnd) > 0x20) nameEnd++
    const name = localName(text.slice(lt + 1, nameEnd))
    this.events.open(name, nameEnd < bodyEnd ? text.slice(nameEnd, bodyEnd) : '')
    if (empty) this.events.close(name)
    return gt + 1
  }
}

/** The `>` closing a tag, quotes respected; -1 when the tag goes on in the next piece. */
function tagEnd(text: string, from: number): number {
  let q = 0
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (q) {
      if (c === q) q = 0
    } else if (c === 0x3e) return i
    else if (c === 0x22 || c === 0x27) q = c
  }
  return -1
}

/** Each attribute of a tag's attribute text: its local name and its value, entities decoded. */
export function eachAttr(
  attrs: string,
  part: string,
  fn: (name: string, value: string) => void,
): void {
  const n = attrs.length
  for (let i = 0; i < n;) {
    const eq = attrs.indexOf('=', i)
    if (eq < 0) return
    let j = eq + 1
    while (j < n && attrs.charCodeAt(j) <= 0x20) j++
    const quote = attrs[j]
    if (quote !== '"' && quote !== "'") throw partDamaged(part)
    const end = attrs.indexOf(quote, j + 1)
    if (end < 0) throw partDamaged(part)
    fn(localName(attrs.slice(i, eq).trim()), decodeXml(attrs.slice(j + 1, end), part))
    i = end + 1
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** A part's bytes decoded as UTF-8 and scanned; yields after each piece (for rows to go out). */
export async function* scanPieces(
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
  events: XmlEvents,
): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8')
  const scanner = new XmlScanner(events, entry.name)
  for await (const piece of bytes) {
    scanner.push(decoder.decode(piece, { stream: true }))
    yield
  }
  scanner.push(decoder.decode())
  scanner.end()
  yield
}

/** A whole part scanned. */
export async function scanPart(
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
  events: XmlEvents,
): Promise<void> {
  for await (const _ of scanPieces(bytes, entry, events)) void _
}
