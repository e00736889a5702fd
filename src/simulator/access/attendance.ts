// The attendance status an access event carries (guide 21.26, protocol-config/04 §11a):
// AttendanceMode `disable` gives none; under `manual` / `manualAndAuto` a shortcut key the person
// pressed (control API `attendanceKey`) counts when AttendanceList enables it; under `auto` /
// `manualAndAuto` with no key, the first enabled AttendancePlanTemplate whose enabled week plan
// covers the moment gives its property's status — the "in" one in the segment's first half, the
// "out" one in its second half (the simulator's reading [INF]: the guide's excerpt does not say
// how a terminal picks between them).
import type { SimDevice } from '../device.js'
import { localMoment } from './schedule-eval.js'
import { storedDoc } from './stored-doc.js'

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const PAIRS: Record<string, [string, string]> = {
  check: ['checkIn', 'checkOut'],
  break: ['breakOut', 'breakIn'],
  overtime: ['overtimeIn', 'overtimeOut'],
}
const TEMPLATES = 8

const secs = (t: unknown): number => {
  if (typeof t !== 'string') return -1
  const [h, m, s] = t.split(':').map(Number)
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)
}

function keyEnabled(dev: SimDevice, status: string): boolean {
  const keys = dev.data.docs['AttendanceList/0']
  if (!Array.isArray(keys)) return Object.values(PAIRS).flat().includes(status)
  return keys.some((k) => isObj(k) && k.attendanceStatus === status && k.enable === true)
}

function scheduled(dev: SimDevice): string | undefined {
  const { weekday, second } = localMoment(dev)
  for (let n = 1; n <= TEMPLATES; n++) {
    const t = dev.data.docs[`AttendancePlanTemplate/${n}`]
    if (!isObj(t) || t.enable !== true) continue
    const week = dev.data.docs[`AttendanceWeekPlan/${String(t.weekPlanNo)}`]
    if (!isObj(week) || week.enable !== true || !Array.isArray(week.WeekPlanCfg)) continue
    for (const row of week.WeekPlanCfg) {
      if (!isObj(row) || row.enable !== true || row.week !== weekday) continue
      const seg = isObj(row.TimeSegment) ? row.TimeSegment : {}
      const begin = secs(seg.beginTime)
      const end = secs(seg.endTime)
      if (begin < 0 || end <= begin || second < begin || second >= end) continue
      const pair = PAIRS[String(t.property)]
      if (pair) return second < (begin + end) / 2 ? pair[0] : pair[1]
    }
  }
  return undefined
}

/** The `attendanceStatus` field of a passing access event (empty: the event says none). */
export function attendanceFields(dev: SimDevice, pressed?: string): Record<string, unknown> {
  const mode = String(storedDoc(dev, 'AttendanceMode', 0)?.mode ?? 'disable')
  if (mode === 'disable') return {}
  if (pressed && (mode === 'manual' || mode === 'manualAndAuto') && keyEnabled(dev, pressed))
    return { attendanceStatus: pressed }
  if (mode === 'auto' || mode === 'manualAndAuto') {
    const s = scheduled(dev)
    if (s) return { attendanceStatus: s }
  }
  return {}
}
