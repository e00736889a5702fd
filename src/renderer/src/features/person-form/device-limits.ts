// The terminals' own limits (from their capability documents), checked before anything is
// sent: the strictest terminal decides, and the message names it. Until the roster can say
// which terminals a person is assigned to, every terminal with known capabilities counts.
import type { PersonFormT } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import type { FieldErrors, FormValues } from './form-model'

export interface DeviceLimits {
  terminals: number
  employeeNo: { max: number; device: string }
  digitsOnly: { device: string } | null
  nameBytes: { max: number; device: string }
  /** The terminal with the fewest doors. */
  doors: { max: number; device: string }
}

export function deviceLimits(devices: Device[]): DeviceLimits | null {
  const known = devices.filter((d) => d.capabilities)
  if (known.length === 0) return null
  const limits: DeviceLimits = {
    terminals: known.length,
    employeeNo: { max: Infinity, device: '' },
    digitsOnly: null,
    nameBytes: { max: Infinity, device: '' },
    doors: { max: Infinity, device: '' },
  }
  for (const d of known) {
    const c = d.capabilities!
    if (c.employeeNoMaxLength < limits.employeeNo.max)
      limits.employeeNo = { max: c.employeeNoMaxLength, device: d.name }
    if (c.employeeNoCharacters === 'number' && !limits.digitsOnly)
      limits.digitsOnly = { device: d.name }
    if (c.nameMaxBytes < limits.nameBytes.max)
      limits.nameBytes = { max: c.nameMaxBytes, device: d.name }
    if (c.doors > 0 && c.doors < limits.doors.max) limits.doors = { max: c.doors, device: d.name }
  }
  return limits
}

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length

export function checkDeviceLimits(
  t: PersonFormT,
  v: FormValues,
  limits: DeviceLimits | null,
): FieldErrors {
  if (!limits) return {}
  const errors: FieldErrors = {}
  const no = v.employeeNo.trim()
  const name = v.name.trim()
  if (limits.digitsOnly && no && !/^\d+$/.test(no))
    errors.employeeNo = t('limits.digits', { device: limits.digitsOnly.device })
  else if (no.length > limits.employeeNo.max)
    errors.employeeNo = t('limits.employeeNo', limits.employeeNo)
  if (utf8Bytes(name) > limits.nameBytes.max)
    errors.name = t('limits.nameBytes', {
      ...limits.nameBytes,
      chinese: Math.floor(limits.nameBytes.max / 3),
    })
  const beyond = v.doorRights
    .split(/\s*,\s*/)
    .map(Number)
    .find((d) => Number.isInteger(d) && d > limits.doors.max)
  if (beyond !== undefined)
    errors.doorRights = t('limits.doors', {
      door: beyond,
      device: limits.doors.device,
      count: limits.doors.max,
    })
  return errors
}
