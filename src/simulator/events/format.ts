// One stored event in its two wire dialects: the AcsEvent log entry (major/minor/time) and the
// alarm message (envelope + AccessControllerEvent with majorEventType/subEventType), key order
// as real terminals write them.
import type { SimDevice } from '../device.js'
import type { EventRec } from '../state/model.js'
import { recordEmitted } from '../http/traffic-recorder.js'

const LOG_ORDER = [
  'netUser',
  'remoteHostAddr',
  'cardNo',
  'cardType',
  'name',
  'cardReaderKind',
  'cardReaderNo',
  'doorNo',
  'verifyNo',
  'employeeNoString',
  'serialNo',
  'userType',
  'currentVerifyMode',
  'mask',
  'pictureURL',
  'FaceRect',
]

export function logEntry(dev: SimDevice, e: EventRec): Record<string, unknown> {
  const out: Record<string, unknown> = { major: e.major, minor: e.minor, time: dev.iso(e.at) }
  const f = e.fields
  for (const k of LOG_ORDER) {
    if (k === 'serialNo') out.serialNo = e.serialNo
    else if (k === 'pictureURL') {
      if (e.pictureKey) out.pictureURL = `${dev.baseUrl()}${e.pictureKey}`
    } else if (f[k] !== undefined && !ALARM_ONLY.has(k)) out[k] = f[k]
  }
  for (const [k, v] of Object.entries(f)) if (!(k in out) && !ALARM_ONLY.has(k)) out[k] = v
  return out
}

/** Fields only the alarm (alertStream/httpHosts) dialect carries, as on a DS-K1T342MWX. */
const ALARM_ONLY = new Set(['cardReaderKind', 'verifyNo', 'picturesNumber'])
/** Fields only the log (AcsEvent) dialect carries. */
const LOG_ONLY = new Set(['netUser', 'cardType'])
const ALARM_ORDER = [
  'remoteHostAddr',
  'cardNo',
  'name',
  'cardReaderKind',
  'cardReaderNo',
  'doorNo',
  'verifyNo',
  'employeeNoString',
  'serialNo',
  'userType',
  'currentVerifyMode',
  'currentEvent',
  'frontSerialNo',
  'attendanceStatus',
  'label',
  'statusValue',
  'mask',
  'picturesNumber',
  'purePwdVerifyEnable',
  'FaceRect',
]

/** What filler-writing firmware put in every access event (values of the santanapedro capture). */
const FILLER_VALUES: Record<string, unknown> = {
  attendanceStatus: 'undefined',
  label: '',
  statusValue: 0,
  purePwdVerifyEnable: true,
  mask: 'unknown',
  currentVerifyMode: 'invalid',
}
const FILLER = Object.keys(FILLER_VALUES)

export function envelope(
  dev: SimDevice,
  at: number,
  eventType: string,
  eventState: string,
  eventDescription: string,
  withMac = dev.firmware.eventMac,
): Record<string, unknown> {
  return {
    ipAddress: dev.opts.host,
    portNo: dev.port,
    protocol: dev.opts.protocol.toUpperCase(),
    ...(withMac ? { macAddress: dev.macAddress } : {}),
    channelID: 1,
    dateTime: dev.iso(at),
    activePostCount: 1,
    eventType,
    eventState,
    eventDescription,
  }
}

/**
 * Alarm dialect of a stored event. Person events carry cardReaderKind/verifyNo but no doorNo;
 * door events carry cardReaderKind + doorNo; other events verifyNo (values seen on DS-K1T342MWX).
 */
export function alarmMessage(
  dev: SimDevice,
  e: EventRec,
  current: boolean,
  withPictureUrl: boolean,
  withPicture = false,
): Record<string, unknown> {
  const f: Record<string, unknown> = { ...e.fields }
  const person = f.employeeNoString !== undefined
  if (person) {
    delete f.doorNo
    f.cardReaderKind ??= 1
    if (dev.firmware.eventFiller) f.verifyNo ??= 128
  } else if (f.doorNo !== undefined) f.cardReaderKind ??= 1
  else if (dev.firmware.eventFiller) f.verifyNo ??= 128
  if (withPicture && e.pictureKey) f.picturesNumber = 1
  else delete f.picturesNumber
  const ace: Record<string, unknown> = {
    deviceName: dev.data.deviceName,
    majorEventType: e.major,
    subEventType: e.minor,
  }
  // Firmware like DS-K1T342MWX V3.16.1 fill every event with these; DS-K1T344 and the
  // DS-KV6124-E1 leave out what has nothing to say.
  const filler = dev.firmware.eventFiller
  if (!filler) for (const k of FILLER) if (f[k] === FILLER_VALUES[k]) delete f[k]
  const extra: Record<string, unknown> = {
    currentEvent: current,
    frontSerialNo: e.serialNo - 1,
    ...(filler ? FILLER_VALUES : {}),
  }
  for (const k of ALARM_ORDER) {
    if (k === 'serialNo') ace.serialNo = e.serialNo
    else if (f[k] !== undefined) ace[k] = f[k]
    else if (extra[k] !== undefined) ace[k] = extra[k]
  }
  for (const [k, v] of Object.entries(f)) if (!(k in ace) && !LOG_ONLY.has(k)) ace[k] = v
  if (withPictureUrl && e.pictureKey) ace.pictureURL = `${dev.baseUrl()}${e.pictureKey}`
  // an ID card read (access.ts 'idCard') is pushed as an IDCardInfoEvent (protocol/05 §10)
  if (f.IDCardInfo !== undefined) {
    recordEmitted('IDCardInfoEvent')
    return {
      ...envelope(dev, e.at, 'IDCardInfoEvent', 'active', 'ID Card Information Event'),
      IDCardInfoEvent: ace,
    }
  }
  recordEmitted('AccessControllerEvent')
  return {
    ...envelope(dev, e.at, 'AccessControllerEvent', 'active', 'Access Controller Event'),
    AccessControllerEvent: ace,
  }
}

export function heartbeatMessage(
  dev: SimDevice,
  kind: 'videoloss' | 'heartBeat',
): Record<string, unknown> {
  if (kind === 'videoloss')
    return envelope(
      dev,
      dev.now(),
      'videoloss',
      'inactive',
      'videoloss alarm',
      dev.firmware.heartbeatMac,
    )
  return { ...envelope(dev, dev.now(), 'heartBeat', 'active', 'heartBeat'), activePostCount: 0 }
}
