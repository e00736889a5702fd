// One event shape for the log (AcsEvent: major/minor/time) and the alarm channels (alertStream,
// subscribeEvent, httpHosts: majorEventType/subEventType + envelope dateTime). Every field is
// optional on newer firmware, so only major/minor are required; unknown fields stay in `raw`.
import { bool, int, isObj, num, obj, str, type Obj } from '../codec/read'
import { recordClientEvent } from '../http/traffic-recorder'
import { faceThermOf, type FaceThermEvent } from './therm-event'

export type EventKind = 'access' | 'door' | 'alarm' | 'exception' | 'operation' | 'other'

export interface AcsEventRecord {
  kind: EventKind
  /** The resident ID card number of an ID card read (IDCardInfoEvent), as the terminal sent it. */
  idCardNo?: string
  major: number
  minor: number
  /** ISO 8601 with offset. */
  time?: string
  serialNo?: number
  /** Serial of the previous event (alarm channels), to detect gaps. */
  frontSerialNo?: number
  /** false = replayed from storage on connect; undefined in the log. */
  currentEvent?: boolean
  employeeNo?: string
  name?: string
  cardNo?: string
  cardType?: number
  cardReaderNo?: number
  doorNo?: number
  /** `normal` | `visitor` | `blacklist` | … (event spelling, verbatim) */
  userType?: string
  currentVerifyMode?: string
  attendanceStatus?: string
  mask?: string
  /** Skin temperature measured (temperature-screening terminals), in `temperatureUnit`. */
  temperature?: number
  /** `celsius` | `fahrenheit` (thermometryUnit). */
  temperatureUnit?: string
  /** Outside the terminal's thresholds (sent as `isAbnomalTemperature`, sic). */
  temperatureAbnormal?: boolean
  pictureURL?: string
  picturesNumber?: number
  faceRect?: { x: number; y: number; width: number; height: number }
  deviceName?: string
  netUser?: string
  remoteHostAddr?: string
  raw: Obj
}

/** Door-related minors of MAJOR_EVENT (5): first card, remain open/closed, lock, exit button, contact, forced, timeout, doorbell. */
const DOOR_MINORS = new Set([
  17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 37, 81, 82,
])

export function eventKind(major: number, minor: number): EventKind {
  if (major === 5) return DOOR_MINORS.has(minor) ? 'door' : 'access'
  if (major === 1) return 'alarm'
  if (major === 2) return 'exception'
  if (major === 3) return minor >= 0x400 && minor <= 0x403 ? 'door' : 'operation'
  return 'other'
}

/** An AcsEvent InfoList item or an AccessControllerEvent object. Undefined without major/minor. */
export function parseAcsEvent(x: unknown, envelopeTime?: string): AcsEventRecord | undefined {
  if (!isObj(x)) return undefined
  const major = int(x.major ?? x.majorEventType)
  const minor = int(x.minor ?? x.subEventType)
  if (major === undefined || minor === undefined) return undefined
  const e: AcsEventRecord = { kind: eventKind(major, minor), major, minor, raw: x }
  const set = <K extends keyof AcsEventRecord>(k: K, v: AcsEventRecord[K] | undefined): void => {
    if (v !== undefined && v !== '') e[k] = v
  }
  set('time', str(x.time) ?? str(x.dateTime) ?? envelopeTime)
  set('serialNo', int(x.serialNo))
  set('frontSerialNo', int(x.frontSerialNo))
  set('currentEvent', bool(x.currentEvent))
  set('employeeNo', str(x.employeeNoString) || str(x.employeeNo) || undefined)
  set('name', str(x.name))
  set('cardNo', str(x.cardNo))
  set('cardType', int(x.cardType))
  set('cardReaderNo', int(x.cardReaderNo))
  set('doorNo', int(x.doorNo))
  set('userType', str(x.userType))
  set('currentVerifyMode', str(x.currentVerifyMode))
  set('attendanceStatus', str(x.attendanceStatus))
  set('mask', str(x.mask))
  set('temperature', num(x.currTemperature))
  set('temperatureUnit', str(x.thermometryUnit))
  set('temperatureAbnormal', bool(x.isAbnomalTemperature ?? x.isAbnormalTemperature))
  set('pictureURL', str(x.pictureURL))
  set('picturesNumber', int(x.picturesNumber))
  set('deviceName', str(x.deviceName))
  set('netUser', str(x.netUser))
  set('remoteHostAddr', str(x.remoteHostAddr))
  if (isObj(x.FaceRect)) {
    const r = x.FaceRect
    e.faceRect = {
      x: num(r.x) ?? 0,
      y: num(r.y) ?? 0,
      width: num(r.width) ?? 0,
      height: num(r.height) ?? 0,
    }
  }
  return e
}

export interface EventEnvelope {
  eventType: string
  eventState?: string
  eventDescription?: string
  dateTime?: string
  ipAddress?: string
  portNo?: number
  macAddress?: string
  channelID?: number
  activePostCount?: number
  deviceID?: string
}

