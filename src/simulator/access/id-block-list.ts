// The ID-card block list (guide 21.19.1–2, protocol/04 §5): `PUT IDBlackListCfg` adds one
// resident ID number (blackListValid 1) or takes it off (0); there is no request that reads the
// list back. A blocked number swiped at the ID-card reader is refused with the block-list event
// (5/113, "on the block list") and the door stays shut. Kept in the device's documents
// (reset with them), readable through the control API's `GET docs?prefix=IDBlackList`.
import type { SimDevice } from '../device.js'

export const ID_BLOCKED_MINOR = 113
export const ID_BLOCK_MAX = 1000
const DOC = 'IDBlackList'

export interface BlockedId {
  name: string
  sex?: string
  birth?: string
}

export function idBlockList(dev: SimDevice): Record<string, BlockedId> {
  const held = dev.data.docs[DOC]
  if (held && typeof held === 'object') return held as Record<string, BlockedId>
  const fresh: Record<string, BlockedId> = {}
  dev.data.docs[DOC] = fresh
  return fresh
}

export const isIdBlocked = (dev: SimDevice, idNum: string): boolean =>
  Object.prototype.hasOwnProperty.call(idBlockList(dev), idNum)
