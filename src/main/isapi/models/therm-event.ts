// A skin-surface temperature screening notification (guide 21.32.15, eventType
// `FaceThermDetectionInfo`, protocol-config 07 §7, M from S6): the temperatures measured on a
// face and the rule it was held against, typed. `abnormal` is read from the rule [INF]:
// highestGreater alarms at or above `ruleTemperature`, highestLess at or below it.
import { int, isObj, num, str, type Obj } from '../codec/read'

export interface FaceThermEvent {
  /** Highest temperature measured on the face (the one the rule is about). */
  temperature?: number
  averageTemperature?: number
  minTemperature?: number
  /** The rule's threshold. */
  ruleTemperature?: number
  /** `highestGreater` | `highestLess` as the terminal sent it. */
  alarmRule?: string
  /** `celsius` | `fahrenheit` | … when the terminal says (thermometryUnit / temperatureUnit). */
  unit?: string
  /** Outside the rule, when the rule and both temperatures were sent. */
  abnormal?: boolean
  regionId?: number
  regionName?: string
  faceDetectionState?: string
  time?: string
}

function parseFaceThermEvent(x: Obj, envelopeTime?: string): FaceThermEvent {
  const out: FaceThermEvent = {}
  const put = <K extends keyof FaceThermEvent>(k: K, v: FaceThermEvent[K] | undefined): void => {
    if (v !== undefined && v !== '') out[k] = v
  }
  put('temperature', num(x.alarmTemperature))
  put('averageTemperature', num(x.averageTemperature))
  put('minTemperature', num(x.minTemperature))
  put('ruleTemperature', num(x.ruleTemperature))
  put('alarmRule', str(x.alarmRule))
  put('unit', str(x.thermometryUnit) ?? str(x.temperatureUnit))
  put('regionId', int(x.id))
  put('regionName', str(x.name))
  put('faceDetectionState', str(x.faceDetectionState))
  put('time', str(x.time) ?? envelopeTime)
  const t = out.temperature
  const rule = out.ruleTemperature
  if (t !== undefined && rule !== undefined) {
    if (out.alarmRule === 'highestGreater') out.abnormal = t >= rule
    else if (out.alarmRule === 'highestLess') out.abnormal = t <= rule
  }
  return out
}

/** The content of a FaceThermDetectionInfo notification, or undefined for another type. */
export function faceThermOf(eventType: string, inner: unknown, envelopeTime?: string) {
  return eventType === 'FaceThermDetectionInfo' && isObj(inner)
    ? parseFaceThermEvent(inner, envelopeTime)
    : undefined
}
