// Access-rule actions (guide 21.23, 21.27, 21.28, 21.26.2; protocol-config/04 §9–11): clearing
// anti-passback records (ClearAntiSneak), resetting a rule family to factory state with its
// Clear…Cfg flags, and the attendance template list. The rules' own documents travel through
// the generic configuration resources (config-resource.ts).
import { bool, int, isObj, obj, str } from '../codec/read'
import { IsapiError, isIsapiError } from '../errors'
import type { CallOptions, IsapiHttp } from '../http/isapi-http'
import { jsonRoot } from './common'

const A = '/ISAPI/AccessControl'

/** The Clear…Cfg documents and the flag each sets (the terminal's capability lists them). */
export const RULE_CLEAR_DOCS = {
  antiPassbackRules: { doc: 'ClearAntiSneakCfg', flag: 'antiSneak' },
  groups: { doc: 'ClearGroupCfg', flag: 'groupCfg' },
  eventCardLinkage: { doc: 'ClearEventCardLinkageCfg', flag: 'eventCardLinkage' },
} as const
export type RuleClearDoc = keyof typeof RULE_CLEAR_DOCS

/** Whether the terminal can reset this rule family: its Clear…Cfg capability lists the flag. */
export async function clearOffered(
  http: IsapiHttp,
  what: RuleClearDoc,
  o: CallOptions = {},
): Promise<boolean> {
  const { doc, flag } = RULE_CLEAR_DOCS[what]
  const path = `${A}/${doc}/capabilities?format=json`
  try {
    const answer = await http.json('GET', path, undefined, o)
    const root = isObj(answer) ? Object.values(answer)[0] : undefined
    return flag in obj(isObj(root) ? root.ClearFlags : undefined)
  } catch (e) {
    if (isIsapiError(e) && (e.category === 'notSupported' || e.httpStatus === 404)) return false
    throw e
  }
}

/** Resets one rule family to factory state (only its own flag set). */
export async function clearRules(
  http: IsapiHttp,
  what: RuleClearDoc,
  o: CallOptions = {},
): Promise<void> {
  const { doc, flag } = RULE_CLEAR_DOCS[what]
  await http.json('PUT', `${A}/${doc}?format=json`, { [doc]: { ClearFlags: { [flag]: true } } }, o)
}

/** Forgets where persons last passed (anti-passback records): the listed ones, or all. */
export async function clearAntiPassback(
  http: IsapiHttp,
  employeeNos: readonly string[] | 'all',
  o: CallOptions = {},
): Promise<void> {
  if (employeeNos !== 'all' && employeeNos.length === 0)
    throw new IsapiError('INVALID_ARGUMENT', 'no person named to clear')
  const body =
    employeeNos === 'all'
      ? { clearAll: true }
      : { clearAll: false, EmployeeNoList: employeeNos.map((employeeNo) => ({ employeeNo })) }
  await http.json('PUT', `${A}/ClearAntiSneak?format=json`, { ClearAntiSneak: body }, o)
}

export interface AttendanceTemplate {
  templateNo: number
  enable: boolean
  property: string
  templateName: string
  weekPlanNo: number
}

/** Every attendance template at once (21.26.2). */
export async function attendanceTemplates(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<AttendanceTemplate[]> {
  const path = `${A}/Attendance/planTemplate?format=json`
  const doc = await http.json('GET', path, undefined, o)
  const list = isObj(doc) ? doc.AttendancePlanTemplateList : undefined
  if (!Array.isArray(list)) {
    jsonRoot(http, doc, 'AttendancePlanTemplateList', 'GET', path)
    throw http.bad('GET', path, 'expected a list of templates')
  }
  return list.filter(isObj).map((t) => ({
    templateNo: int(t.templateNo) ?? 0,
    enable: bool(t.enable) ?? false,
    property: str(t.property) ?? '',
    templateName: str(t.templateName) ?? '',
    weekPlanNo: int(t.weekPlanNo) ?? 0,
  }))
}
