// Form values ⇄ persons.save input, validated with the station's own schema (personInput), so
// the operator sees the same rules before anything is sent.
import type { PersonFormT } from '../../i18n/feature-hooks'
import { personInput, type ArgsOf } from '@shared/api'
import type { Gender, PersonDetail, UserType } from '@shared/model'

export interface FormValues {
  employeeNo: string
  name: string
  userType: UserType
  gender: Gender
  /** Every access group, the first one first (it is the person's groupName). */
  groups: string[]
  validEnable: boolean
  validBegin: string
  validEnd: string
  doorRights: string
  planTemplateNo: string
  pin: string
  notes: string
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>

const DEFAULT_BEGIN = '2026-01-01T00:00'
const DEFAULT_END = '2037-12-31T23:59'
const toInputTime = (s: string) => s.slice(0, 16)
const toStationTime = (s: string) => (s.length === 16 ? `${s}:00` : s)

export function initialValues(person: PersonDetail | null): FormValues {
  return {
    employeeNo: person?.employeeNo ?? '',
    name: person?.name ?? '',
    userType: person?.userType ?? 'normal',
    gender: person?.gender ?? 'unknown',
    groups: person ? (person.groups ?? [person.groupName].filter(Boolean)) : [],
    validEnable: person?.valid.enable ?? false,
    validBegin: person ? toInputTime(person.valid.beginTime) : DEFAULT_BEGIN,
    validEnd: person ? toInputTime(person.valid.endTime) : DEFAULT_END,
    doorRights: (person?.doorRights ?? [1]).join(','),
    planTemplateNo: person?.planTemplateNo ?? '1',
    pin: '',
    notes: person?.notes ?? '',
  }
}

export function toInput(v: FormValues): ArgsOf<'persons.save'> {
  const doors = v.doorRights.trim()
  return {
    employeeNo: v.employeeNo.trim(),
    name: v.name.trim(),
    userType: v.userType,
    gender: v.gender,
    groupName: v.groups[0]?.trim() ?? '',
    groups: v.groups.map((g) => g.trim()).filter((g) => g !== ''),
    valid: {
      enable: v.validEnable,
      beginTime: toStationTime(v.validBegin),
      endTime: toStationTime(v.validEnd),
      timeType: 'local',
    },
    doorRights:
      doors === '' ? [] : doors.split(/\s*,\s*/).map((d) => (/^\d+$/.test(d) ? Number(d) : NaN)),
    planTemplateNo: v.planTemplateNo.replace(/\s+/g, ''),
    ...(v.pin ? { pin: v.pin } : {}),
    notes: v.notes,
  }
}

const FIELD: Record<string, keyof FormValues> = {
  employeeNo: 'employeeNo',
  name: 'name',
  userType: 'userType',
  gender: 'gender',
  groupName: 'groups',
  groups: 'groups',
  valid: 'validEnd',
  'valid.beginTime': 'validBegin',
  'valid.endTime': 'validEnd',
  doorRights: 'doorRights',
  planTemplateNo: 'planTemplateNo',
  pin: 'pin',
  notes: 'notes',
}

/** The form field a station path names ('valid' → the end time), or null. */
export const fieldOf = (path: string): keyof FormValues | null =>
  FIELD[path] ?? FIELD[path.split('.')[0] ?? ''] ?? null

/** One issue (from zod locally, or from the station's details.issues) → field and text. */
export function explainIssue(
  t: PersonFormT,
  path: string,
  code: string | undefined,
  maximum?: number,
): [keyof FormValues, string] | null {
  const field = FIELD[path] ?? FIELD[path.split('.')[0] ?? ''] ?? null
  if (!field) return null
  if (field === 'doorRights') return [field, t('invalid.doors')]
  if (field === 'planTemplateNo') return [field, t('invalid.plan')]
  if (field === 'pin') return [field, t('invalid.pin')]
  if (path === 'valid') return [field, t('invalid.validRange')]
  if (field === 'validBegin' || field === 'validEnd') return [field, t('invalid.dateTime')]
  if (code === 'too_small') return [field, t('invalid.required')]
  if (code === 'too_big' && maximum !== undefined)
    return [field, t('invalid.tooLong', { max: maximum })]
  return [field, t('invalid.other')]
}

export function validate(t: PersonFormT, v: FormValues): FieldErrors {
  const parsed = personInput.safeParse(toInput(v))
  const errors: FieldErrors = {}
  if (parsed.success) return errors
  for (const issue of parsed.error.issues) {
    const max = 'maximum' in issue ? Number(issue.maximum) : undefined
    const hit = explainIssue(t, issue.path.map(String).join('.'), issue.code, max)
    if (hit && !errors[hit[0]]) errors[hit[0]] = hit[1]
  }
  return errors
}
