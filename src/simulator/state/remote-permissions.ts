// The remote permissions of a device account, as this terminal reads UserPermission
// (protocol-config/01 §2.4: element names from integrator code, M; defaults per level as
// Hikvision firmware ships them for an operator and a viewer, K). The administrator holds every
// one and cannot lose any; an operator or viewer holds its level's default unless an
// administrator granted or withdrew it. Each grantable permission opens one right of the router
// (server.ts): without it the request is refused with lowPrivilege, as a terminal does.
import type { DeviceAccount } from './model.js'

export type GatedRight = 'config' | 'log' | 'upgrade' | 'reboot'

interface RemotePermissionDef {
  /** The router right it opens (absent: reported only). */
  opens?: GatedRight
  /** What an operator / a viewer holds until an administrator changes it. */
  operator: boolean
  viewer: boolean
  /** Offered for change in the capability document. */
  grantable: boolean
}

export const REMOTE_PERMISSIONS = {
  parameterConfig: { opens: 'config', operator: false, viewer: false, grantable: true },
  logOrStateCheck: { opens: 'log', operator: true, viewer: true, grantable: true },
  upgrade: { opens: 'upgrade', operator: false, viewer: false, grantable: true },
  restartOrShutdown: { opens: 'reboot', operator: false, viewer: false, grantable: true },
  voiceTalk: { operator: true, viewer: false, grantable: false },
  preview: { operator: true, viewer: true, grantable: false },
  playBack: { operator: true, viewer: true, grantable: false },
} as const satisfies Record<string, RemotePermissionDef>

export type RemotePermission = keyof typeof REMOTE_PERMISSIONS

export const REMOTE_PERMISSION_NAMES = Object.keys(REMOTE_PERMISSIONS) as RemotePermission[]

export const GRANTABLE_PERMISSIONS = REMOTE_PERMISSION_NAMES.filter(
  (p) => REMOTE_PERMISSIONS[p].grantable,
)

/** Whether the account holds a remote permission now. */
export function holds(account: DeviceAccount, p: RemotePermission): boolean {
  if (account.userLevel === 'Administrator') return true
  const set = p === 'parameterConfig' ? account.parameterConfig : account.remote?.[p]
  if (set !== undefined) return set
  const def = REMOTE_PERMISSIONS[p]
  return account.userLevel === 'Operator' ? def.operator : def.viewer
}

/** Whether the account holds the permission that opens a gated router right. */
export function opensRight(account: DeviceAccount, right: GatedRight): boolean {
  return REMOTE_PERMISSION_NAMES.some((p) => {
    const def: RemotePermissionDef = REMOTE_PERMISSIONS[p]
    return def.opens === right && holds(account, p)
  })
}

/** Grants or withdraws one permission of a non-administrator. */
export function setHeld(account: DeviceAccount, p: RemotePermission, value: boolean): void {
  if (account.userLevel === 'Administrator') return
  if (p === 'parameterConfig') account.parameterConfig = value
  else account.remote = { ...account.remote, [p]: value }
}
