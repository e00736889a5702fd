// A duress finger (fingerType hijackFP, guide 21.22.30): the terminal opens the door as for any
// valid finger and raises a duress alarm (MAJOR_ALARM 0x40a) so a guard knows the person was
// forced — protocol/03 §A (fingerType), protocol/05 §11 (0x40a duress alarm).
import type { SimDevice } from '../device.js'
import type { EventRec } from '../state/model.js'

export const DURESS_ALARM = 0x40a

/** The finger that matched: the one named, else the person's first. */
function matchedFinger(dev: SimDevice, employeeNo: string, fingerPrintID?: number) {
  const fingers = [...dev.data.fingers.values()]
    .filter((f) => f.employeeNo === employeeNo)
    .sort((a, b) => a.fingerPrintID - b.fingerPrintID)
  return fingerPrintID === undefined
    ? fingers[0]
    : fingers.find((f) => f.fingerPrintID === fingerPrintID)
}

/** Whether the person holds the finger presented (the one named, or any). */
export function holdsFinger(dev: SimDevice, employeeNo: string, fingerPrintID?: number): boolean {
  return matchedFinger(dev, employeeNo, fingerPrintID) !== undefined
}

/** After a finger opened the door: the duress alarm when it is a duress finger. */
export function duressAlarm(
  dev: SimDevice,
  employeeNo: string,
  fingerPrintID: number | undefined,
  fields: Record<string, unknown>,
): EventRec[] {
  const f = matchedFinger(dev, employeeNo, fingerPrintID)
  if (f?.fingerType !== 'hijackFP') return []
  return [dev.recordEvent(1, DURESS_ALARM, { ...fields, fingerPrintID: f.fingerPrintID })]
}
