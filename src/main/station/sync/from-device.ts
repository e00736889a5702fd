// A terminal's person turned into roster input, validated by the same schema as the UI's
// input. Whatever the terminal holds that the roster cannot (odd enum values, times with
// offsets, names past the limit) is mapped to the nearest valid value or refused with a reason.
import { personInput, type ParsedArgsOf } from '@shared/api'
import { CARD_TYPES, FINGER_TYPES, GENDERS, USER_TYPES } from '@shared/model'
import type { CardType, FingerType } from '@shared/model'
import type { Person as DevicePersonRecord } from '../../isapi'
import type { PersonRecord } from '../../store/persons-repo'
import { parseDoors } from './compare'
import { codedFailure } from '@shared/coded-failure'

const oneOf = <T extends string>(values: readonly T[], v: string | undefined, fallback: T): T =>
  values.includes(v as T) ? (v as T) : fallback

const localTime = (t: string) => t.replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/, '').slice(0, 19)

export function personFromDevice(
  p: DevicePersonRecord,
  existing: PersonRecord | undefined,
): ParsedArgsOf<'persons.save'> {
  const name = (p.name ?? '').trim() || p.employeeNo
  const plan = p.rightPlans?.[0]?.planTemplateNo
  const candidate: Record<string, unknown> = {
    employeeNo: p.employeeNo,
    name: [...name].slice(0, 128).join(''),
    userType: oneOf(USER_TYPES, p.userType, 'normal'),
    gender: oneOf(GENDERS, p.gender, 'unknown'),
    doorRights: parseDoors(p.doorRight),
    planTemplateNo: plan && /^\d+(,\d+)*$/.test(plan) ? plan : (existing?.planTemplateNo ?? '1'),
    groupName: existing?.groupName ?? '',
    notes: existing?.notes ?? '',
  }
  if (p.valid) {
    const valid = {
      enable: p.valid.enable,
      beginTime: localTime(p.valid.beginTime),
      endTime: localTime(p.valid.endTime),
      timeType: p.valid.timeType === 'UTC' ? 'UTC' : 'local',
    }
    if (personInput.shape.valid.safeParse(valid).success) candidate.valid = valid
  }
  if (p.password && /^\d{4,8}$/.test(p.password)) candidate.pin = p.password
  const parsed = personInput.safeParse(candidate)
  if (!parsed.success)
    throw codedFailure('DEVICE_REJECTED', 'syncPersonUnfit', {
      employeeNo: p.employeeNo,
      issues: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '),
    })
  return parsed.data
}

export const cardTypeOf = (t: string): CardType => oneOf(CARD_TYPES, t, 'normalCard')
export const fingerTypeOf = (t: string): FingerType => oneOf(FINGER_TYPES, t, 'normalFP')
