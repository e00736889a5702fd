// Health screening at a face presentation (guide 21.24 mask detection, 21.32 temperature): what
// the terminal measured (the control API says whether the person wears a mask and their skin
// temperature) and whether it keeps the door closed. MaskDetection `noMaskStrategy`
// tipsAndNotOpenDoor refuses a person without a mask; AcsCfg's thermal thresholds (in the unit
// `thermalUnit` says) mark a temperature abnormal, which refuses unless `thermalDoorEnabled`.
// The event carries `mask`, `currTemperature`, `thermometryUnit` and `isAbnomalTemperature` (sic)
// as temperature-screening terminals send them (05-events). A refusal is logged as "face
// authentication failed" (0x4c) with those fields: the simulator's reading [INF], the guide's
// excerpt names no health minor.
import type { SimDevice } from '../device.js'
import { storedDoc } from './stored-doc.js'

export interface HealthReading {
  /** The person wears a mask. */
  mask?: boolean
  /** Skin temperature in °C. */
  temperature?: number
}

export interface HealthVerdict {
  fields: Record<string, unknown>
  refused: 'noMask' | 'temperature' | null
}

const round1 = (n: number): number => Math.round(n * 10) / 10

export function healthVerdict(dev: SimDevice, r: HealthReading): HealthVerdict {
  const fields: Record<string, unknown> = { mask: r.mask === true ? 'yes' : 'no' }
  let refused: HealthVerdict['refused'] = null
  if (dev.profile.features.has('mask') && r.mask !== true) {
    const m = storedDoc(dev, 'MaskDetection', 0)
    if (m?.enable === true && m.noMaskStrategy === 'tipsAndNotOpenDoor') refused = 'noMask'
  }
  if (dev.profile.features.has('temperature')) {
    const acs = storedDoc(dev, 'AcsCfg', 0) ?? {}
    if (acs.thermalEnabled !== false) {
      const celsius = r.temperature ?? 36.5
      const f = acs.thermalUnit === 'fahrenheit'
      const t = f ? round1((celsius * 9) / 5 + 32) : round1(celsius)
      const high = Number(f ? acs.highestThermalThresholdF : acs.highestThermalThreshold)
      const low = Number(f ? acs.lowestThermalThresholdF : acs.lowestThermalThreshold)
      const abnormal = t >= high || t < low
      Object.assign(fields, {
        currTemperature: t,
        thermometryUnit: f ? 'fahrenheit' : 'celsius',
        isAbnomalTemperature: abnormal,
      })
      if (abnormal && acs.thermalDoorEnabled !== true) refused ??= 'temperature'
    }
  }
  return { fields, refused }
}
