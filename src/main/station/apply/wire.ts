// Roster records as terminals take them: shared by the apply reconciler and sync's overwrite.
import type { IrisInput, Person as WirePerson } from '../../isapi'
import type { PersonRecord } from '../../store/persons-repo'

/** UserInfo for SetUp: door rights as both doorRight and RightPlan (firmware differ on which they need). */
export function personWire(p: PersonRecord, pin: string | null): WirePerson {
  return {
    employeeNo: p.employeeNo,
    name: p.name,
    userType: p.userType,
    gender: p.gender,
    valid: p.valid,
    doorRight: p.doorRights.join(','),
    rightPlans: p.doorRights.map((doorNo) => ({ doorNo, planTemplateNo: p.planTemplateNo })),
    ...(pin ? { password: pin } : {}),
  }
}

/**
 * Iris data as a terminal takes it. A capture on a terminal yields iris pictures (JPEG), not
 * templates, so pictures travel as picture parts and anything else as `irisData`.
 */
export function irisInput(
  employeeNo: string,
  eye: 'left' | 'right',
  dataBase64: string,
): IrisInput {
  const bytes = Buffer.from(dataBase64, 'base64')
  const isPicture = bytes[0] === 0xff && bytes[1] === 0xd8
  return {
    employeeNo,
    id: eye === 'left' ? 1 : 2,
    ...(isPicture ? { pictures: [bytes] } : { irisData: dataBase64 }),
  }
}
