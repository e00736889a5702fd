// What one terminal's answer to schedules.apply means for the installer: written, refused by the
// terminal (its own code kept), not supported (its capabilities cannot hold the set; nothing
// was sent), or not written (unreachable, locked, busy …).
import type { ScheduleDeviceResult, ScheduleObjectKind, ScheduleRangeProblem } from '@shared/model'

export type Outcome = 'written' | 'refused' | 'notSupported' | 'failed'

const REFUSALS = new Set(['DEVICE_REJECTED', 'CAPACITY_FULL', 'PERMISSION_DENIED', 'CONFLICT'])

export function outcomeOf(r: ScheduleDeviceResult): Outcome {
  if (r.ok) return 'written'
  const code = r.error?.code ?? 'INTERNAL'
  if (code === 'NOT_SUPPORTED') return 'notSupported'
  return REFUSALS.has(code) ? 'refused' : 'failed'
}

export const KINDS: readonly ScheduleObjectKind[] = [
  'weekPlan',
  'holidayPlan',
  'holidayGroup',
  'template',
]

/** How many of each kind were written, in the order they are written; kinds with none left out. */
export function writtenCounts(r: ScheduleDeviceResult): [ScheduleObjectKind, number][] {
  return KINDS.map(
    (k) => [k, r.written.filter((w) => w.kind === k).length] as [ScheduleObjectKind, number],
  ).filter(([, n]) => n > 0)
}

/** Why the station found the set does not fit (NOT_SUPPORTED): its reason code and range problems. */
export function misfit(r: ScheduleDeviceResult): {
  reason: string | null
  problems: ScheduleRangeProblem[]
} {
  const d = r.error?.details
  const reason = typeof d?.misfit === 'string' ? d.misfit : null
  const problems = Array.isArray(d?.problems) ? (d.problems as ScheduleRangeProblem[]) : []
  return { reason, problems }
}

/** The terminal's own codes (statusCode, subStatusCode, errorCode …), when it answered. */
export function deviceCode(r: ScheduleDeviceResult): Record<string, unknown> | null {
  const c = r.error?.details?.deviceCode
  return c && typeof c === 'object' ? (c as Record<string, unknown>) : null
}