/** A notification from alertStream / subscribeEvent / an httpHosts push. */
export type AlertEvent =
  | { type: 'heartbeat'; envelope: EventEnvelope }
  | {
      type: 'access' | 'door' | 'alarm' | 'exception' | 'operation'
      live: boolean
      event: AcsEventRecord
      envelope: EventEnvelope
      pictures: Buffer[]
    }
  /** Non access-control notifications (IDCardInfoEvent, camera IO/VMD, unknown types). */
  | {
      type: 'other'
      envelope: EventEnvelope
      body: Obj
      pictures: Buffer[]
      /** IDCardInfoEvent (21.19.3): the swipe and the card's fields, typed. */
      idCard?: IdCardEvent
      /** FaceThermDetectionInfo (21.32.15): the temperatures and the rule, typed. */
      thermal?: FaceThermEvent
    }

/** The data read from a resident ID card (IDCardInfo of an IDCardInfoEvent). */
export interface IdCardInfo {
  name?: string
  sex?: string
  birth?: string
  address?: string
  idCardNo?: string
  issuingAuthority?: string
  validFrom?: string
  validTo?: string
  /** Ethnic group code (GB 3304). */
  nation?: number
  longTermValid?: boolean
}

export interface IdCardEvent {
  /** The swipe as an access event (major / minor, reader, door, serial numbers). */
  event?: AcsEventRecord
  card: IdCardInfo
  /** URLs of the live capture and the chip photo, when sent as URLs. */
  pictureURL?: string
  idCardPictureURL?: string
}

/** An IDCardInfoEvent's content, typed (protocol 05-events §10). */
export function parseIdCardEvent(x: Obj, envelopeTime?: string): IdCardEvent {
  const c = obj(x.IDCardInfo)
  const card: IdCardInfo = {}
  const put = <K extends keyof IdCardInfo>(k: K, v: IdCardInfo[K] | undefined): void => {
    if (v !== undefined && v !== '') card[k] = v
  }
  put('name', str(c.name))
  put('sex', str(c.sex))
  put('birth', str(c.birth))
  put('address', str(c.addr))
  put('idCardNo', str(c.IDCardNo))
  put('issuingAuthority', str(c.issuingAuthority))
  put('validFrom', str(c.startDate))
  put('validTo', str(c.endDate))
  put('nation', int(c.nation))
  put('longTermValid', bool(c.isLongTermEffective))
  const out: IdCardEvent = { card }
  const event = parseAcsEvent(x, envelopeTime)
  if (event) out.event = event
  const pic = str(x.pictureURL)
  if (pic) out.pictureURL = pic
  const chip = str(x.IDCardPicURL)
  if (chip) out.idCardPictureURL = chip
  return out
}

/** An access-control notification (access, door, alarm, exception or operation). */
export type AcsAlert = Extract<AlertEvent, { event: AcsEventRecord }>

export function isAcsAlert(e: AlertEvent): e is AcsAlert {
  return e.type !== 'heartbeat' && e.type !== 'other'
}

export function parseEnvelope(b: Obj): EventEnvelope | undefined {
  const eventType = str(b.eventType)
  if (!eventType) return undefined
  recordClientEvent(eventType) // guide coverage: the client decoded this notification type
  const e: EventEnvelope = { eventType }
  const set = <K extends keyof EventEnvelope>(k: K, v: EventEnvelope[K] | undefined): void => {
    if (v !== undefined) e[k] = v
  }
  set('eventState', str(b.eventState))
  set('eventDescription', str(b.eventDescription))
  set('dateTime', str(b.dateTime))
  set('ipAddress', str(b.ipAddress))
  set('portNo', int(b.portNo))
  set('macAddress', str(b.macAddress))
  set('channelID', int(b.channelID))
  set('activePostCount', int(b.activePostCount))
  set('deviceID', str(b.deviceID))
  return e
}

export function isHeartbeat(e: EventEnvelope): boolean {
  const t = e.eventType.toLowerCase()
  return (
    t === 'heartbeat' || (t === 'videoloss' && (e.eventState ?? '').toLowerCase() === 'inactive')
  )
}

/** A notification document (JSON top level, or the body of an XML EventNotificationAlert). */
export function parseNotification(b: Obj): AlertEvent | undefined {
  const envelope = parseEnvelope(b)
  if (!envelope) return undefined
  if (isHeartbeat(envelope)) return { type: 'heartbeat', envelope }
  const inner = b[envelope.eventType]
  if (envelope.eventType === 'AccessControllerEvent' && isObj(inner)) {
    const event = parseAcsEvent(inner, envelope.dateTime)
    if (event) {
      const type = event.kind === 'other' ? 'alarm' : event.kind
      return { type, live: event.currentEvent !== false, event, envelope, pictures: [] }
    }
  }
  if (envelope.eventType === 'IDCardInfoEvent' && isObj(inner))
    return {
      type: 'other',
      envelope,
      body: inner,
      pictures: [],
      idCard: parseIdCardEvent(inner, envelope.dateTime),
    }
  const thermal = faceThermOf(envelope.eventType, inner, envelope.dateTime)
  if (thermal) return { type: 'other', envelope, body: obj(inner), pictures: [], thermal }
  return { type: 'other', envelope, body: isObj(inner) ? inner : obj(b), pictures: [] }
}
