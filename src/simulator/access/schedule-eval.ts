// Which segment of a Verify or DoorStatus template covers a moment, on the terminal's own clock
// and time zone (protocol-config/05 §1): a holiday plan reached through the template's enabled
// holiday groups wins on its dates; otherwise the week plan's rows for that weekday. Undefined
// when nothing covers it (the reader / door then follows its default). The factory Verify plans
// (template 1 → week plan 1, all day, in the reader's factory mode) ARE the reader's default: only
// plans written to the terminal override CardReaderCfg.defaultVerifyMode.
import type { SimDevice } from '../device.js'
import { storedDoc } from './stored-doc.js'

type Family = 'Verify' | 'DoorStatus'
const WEEK = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

interface Row {
  week?: unknown
  enable?: unknown
  verifyMode?: unknown
  doorStatus?: unknown
  TimeSegment?: { beginTime?: unknown; endTime?: unknown }
}

const secs = (t: unknown): number => {
  if (typeof t !== 'string') return -1
  if (t === '24:00:00') return 86_400
  const [h, m, s] = t.split(':').map(Number)
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)
}

const numbers = (v: unknown): number[] =>
  String(v ?? '')
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)

/** The device-local date, weekday and second of day of `ms`. */
export function localMoment(
  dev: SimDevice,
  ms = dev.now(),
): { date: string; weekday: string; second: number } {
  const d = new Date(ms + dev.tzMinutes * 60_000)
  return {
    date: d.toISOString().slice(0, 10),
    weekday: WEEK[d.getUTCDay()]!,
    second: d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds(),
  }
}

function covering(
  rows: Row[],
  second: number,
  field: 'verifyMode' | 'doorStatus',
): string | undefined {
  for (const r of rows) {
    if (r.enable !== true) continue
    const b = secs(r.TimeSegment?.beginTime)
    const e = secs(r.TimeSegment?.endTime)
    if (b <= second && second < e && typeof r[field] === 'string') return r[field]
  }
  return undefined
}

/** The mode (verify mode or door status) template `templateNo` of `family` gives at `ms`. */
export function templateModeAt(
  dev: SimDevice,
  family: Family,
  templateNo: number,
  ms = dev.now(),
): string | undefined {
  if (templateNo <= 0) return undefined
  const t = storedDoc(dev, `${family}PlanTemplate`, templateNo)
  if (!t || t.enable !== true) return undefined
  const field = family === 'Verify' ? 'verifyMode' : 'doorStatus'
  const { date, weekday, second } = localMoment(dev, ms)
  for (const g of numbers(t.holidayGroupNo)) {
    const group = storedDoc(dev, `${family}HolidayGroupCfg`, g)
    if (group?.enable !== true) continue
    for (const p of numbers(group.holidayPlanNo)) {
      const plan = storedDoc(dev, `${family}HolidayPlanCfg`, p, { factory: false })
      if (plan?.enable !== true) continue
      if (String(plan.beginDate) <= date && date <= String(plan.endDate))
        return covering((plan.HolidayPlanCfg as Row[] | undefined) ?? [], second, field)
    }
  }
  const week = storedDoc(dev, `${family}WeekPlanCfg`, Number(t.weekPlanNo), { factory: false })
  if (week?.enable !== true) return undefined
  const rows = ((week.WeekPlanCfg as Row[] | undefined) ?? []).filter((r) => r.week === weekday)
  return covering(rows, second, field)
}
