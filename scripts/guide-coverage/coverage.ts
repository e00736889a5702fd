// One row per guide item with five columns: client function, simulator route, station /
// contract method, where a user reaches it (UI or CLI), exercised by a test (the client sent it
// AND the simulator served it during the recorded test run).
import type { GuideItem, Method } from './items'
import {
  clientMatches,
  clientPaths,
  eventMentions,
  reachers,
  registryRequests,
  samplePath,
  simulatorRoutes,
  storedEventTypes,
  terminalPageGroups,
} from './static-scan'

export interface RecordedLine {
  side: 'client' | 'simulator'
  method: string
  url: string
  fn?: string
  route?: string
  /** Station method on whose behalf (client side). */
  station?: string
  cli?: string
}

export const COLUMNS = ['client', 'simulator', 'station', 'user', 'tested'] as const
export type Column = (typeof COLUMNS)[number]

export interface CoverageRow {
  section: string
  title: string
  chapter21: boolean
  request: string | null
  client: string[]
  simulator: string[]
  station: string[]
  user: string[]
  tested: boolean
  note: string
}

const TERMINAL_SECTION: Record<string, string> = {
  general: 'UI Terminal › General',
  time: 'UI Terminal › Time',
  authentication: 'UI Terminal › Authentication',
  doors: 'UI Terminal › Door settings',
  network: 'UI Terminal › Network & platforms',
  screen: 'UI Terminal › Screen',
  intercom: 'UI Terminal › Intercom',
  picture: 'UI Terminal › Picture',
  voice: 'UI Terminal › Voice',
}

function pathRegex(path: string): RegExp {
  const src = path
    .split('/')
    .map((s) => (s === ':id' ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${src}$`)
}

/** Whether a recorded request is this item's: same method, path, and the item's query keys. */
function requestMatches(item: GuideItem, method: string, url: string): boolean {
  const r = item.request
  if (!r || r.method !== method) return false
  const [path = '', query = ''] = url.split('?')
  if (!pathRegex(r.path).test(path)) return false
  const keys = new Set(new URLSearchParams(query).keys())
  return r.query.every((k) => keys.has(k))
}

const uniq = (xs: (string | undefined)[]): string[] =>
  [...new Set(xs.filter((x): x is string => !!x))].sort()

/**
 * The sources' side, read once per process: the sources do not change during a run, and a
 * test that computes rows for several recordings need not scan them again each time.
 */
let scanned: ReturnType<typeof scanSources> | undefined
function scanSources() {
  const mentions = new Map<string, ReturnType<typeof eventMentions>>()
  return {
    client: clientPaths(),
    routes: simulatorRoutes(),
    registry: registryRequests(),
    reach: reachers(),
    terminalGroups: terminalPageGroups(),
    stored: storedEventTypes(),
    eventMentions: (type: string) => {
      if (!mentions.has(type)) mentions.set(type, eventMentions(type))
      return mentions.get(type)!
    },
  }
}

export function coverageRows(items: GuideItem[], recorded: RecordedLine[]): CoverageRow[] {
  const scan = (scanned ??= scanSources())
  const { client, routes, registry, reach, terminalGroups, stored } = scan
  return items.map((item) => {
    const base = {
      section: item.section,
      title: item.title,
      chapter21: item.chapter21,
      request: item.request
        ? `${item.request.method} ${item.request.path}${item.request.query.length ? `?${item.request.query.join('&')}` : ''}`
        : item.event
          ? `event ${item.event}`
          : null,
    }
    const r = item.request
    if (!r && item.event) {
      // a pushed event: handled by the client's parser, emitted by the simulator, stored by the
      // station and shown to a user; tested when a recorded run saw both sides of one
      const type = item.event
      const seen = recorded.filter((l) => l.method === 'EVENT' && l.url === type)
      const mentions = scan.eventMentions(type)
      const shownBy = stored.get(type)
      return {
        ...base,
        client: mentions.client,
        simulator: mentions.simulator,
        station: shownBy ? [shownBy] : [],
        user: shownBy ? (reach.get(shownBy) ?? []) : [],
        tested: seen.some((l) => l.side === 'client') && seen.some((l) => l.side === 'simulator'),
        note: `pushed event — ${item.ref}`,
      }
    }
    if (!r)
      return {
        ...base,
        client: [],
        simulator: [],
        station: [],
        user: [],
        tested: false,
        note: item.event ? `pushed event — ${item.ref}` : item.ref,
      }
    const method: Method = r.method
    const reg = registry.filter(
      (e) => e.method === method && pathRegex(e.path).test(samplePath(r.path)),
    )
    const mine = recorded.filter((l) => requestMatches(item, l.method, l.url))
    const sent = mine.filter((l) => l.side === 'client')
    const served = mine.filter((l) => l.side === 'simulator')
    const clientFns = uniq([
      ...client.filter((c) => clientMatches(c, method, r.path)).map((c) => c.fn),
      ...sent.map((l) => l.fn),
      ...(reg.length
        ? [method === 'GET' ? 'readResource / readResourceCaps' : 'writeResource']
        : []),
    ])
    const simRoutes = uniq(
      routes
        .filter((s) => s.methods.includes(method) && s.re.test(samplePath(r.path)))
        .map((s) => s.path)
        .slice(0, 1),
    )
    const station = uniq([...reg.map((e) => e.station), ...sent.map((l) => l.station)])
    const user = uniq([
      ...reg.flatMap((e) => [
        terminalGroups.has(e.group)
          ? (TERMINAL_SECTION[e.group] ?? `UI Terminal › ${e.group}`)
          : undefined,
        `CLI config ${e.station.split('.')[1]} ${e.id}`,
      ]),
      ...station.flatMap((m) => reach.get(m) ?? []),
      ...sent.map((l) => (l.cli ? `CLI ${l.cli}` : undefined)),
    ])
    return {
      ...base,
      client: clientFns,
      simulator: simRoutes,
      station,
      user,
      tested: sent.length > 0 && served.length > 0,
      note: item.ref,
    }
  })
}

export interface Counts {
  items: number
  client: number
  simulator: number
  station: number
  user: number
  tested: number
  noUrl: number
}

export function counts(rows: CoverageRow[]): Counts {
  return {
    items: rows.length,
    client: rows.filter((r) => r.client.length > 0).length,
    simulator: rows.filter((r) => r.simulator.length > 0).length,
    station: rows.filter((r) => r.station.length > 0).length,
    user: rows.filter((r) => r.user.length > 0).length,
    tested: rows.filter((r) => r.tested).length,
    noUrl: rows.filter((r) => r.request === null).length,
  }
}

/** Columns a row has, for the baseline. */
export function columnsOf(row: CoverageRow): Column[] {
  return COLUMNS.filter((c) => (c === 'tested' ? row.tested : row[c].length > 0))
}
