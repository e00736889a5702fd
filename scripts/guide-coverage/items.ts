// The project's own list of the guide's API items: every `### 21.x.y` heading of the guide's
// table of contents (docs/protocol/guide-toc.txt) and the framework chapters' headings that the
// protocol reference maps, each with its request (method + URL) taken from the protocol
// reference — docs/protocol-config/00-index.md's coverage table, then SUPPLEMENT (rows from
// docs/protocol/). An item whose URL no reference resolves keeps `request: null` and says why.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SUPPLEMENT } from './supplement'

export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE'

export interface GuideRequest {
  method: Method
  /** Path with `:id` for each variable segment, no query. */
  path: string
  /** Query parameters that select this item (not `format`). */
  query: string[]
}

export interface GuideItem {
  section: string
  title: string
  chapter21: boolean
  request: GuideRequest | null
  /** A pushed event (alertStream / httpHosts) instead of a request. */
  event: string | null
  /** Where the URL came from, or why there is none. */
  ref: string
}

const METHOD = /^(GET|PUT|POST|DELETE)(?:\s*\\?[|/]\s*(?:GET|PUT|POST|DELETE))*\s+(\S+)/

/** `GET /ISAPI/x/<ID>?format=json&type=<t>` → method, `/ISAPI/x/:id`, query keys. */
export function parseRequest(text: string, previousPath?: string): GuideRequest | null {
  const m = METHOD.exec(text.trim())
  if (!m) return null
  let url = m[2]!
  if (url.startsWith('…/') && previousPath) {
    const first = url.slice(2).split(/[/?]/)[0]!
    const at = previousPath.indexOf(`/${first}`)
    if (at < 0) return null
    url = previousPath.slice(0, at) + url.slice(1)
  }
  if (!url.startsWith('/ISAPI/')) return null
  // an optional query written `[?type=<t>]` is the item's own variant: its keys count
  url = url.replace(/\[(\?[^\]]*)\]$/, '$1')
  const [path = '', query = ''] = url.split('?')
  return {
    method: m[1] as Method,
    path: path
      .split('/')
      .map((seg) => (/^<.*>$/.test(seg) || seg === ':id' ? ':id' : seg))
      .join('/'),
    query: query
      .split('&')
      .map((kv) => kv.split('=')[0]!)
      .filter((k) => k && k !== 'format'),
  }
}

interface RefRow {
  text: string
  ref: string
}

/** The coverage table of docs/protocol-config/00-index.md: section → request text. */
function referenceTable(docs: string): Map<string, RefRow> {
  const rows = new Map<string, RefRow>()
  const text = readFileSync(join(docs, 'protocol-config/00-index.md'), 'utf8')
  for (const line of text.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim())
    // | section | heading | Method + URL | Conf | Sources | File |
    if (cells.length < 7 || !/^\d+(\.\d+)+$/.test(cells[1]!)) continue
    const url = /`([^`]+)`/.exec(cells[3]!)?.[1] ?? cells[3]!
    rows.set(cells[1]!, {
      text: url.replace(/\\\|/g, '|'),
      ref: `protocol-config/00-index.md (${cells[4]}; ${cells[6]})`,
    })
  }
  return rows
}

export function guideItems(docs = join(import.meta.dirname, '../../docs')): GuideItem[] {
  const toc = readFileSync(join(docs, 'protocol/guide-toc.txt'), 'utf8').split('\n')
  const table = referenceTable(docs)
  const supplement = new Map(SUPPLEMENT.map((r) => [r.section, r]))
  const items: GuideItem[] = []
  let previousPath: string | undefined
  for (const line of toc) {
    const m = /^#+ (\d+(?:\.\d+)+) (.*)$/.exec(line)
    if (!m) continue
    const [, section = '', title = ''] = m
    const chapter21 = /^21\.\d+\.\d+$/.test(section)
    const sup = supplement.get(section)
    const row = table.get(section)
    if (!chapter21 && !sup && !row) continue
    const text = sup?.request ?? row?.text ?? ''
    const ref = sup?.ref ?? row?.ref ?? 'no row in the protocol reference'
    const event = /^event (\w+)/.exec(text)?.[1] ?? null
    // an event row may say more after its type (why it is not stored): kept in the note
    const eventWords = /^event \w+ — (.+)$/.exec(text)?.[1]
    const request = event ? null : parseRequest(text, previousPath)
    if (request) previousPath = request.path
    items.push({
      section,
      title,
      chapter21,
      request,
      event,
      ref: request
        ? ref
        : event
          ? eventWords
            ? `${eventWords} — ${ref}`
            : ref
          : `no URL: ${text || 'unresolved'} — ${ref}`,
    })
  }
  return items
}
