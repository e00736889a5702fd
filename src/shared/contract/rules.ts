// Access rules and attendance actions beside the settings mechanism (contract/config.ts holds
// the rules' documents): clearing anti-passback records (who passed where), the anti-passback
// rule, multi-factor groups or event–card linkages back to factory (guide 21.23.5, 21.27.1,
// 21.28.1), and the terminal's list of attendance templates (21.26.2).
import { z } from 'zod'
import { employeeNo, id, method } from './method'

/** What `rules.clear` resets on the terminal. */
export const RULE_CLEARS = [
  /** Where persons last passed (ClearAntiSneak): their next entry is allowed again. */
  'antiPassbackRecords',
  /** The anti-passback rule itself (ClearAntiSneakCfg). */
  'antiPassbackRules',
  /** Multi-factor groups (ClearGroupCfg). */
  'groups',
  /** Event–card linkages (ClearEventCardLinkageCfg). */
  'eventCardLinkage',
] as const
export type RuleClear = (typeof RULE_CLEARS)[number]

export interface RuleClearResult {
  deviceId: string
  what: RuleClear
  /** antiPassbackRecords: the persons whose records were cleared, or 'all'. */
  employeeNos?: string[] | 'all'
}

export interface AttendanceTemplateView {
  templateNo: number
  enable: boolean
  /** check | break | overtime */
  property: string
  templateName: string
  weekPlanNo: number
}

export const rulesApi = {
  /** Clears one kind of access-rule state on the terminal (checked against its capabilities). */
  'rules.clear': method<RuleClearResult>()(
    z
      .object({
        deviceId: id,
        what: z.enum(RULE_CLEARS),
        /** antiPassbackRecords only: these persons (absent: everybody). */
        employeeNos: z.array(employeeNo).min(1).max(32).optional(),
      })
      .strict(),
  ),
  /** The terminal's attendance templates, all at once (guide 21.26.2). */
  'rules.attendanceTemplates': method<AttendanceTemplateView[]>()(
    z.object({ deviceId: id }).strict(),
  ),
}
