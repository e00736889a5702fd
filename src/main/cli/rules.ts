// `rules clear|templates`: access-rule actions beside `config` (contract/rules.ts). The rules'
// own settings (AntiSneakCfg, MultiCardCfg, GroupCfg, MaskDetection, TemperatureScreening,
// AttendanceMode …) are set with `config set`.
import type { AttendanceTemplateView, RuleClear, RuleClearResult } from '@shared/contract/rules'
import { need, show, table, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const WHAT: Record<string, RuleClear> = {
  'anti-passback-records': 'antiPassbackRecords',
  'anti-passback-rules': 'antiPassbackRules',
  groups: 'groups',
  'event-card-linkage': 'eventCardLinkage',
}

const USAGE = `rules clear <device> ${Object.keys(WHAT).join('|')} [employeeNo …]
rules templates <device>`

export const rulesCommands: Record<string, Command> = {
  clear: async (cli) => {
    const [ref, kind, ...employeeNos] = cli.args
    const what = kind ? WHAT[kind] : undefined
    if (!ref || !what) throw new UsageError(USAGE)
    if (employeeNos.length > 0 && what !== 'antiPassbackRecords')
      throw new UsageError('employee numbers go with anti-passback-records only')
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const r = need<RuleClearResult>(
      cli,
      await cli.station.call('rules.clear', {
        deviceId: device.id,
        what,
        ...(employeeNos.length > 0 ? { employeeNos } : {}),
      }),
    )
    if (!r) return 1
    return show(cli, r, () =>
      what === 'antiPassbackRecords'
        ? `anti-passback records cleared on ${device.name}: ${r.employeeNos === 'all' ? 'everybody' : (r.employeeNos ?? []).join(', ')}`
        : `${kind} cleared on ${device.name}`,
    )
  },
  templates: async (cli) => {
    const [ref] = cli.args
    if (!ref) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const list = need<AttendanceTemplateView[]>(
      cli,
      await cli.station.call('rules.attendanceTemplates', { deviceId: device.id }),
    )
    if (!list) return 1
    return show(cli, list, () =>
      table([
        ['NO', 'NAME', 'STATUS', 'WEEK PLAN', 'ENABLED'],
        ...list.map((x) => [
          x.templateNo,
          x.templateName,
          x.property,
          x.weekPlanNo,
          x.enable ? 'yes' : 'no',
        ]),
      ]),
    )
  },
}
