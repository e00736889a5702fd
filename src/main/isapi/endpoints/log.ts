// The terminal's own log (guide 21.4.1): POST /ISAPI/ContentMgmt/logSearch with a
// CMSearchDescription (XML; the vendor spells `searchResultPostion`), paged by searchID while
// responseStatusStrg is MORE. Access events are a different search (AcsEvent).
import { randomUUID } from 'node:crypto'
import { int, list, obj, str } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export type LogMajor = 'Alarm' | 'Exception' | 'Operation' | 'Information'

export interface LogQuery {
  /** Device-local or offset ISO times. */
  from?: string
  to?: string
  major?: LogMajor
  /** Minor type name within the major (e.g. remoteLogin). */
  minor?: string
  position?: number
  maxResults?: number
  searchID?: string
}

export interface LogEntry {
  /** e.g. log.std-cgi.com/Operation/remoteOpenDoor */
  metaId: string
  major: string
  minor: string
  time: string
  localId?: number
  userName?: string
  ipAddress?: string
  info?: string
}

export interface LogPage {
  searchID: string
  entries: LogEntry[]
  more: boolean
  /** Total matches when the terminal says (totalMatches); undefined otherwise. */
  total?: number
}

export async function searchLog(
  http: IsapiHttp,
  q: LogQuery = {},
  o: CallOptions = {},
): Promise<LogPage> {
  const searchID = q.searchID ?? randomUUID().toUpperCase()
  const metaId = ['log.std-cgi.com', q.major, q.major && q.minor].filter(Boolean).join('/')
  const body: Record<string, unknown> = { searchID, metaId }
  if (q.from || q.to)
    body.timeSpanList = {
      timeSpan: {
        startTime: q.from ?? '1970-01-01T00:00:00Z',
        endTime: q.to ?? '2099-12-31T23:59:59Z',
      },
    }
  body.maxResults = q.maxResults ?? 50
  body.searchResultPostion = q.position ?? 0
  const b = await http.xmlDoc(
    'POST',
    '/ISAPI/ContentMgmt/logSearch',
    'CMSearchResult',
    'CMSearchDescription',
    body,
    o,
  )
  const entries = list(obj(b.matchList).searchMatchItem).map((item): LogEntry => {
    const d = obj(obj(item).logDescriptor)
    const id = str(d.metaId) ?? ''
    const [, major = '', minor = ''] = id.split('/')
    const e: LogEntry = { metaId: id, major, minor, time: str(d.StartDateTime) ?? '' }
    const localId = int(d.localID)
    if (localId !== undefined) e.localId = localId
    const user = str(d.userName)
    if (user) e.userName = user
    const ip = str(d.ipAddress)
    if (ip) e.ipAddress = ip
    const info = str(d.infoContent)
    if (info) e.info = info
    return e
  })
  const page: LogPage = {
    searchID,
    entries,
    more: (str(b.responseStatusStrg) ?? '').toUpperCase() === 'MORE',
  }
  const total = int(b.totalMatches)
  if (total !== undefined) page.total = total
  return page
}
