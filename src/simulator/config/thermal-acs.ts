// The temperature-screening fields of AcsCfg on temperature-screening terminals
// (protocol-config/04 §7 table, S5 HEOP AcsCfg: thermalEnabled … thermalDoorEnabled; values and
// ranges are the simulator's reading of those classes, [INF] where S5 gives no range).
import type { Profile } from '../profiles/types.js'
import { bool, opt, range, type Caps } from './doc-spec.js'

export function thermalAcsDefaults(p: Profile): Record<string, unknown> {
  if (!p.features.has('temperature')) return {}
  return {
    thermalEnabled: true,
    thermalMode: false,
    thermalPictureEnabled: false,
    thermalUnit: 'celsius',
    highestThermalThreshold: 37.3,
    lowestThermalThreshold: 32.0,
    highestThermalThresholdF: 99.1,
    lowestThermalThresholdF: 89.6,
    thermalCompensation: 0.0,
    thermalDoorEnabled: false,
  }
}

export function thermalAcsCaps(p: Profile): Caps {
  if (!p.features.has('temperature')) return {}
  return {
    thermalEnabled: bool,
    thermalMode: bool,
    thermalPictureEnabled: bool,
    thermalUnit: opt('celsius,fahrenheit'),
    highestThermalThreshold: range(30, 45),
    lowestThermalThreshold: range(20, 40),
    highestThermalThresholdF: range(86, 113),
    lowestThermalThresholdF: range(68, 104),
    thermalCompensation: range(-99, 99),
    thermalDoorEnabled: bool,
  }
}
