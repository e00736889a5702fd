// Before a person is saved (persons.save), what the terminals they go to would refuse is refused
// here, naming the terminal and the reason (issue 17 item 4): door rights, the person type, the
// validity period and the plan templates, against each terminal's capability documents. Which
// terminals: the rules for the person's groups (the union), so a terminal the person never goes
// to does not decide. A terminal whose capabilities are unknown does not decide either.
import type { ParsedArgsOf } from '@shared/api'
import type { DeviceCapabilitySummary } from '@shared/model'
import { reasonText, type Reason } from '@shared/reason-text'
import { AppFailure } from '@shared/result'
import { normaliseGroups } from '../../store/access-groups-repo'
import type { DeviceRecord } from '../../store/devices-repo'
import type { StationContext } from '../context'
import { isAssigned } from '../apply/targets'
import { checkDoorRights } from './door-check'

type Input = ParsedArgsOf<'persons.save'>
type Target = Pick<DeviceRecord, 'id' | 'site' | 'name' | 'capabilities'>

/** The terminals the rules send this person to (as the input would save them). */
export function terminalsFor(ctx: StationContext, input: Input): Target[] {
  const { store } = ctx
  const groups = input.groups
    ? normaliseGroups(input.groups)
    : normaliseGroups([input.groupName, ...store.groups.of(input.employeeNo).slice(1)])
  const person = { employeeNo: input.employeeNo, groupName: groups[0] ?? '', groups }
  const rules = store.assignments.list()
  return store.devices.list().filter((d) => isAssigned(rules, d, person))
}

const refuse = (field: string, reason: Reason): never => {
  throw new AppFailure('INVALID_ARGS', reasonText(reason, 'en'), { field, reason })
}

/** One terminal's verdict on the person's type, validity and plan templates (null: it fits). */
export function misfit(
  terminal: string,
  c: DeviceCapabilitySummary,
  input: Pick<Input, 'userType' | 'valid' | 'planTemplateNo' | 'doorRights'>,
): { field: string; reason: Reason } | null {
  if (c.userTypes && !c.userTypes.includes(input.userType))
    return {
      field: 'userType',
      reason: {
        code: 'userTypeNotOnTerminal',
        params: { terminal, userType: input.userType, known: c.userTypes.join(', ') },
      },
    }
  const v = input.valid
  if (v?.enable && c.validRange && (v.beginTime < c.validRange.min || v.endTime > c.validRange.max))
    return {
      field: 'valid',
      reason: {
        code: 'validityBeyondTerminal',
        params: {
          terminal,
          min: c.validRange.min.replace('T', ' '),
          max: c.validRange.max.replace('T', ' '),
          from: v.beginTime.replace('T', ' '),
          to: v.endTime.replace('T', ' '),
        },
      },
    }
  const templates = input.planTemplateNo.split(',').map(Number)
  const max = c.planTemplateMax ?? Infinity
  const perDoor = c.planTemplatesPerDoor ?? Infinity
  if (input.doorRights.length > 0 && (templates.some((n) => n > max) || templates.length > perDoor))
    return {
      field: 'planTemplateNo',
      reason: {
        code: 'planTemplateBeyondTerminal',
        params: {
          terminal,
          max: Number.isFinite(max) ? max : 255,
          perDoor: Number.isFinite(perDoor) ? perDoor : templates.length,
          template: input.planTemplateNo,
        },
      },
    }
  return null
}

/** Refuses (INVALID_ARGS with a coded reason and the field) what a target terminal would refuse. */
export function checkPersonFits(ctx: StationContext, input: Input): void {
  const targets = terminalsFor(ctx, input)
  checkDoorRights(targets, input.doorRights)
  for (const d of targets) {
    if (!d.capabilities) continue
    const found = misfit(d.name, d.capabilities, input)
    if (found) refuse(found.field, found.reason)
  }
}
