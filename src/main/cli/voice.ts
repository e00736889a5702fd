// `voice holiday caps|list|get|set`: a terminal's holiday schedules of voice prompts (guide ch.
// 19; contract/voice-holiday.ts). `set` reads the plan, changes what is given and writes it
// whole; rows are `BEGIN-END=TEXT[@LANGUAGE]` (`--success none` clears them). The daily texts are
// `config set D TTSText …`.
import type {
  VoiceHolidayCapsView,
  VoiceHolidayPlan,
  VoicePromptRow,
} from '@shared/contract/voice-holiday'
import { flag, need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

const USAGE = `voice holiday caps D | list D | get D PLAN
voice holiday set D PLAN [--enable true|false] [--prefix name|none] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  [--success HH:MM:SS-HH:MM:SS=TEXT[@LANGUAGE]]… [--failure …]…   (--success none: no rows)`

const ROW = /^(\d{2}:\d{2}:\d{2})-(\d{2}:\d{2}:\d{2})=(.+?)(?:@([A-Za-z]+))?$/

function rows(cli: CliContext, name: 'success' | 'failure'): VoicePromptRow[] | undefined {
  const v = cli.flags[name]
  const given = Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
  if (given.length === 0) return undefined
  if (given.length === 1 && given[0] === 'none') return []
  return given.map((text) => {
    const m = ROW.exec(text)
    if (!m) throw new UsageError(`--${name} ${text}: expected HH:MM:SS-HH:MM:SS=TEXT[@LANGUAGE]`)
    return { beginTime: m[1]!, endTime: m[2]!, text: m[3]!, ...(m[4] ? { language: m[4] } : {}) }
  })
}

function planNumber(text: string | undefined): number {
  const n = Number(text)
  if (!text || !Number.isInteger(n) || n < 1) throw new UsageError(USAGE)
  return n
}

const rowText = (r: VoicePromptRow) =>
  `${r.beginTime}-${r.endTime}=${r.text}${r.language ? `@${r.language}` : ''}`

const planText = (id: number, p: VoiceHolidayPlan) =>
  [
    `plan ${id}: ${p.enable ? 'on' : 'off'}, ${p.beginDate} – ${p.endDate}, prefix ${p.prefix}`,
    ...p.success.map((r) => `  success ${rowText(r)}`),
    ...p.failure.map((r) => `  failure ${rowText(r)}`),
  ].join('\n')

async function holiday(cli: CliContext): Promise<number> {
  const [action, ref, id] = cli.args
  if (!action || !ref || !['caps', 'list', 'get', 'set'].includes(action))
    throw new UsageError(USAGE)
  const device = await resolveDevice(cli, ref)
  if (!device) return 1
  const deviceId = device.id
  if (action === 'caps') {
    const c = need<VoiceHolidayCapsView>(
      cli,
      await cli.station.call('voice.holidayCaps', { deviceId }),
    )
    return c ? show(cli, c, () => JSON.stringify(c, null, 2)) : 1
  }
  if (action === 'list') {
    const r = need<{ plans: (VoiceHolidayPlan & { planId: number })[] }>(
      cli,
      await cli.station.call('voice.holidayPlans', { deviceId }),
    )
    if (!r) return 1
    return show(cli, r, () =>
      r.plans.length === 0
        ? `no holiday plan on ${device.name}`
        : table([
            ['plan', 'state', 'from', 'to', 'success', 'failure'],
            ...r.plans.map((p) => [
              p.planId,
              p.enable ? 'on' : 'off',
              p.beginDate,
              p.endDate,
              p.success.length,
              p.failure.length,
            ]),
          ]),
    )
  }
  const planId = planNumber(id)
  const current = need<VoiceHolidayPlan>(
    cli,
    await cli.station.call('voice.holidayPlan', { deviceId, planId }),
  )
  if (!current) return 1
  if (action === 'get') return show(cli, current, () => planText(planId, current))
  const enable = flag(cli, 'enable')
  if (enable !== undefined && enable !== 'true' && enable !== 'false')
    throw new UsageError('--enable is true or false')
  const plan: VoiceHolidayPlan = {
    enable: enable === undefined ? current.enable : enable === 'true',
    prefix: flag(cli, 'prefix') ?? current.prefix,
    beginDate: flag(cli, 'from') ?? current.beginDate,
    endDate: flag(cli, 'to') ?? current.endDate,
    success: rows(cli, 'success') ?? current.success,
    failure: rows(cli, 'failure') ?? current.failure,
  }
  const saved = need<VoiceHolidayPlan>(
    cli,
    await cli.station.call('voice.setHolidayPlan', { deviceId, planId, plan }),
  )
  return saved ? show(cli, saved, () => planText(planId, saved)) : 1
}

export const voiceCommands: Record<string, Command> = { holiday }
