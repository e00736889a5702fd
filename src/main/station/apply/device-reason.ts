// A terminal's refusal in the operator's terms: the device's own codes (subStatusCode, errorMsg —
// often the name of the refused field, protocol/06-errors.md) become a reason code with the
// values that explain it (the person's doors and the terminal's door count, the plan template…).
// Data first: which field or code means which reason is a table; the parameters come from the
// person and the terminal as the station knows them.
import type { Person } from '@shared/model'
import type { Reason, ReasonCode } from '@shared/reason-text'

export interface DeviceCodeLike {
  subStatusCode?: string
  errorMsg?: string
}

/** The refused field (errorMsg as the real terminals send it) → what it means. */
const FIELD_REASON: Record<string, ReasonCode> = {
  doorRight: 'doorRightRefused',
  doorNo: 'doorRightRefused',
  RightPlan: 'planTemplateRefused',
  planTemplateNo: 'planTemplateRefused',
  userType: 'userTypeRefused',
  Valid: 'validityRefused',
  beginTime: 'validityRefused',
  endTime: 'validityRefused',
  timeType: 'validityRefused',
  employeeNo: 'employeeNoRefused',
  name: 'nameRefused',
  password: 'pinRefused',
  saveFacePic: 'faceNotModelled',
}

/** Device codes (subStatusCode, or errorMsg carrying the code's name) that say it all. */
const CODE_REASON: Record<string, ReasonCode> = {
  pictureFaceDetectZero: 'noFaceInPicture',
  multipleFaceObjectError: 'manyFacesInPicture',
  SubpicAnalysisModelingError: 'faceNotModelled',
  faceNotDetected: 'noFaceInPicture',
}

export interface ReasonContext {
  terminal: string
  /** Doors the terminal has (capabilities), when known. */
  doors: number | null
  person: Pick<Person, 'doorRights' | 'planTemplateNo' | 'userType' | 'valid' | 'employeeNo'> | null
}

/** The coded reason of a refusal, or null when the codes say nothing more than the category. */
export function deviceReason(code: DeviceCodeLike | null, ctx: ReasonContext): Reason | null {
  if (!code) return null
  const terminal = ctx.terminal
  const byCode = CODE_REASON[code.subStatusCode ?? ''] ?? CODE_REASON[code.errorMsg ?? '']
  if (byCode) return { code: byCode, params: { terminal } }
  const field = FIELD_REASON[code.errorMsg ?? '']
  if (!field) return null
  const p = ctx.person
  switch (field) {
    case 'doorRightRefused': {
      const rights = p?.doorRights ?? []
      const missing = ctx.doors !== null ? rights.filter((d) => d > ctx.doors!) : []
      if (missing.length > 0 && ctx.doors !== null)
        return {
          code: 'doorNotOnTerminal',
          params: { terminal, doors: missing.join(', '), count: ctx.doors },
        }
      return { code: field, params: { terminal, doors: rights.join(', ') } }
    }
    case 'planTemplateRefused':
      return { code: field, params: { terminal, template: p?.planTemplateNo ?? '' } }
    case 'userTypeRefused':
      return { code: field, params: { terminal, userType: p?.userType ?? '' } }
    case 'validityRefused':
      return {
        code: field,
        params: { terminal, from: p?.valid.beginTime ?? '', to: p?.valid.endTime ?? '' },
      }
    case 'employeeNoRefused':
      return { code: field, params: { terminal, employeeNo: p?.employeeNo ?? '' } }
    default:
      return { code: field, params: { terminal } }
  }
}
