import type { z } from 'zod'
import type { eventFilter } from '@shared/api'
import type { AccessEvent } from '@shared/model'
import type { EventQuery } from '../../store/events-repo'
import { formatCsv } from '../roster/csv'
import { eventGroup, eventTypeName, verifyModeName } from '@shared/event-types'
import { codedFailure } from '@shared/coded-failure'

type Filter = z.output<typeof eventFilter>

const HOUR = 3600_000
/** Longest range whose empty hours are filled in (31 days); longer ones list non-empty hours. */
const FILL_LIMIT_HOURS = 31 * 24

export function toQuery(f: Filter): EventQuery {
  const q: EventQuery = {}
  if (f.deviceId !== undefined) q.deviceId = f.deviceId
  if (f.employeeNo !== undefined) q.employeeNo = f.employeeNo
  if (f.name !== undefined) q.name = f.name
  if (f.person !== undefined) q.person = f.person
  if (f.from !== undefined) q.fromMs = Date.parse(f.from)
  if (f.to !== undefined) q.toMs = Date.parse(f.to)
  if (f.kinds !== undefined) q.kinds = f.kinds
  if (f.granted !== undefined) q.granted = f.granted
  if (q.fromMs !== undefined && q.toMs !== undefined && q.fromMs > q.toMs)
    throw codedFailure('INVALID_ARGS', 'periodReversed', {}, { from: f.from, to: f.to })
  return q
}

export const CSV_HEADER = [
  'time',
  'terminal',
  'serialNo',
  'major',
  'minor',
  'type',
  'group',
  'employeeNo',
  'name',
  'cardNo',
  'cardOwner',
  'door',
  'verifyMode',
  'verifyModeText',
  'result',
  'mask',
  'temperature',
  'temperatureUnit',
  'temperatureAbnormal',
] as const

const resultOf = (g: boolean | null): string => (g === null ? '' : g ? 'granted' : 'denied')

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/** The station's own UTC offset at an instant, in minutes east of UTC. */
export const stationOffsetMinutes = (ms: number): number => -new Date(ms).getTimezoneOffset()

/**
 * An instant in one zone, with its offset ("2026-03-02T09:00:00+01:00"): terminals report their
 * own offsets; the export shows every event in the station's zone so rows sort and compare.
 */
export function inZone(time: string, offsetOf: (ms: number) => number): string {
  const ms = Date.parse(time)
  if (!Number.isFinite(ms)) return time
  const offset = offsetOf(ms)
  const d = new Date(ms + offset * 60_000)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

export function eventsCsv(
  events: Iterable<AccessEvent>,
  deviceName: (id: string) => string,
  offsetOf: (ms: number) => number = stationOffsetMinutes,
): { csv: string; rows: number } {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]]
  for (const e of events)
    rows.push([
      inZone(e.time, offsetOf),
      deviceName(e.deviceId),
      e.serialNo,
      e.major,
      e.minor,
      eventTypeName(e.major, e.minor, 'en'),
      eventGroup(e.major, e.minor),
      e.employeeNo,
      e.name,
      e.cardNo,
      e.cardOwner ? `${e.cardOwner.name} (${e.cardOwner.employeeNo})` : null,
      e.doorNo,
      e.verifyMode,
      e.verifyMode ? verifyModeName(e.verifyMode, 'en') : null,
      resultOf(e.granted),
      e.health?.mask ?? null,
      e.health?.temperature ?? null,
      e.health?.temperatureUnit ?? null,
      e.health?.temperatureAbnormal === undefined || e.health.temperatureAbnormal === null
        ? null
        : String(e.health.temperatureAbnormal),
    ])
  return { csv: formatCsv(rows), rows: rows.length - 1 }
}

export function hourBuckets(
  fromMs: number,
  toMs: number,
  counted: { hourMs: number; granted: number; denied: number }[],
): { hour: string; granted: number; denied: number }[] {
  const byHour = new Map(counted.map((c) => [c.hourMs, c]))
  const first = Math.floor(fromMs / HOUR) * HOUR
  const hours = Math.ceil((toMs - first) / HOUR)
  const keys =
    hours <= FILL_LIMIT_HOURS
      ? Array.from({ length: Math.max(0, hours) }, (_, i) => first + i * HOUR)
      : counted.map((c) => c.hourMs)
  return keys.map((h) => ({
    hour: new Date(h).toISOString(),
    granted: Number(byHour.get(h)?.granted ?? 0),
    denied: Number(byHour.get(h)?.denied ?? 0),
  }))
}
