// Write-only fields of a resource (FieldHint.secret): a Hik-Connect verification code, an ISUP
// key, a cloud password. They are sent once and never come back: dropped from what the station
// returns even if a terminal echoed them, masked in the audit, and not "not applied" because the
// terminal does not read them back.
import type { ConfigValue } from '@shared/contract/config'
import type { FlatValues } from './document'
import type { ResourceDef } from './resource-def'

export const MASK = '••••••'

export const isSecret = (def: ResourceDef, key: string): boolean =>
  def.fields?.[key]?.secret === true

export function withoutSecrets(def: ResourceDef, values: FlatValues): FlatValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !isSecret(def, k)))
}

export function maskSecrets(
  def: ResourceDef,
  changes: Record<string, ConfigValue>,
): Record<string, ConfigValue> {
  return Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, isSecret(def, k) ? MASK : v]),
  )
}
