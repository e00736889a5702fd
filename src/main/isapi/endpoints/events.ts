import { compact, int, list, obj, opts, range, str } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import { parseAcsEvent, type AcsEventRecord } from '../models/event'
import { jsonOk, jsonRoot, type CallOptions } from './common'
import {
  allPages,
  clampPageSize,
  newSearchId,
  pageHeader,
  type Page,
  type SearchOptions,
} from './paging'

export interface EventFilter {
  /** 0 = all. */
  major?: number
  /** 0 = all. */
  minor?: number
  /** ISO 8601 with offset. */
  startTime?: string
  endTime?: string
  employeeNo?: string
  cardNo?: string
  name?: string
  beginSerialNo?: number
  endSerialNo?: number
  picEnable?: boolean
  timeReverseOrder?: boolean
}

function cond(f: EventFilter): Record<string, unknown> {
  return compact({
    major: f.major ?? 0,
    minor: f.minor ?? 0,
    startTime: f.startTime,
    endTime: f.endTime,
    employeeNoString: f.employeeNo,
    cardNo: f.cardNo,
    name: f.name,
    beginSerialNo: f.beginSerialNo,
    endSerialNo: f.endSerialNo,
    picEnable: f.picEnable,
    timeReverseOrder: f.timeReverseOrder,
  })
}

export async function searchEventsPage(
  http: IsapiHttp,
  q: EventFilter & SearchOptions & { searchID: string; position: number },
): Promise<Page<AcsEventRecord>> {
  const path = '/ISAPI/AccessControl/AcsEvent?format=json'
  const body = {
    AcsEventCond: {
      searchID: q.searchID,
      searchResultPosition: q.position,
      maxResults: clampPageSize(q.pageSize, q.pageMax),
      ...cond(q),
    },
  }
  const r = jsonRoot(
    http,
    await http.json('POST', path, body, { signal: q.signal, headersTimeoutMs: 15_000 }),
    'AcsEvent',
    'POST',
    path,
  )
  return {
    ...pageHeader(r),
    items: list(r.InfoList)
      .map((x) => parseAcsEvent(x))
      .filter((e): e is AcsEventRecord => e !== undefined),
  }
}

/** The event log matching a filter, all pages with one searchID. */
export function searchEvents(
  http: IsapiHttp,
  q: EventFilter & SearchOptions = {},
): AsyncGenerator<AcsEventRecord> {
  const searchID = q.searchID ?? newSearchId()
  return allPages((position) => searchEventsPage(http, { ...q, searchID, position }), q)
}

export async function countEvents(
  http: IsapiHttp,
  f: EventFilter = {},
  o: CallOptions = {},
): Promise<number> {
  const path = '/ISAPI/AccessControl/AcsEventTotalNum?format=json'
  const r = jsonRoot(
    http,
    await http.json(
      'POST',
      path,
      { AcsEventTotalNumCond: cond(f) },
      { headersTimeoutMs: 30_000, ...o },
    ),
    'AcsEventTotalNum',
    'POST',
    path,
  )
  return int(r.totalNum) ?? 0
}

export interface EventCapabilities {
  majors: number[]
  minors: { alarm: number[]; exception: number[]; operation: number[]; event: number[] }
  pageMax: number
  positionMax?: number
  picEnable: boolean
  raw: Record<string, unknown>
}

export function parseEventCapabilities(doc: unknown): EventCapabilities {
  const root = obj(obj(doc).AcsEvent)
  const c = obj(root.AcsEventCond)
  const nums = (x: unknown): number[] =>
    opts(x)
      .map((s) => Number.parseInt(s, 10))
      .filter(Number.isFinite)
  const out: EventCapabilities = {
    majors: nums(c.major),
    minors: {
      alarm: nums(c.minorAlarm),
      exception: nums(c.minorException),
      operation: nums(c.minorOperation),
      event: nums(c.minorEvent),
    },
    pageMax: range(c.maxResults)?.max ?? 30,
    picEnable: c.picEnable !== undefined,
    raw: root,
  }
  const pm = range(c.searchResultPosition)?.max
  if (pm !== undefined) out.positionMax = pm
  return out
}

export async function eventCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<EventCapabilities> {
  const path = '/ISAPI/AccessControl/AcsEvent/capabilities?format=json'
  const doc = await http.json('GET', path, undefined, o)
  jsonRoot(http, doc, 'AcsEvent', 'GET', path)
  return parseEventCapabilities(doc)
}

export interface EventStorageConfig {
  /** `cycle` | `regular` | `time` */
  mode: string
  checkTime?: string
  period?: number
}

export async function getEventStorage(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<EventStorageConfig> {
  const path = '/ISAPI/AccessControl/AcsEvent/StorageCfg?format=json'
  const r = jsonRoot(
    http,
    await http.json('GET', path, undefined, o),
    'EventStorageCfg',
    'GET',
    path,
  )
  return compact({
    mode: str(r.mode) ?? 'cycle',
    checkTime: str(r.checkTime),
    period: int(r.period),
  })
}

export async function setEventStorage(
  http: IsapiHttp,
  c: EventStorageConfig,
  o: CallOptions = {},
): Promise<void> {
  await jsonOk(
    http,
    'PUT',
    '/ISAPI/AccessControl/AcsEvent/StorageCfg?format=json',
    { EventStorageCfg: compact({ mode: c.mode, checkTime: c.checkTime, period: c.period }) },
    o,
  )
}
