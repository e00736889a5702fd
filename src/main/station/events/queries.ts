import type { z } from 'zod'
import type { eventFilter } from '../../../shared/api'
import type { AccessEvent } from '../../../shared/model'
import { AppFailure } from '../../../shared/result'
import type { EventQuery } from '../../store/events-repo'
import { formatCsv } from '../roster/csv'

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
    throw new AppFailure('INVALID_ARGS', 'The search starts after it ends.', {
      from: f.from,
      to: f.to,
    })
  return q
}

export const CSV_HEADER = [
  'time',
  'terminal',
  'serialNo',
  'major',
  'minor',
  'employeeNo',
  'name',
  'cardNo',
  'door',
  'verifyMode',
  'result',
  'mask',
  'temperature',
  'temperatureUnit',
  'temperatureAbnormal',
] as const

const resultOf = (g: boolean | null): string => (g === null ? '' : g ? 'granted' : 'denied')

export function eventsCsv(
  events: Iterable<AccessEvent>,
  deviceName: (id: string) => string,
): { csv: string; rows: number } {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]]
  for (const e of events)
    rows.push([
      e.time,
      deviceName(e.deviceId),
      e.serialNo,
      e.major,
      e.minor,
      e.employeeNo,
      e.name,
      e.cardNo,
      e.doorNo,
      e.verifyMode,
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
