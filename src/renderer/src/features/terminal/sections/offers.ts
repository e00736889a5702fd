// Whether a terminal offers each of the terminal-ops sections, from its capability summary.
import type { DeviceCapabilitySummary } from '@shared/model'

type Caps = { summary: DeviceCapabilitySummary | null }

export const offersDoors = ({ summary }: Caps): boolean =>
  (summary?.doors ?? 0) > 0 &&
  (summary?.ops?.doorStatus === true || (summary?.ops?.doorCommands.length ?? 0) > 0)
export const offersAccounts = ({ summary }: Caps): boolean => (summary?.ops?.maxAccounts ?? 0) > 0
export const offersLog = ({ summary }: Caps): boolean => summary?.ops?.log === true
export const offersListening = ({ summary }: Caps): boolean => summary?.ops?.listening === true
export const offersMaintenance = ({ summary }: Caps): boolean => {
  const o = summary?.ops
  return !!o && (o.upgrade || o.backup || o.restore || o.reboot || o.factoryReset.length > 0)
}
