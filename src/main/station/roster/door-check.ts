// Door rights are checked against the terminals before a person is saved (persons.save): a door
// a terminal does not have would only be refused by it later ("doorRight"), far from the desk.
// Like the person form, every terminal with known capabilities counts (the one with the fewest
// doors decides and is named), until the roster can say which terminals a person goes to.
import { AppFailure } from '@shared/result'
import { reasonText, type Reason } from '@shared/reason-text'
import type { DeviceRecord } from '../../store/devices-repo'

export function checkDoorRights(
  devices: Pick<DeviceRecord, 'name' | 'capabilities'>[],
  doorRights: number[],
): void {
  let fewest: { name: string; doors: number } | null = null
  for (const d of devices) {
    const doors = d.capabilities?.doors ?? 0
    if (doors > 0 && (!fewest || doors < fewest.doors)) fewest = { name: d.name, doors }
  }
  if (!fewest) return
  const beyond = doorRights.filter((n) => n > fewest.doors)
  if (beyond.length === 0) return
  const reason: Reason = {
    code: 'doorNotOnTerminal',
    params: { terminal: fewest.name, doors: beyond.join(', '), count: fewest.doors },
  }
  throw new AppFailure('INVALID_ARGS', reasonText(reason, 'en'), { field: 'doorRights', reason })
}
