// Which door a reader opens, and the refusal when that door is held shut. A door held closed
// (remain locked, by a remote alwaysClose or a door-status schedule's remainClosed) or asleep
// lets no credential through: the terminal logs 5/0x75 "authentication failed: door closed or
// sleeping" (MINOR_DOOR_OPEN_OR_DORMANT_FAIL in the guide's event list) instead of the pass
// event, and the lock stays shut. A reader whose Verify schedule says "sleep" logs 5/0x76
// (MINOR_AUTH_PLAN_DORMANT_FAIL).
import type { SimDevice } from '../device.js'

export const DOOR_SHUT_MINOR = 0x75
export const PLAN_SLEEP_MINOR = 0x76

/** Readers are wired in pairs per door (in / out) on controllers; one door otherwise. */
export function doorOfReader(dev: SimDevice, readerNo: number): number {
  const doors = Math.max(1, dev.profile.doors)
  const perDoor = Math.max(1, Math.floor(dev.profile.cardReaders / doors))
  return Math.min(doors, Math.max(1, Math.ceil(readerNo / perDoor)))
}

export const doorShut = (dev: SimDevice, doorNo: number): boolean => dev.doorBank.heldShut(doorNo)
