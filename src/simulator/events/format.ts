// One stored event in its two wire dialects: the AcsEvent log entry (major/minor/time) and the
// alarm message (envelope + AccessControllerEvent with majorEventType/subEventType), key order
// as real terminals write them.
import type { SimDevice } from '../device.js'
import type { XmlNode } from '../http/xml.js'
import type { EventRec } from '../state/model.js'

const LOG_ORDER = ['netUser', 'remoteHostAddr', 'cardNo', 'cardType', 'name', 'cardReaderKind', 'cardReaderNo', 'doorNo', 'verifyNo', 'employeeNoString', 'serialNo', 'userType', 'currentVerifyMode', 'mask', 'pictureURL', 'FaceRect']

export function logEntry(dev: SimDevice, e: EventRec): Record<string, unknown> {
  const out: Record<string, unknown> = { major: e.major, minor: e.minor, time: dev.iso(e.at) }
  const f = e.fields
  for (const k of LOG_ORDER) {
    if (k === 'serialNo') out.serialNo = e.serialNo
    else if (k === 'pictureURL') {
      if (e.pictureKey) out.pictureURL = `${dev.baseUrl()}${e.pictureKey}`
    } else if (f[k] !== undefined) out[k] = f[k]
  }
  for (const [k, v] of Object.entries(f)) if (!(k in out) && k !== 'picturesNumber') out[k] = v
  return out
}

const ALARM_ORDER = ['netUser', 'remoteHostAddr', 'cardNo', 'cardType', 'name', 'cardReaderKind', 'cardReaderNo', 'doorNo', 'verifyNo', 'employeeNoString', 'serialNo', 'userType', 'currentVerifyMode', 'currentEvent', 'frontSerialNo', 'attendanceStatus', 'label', 'statusValue', 'mask', 'picturesNumber', 'purePwdVerifyEnable', 'FaceRect']

export function envelope(dev: SimDevice, at: number, eventType: string, eventState: string, eventDescription: string): Record<string, unknown> {
  return {
    ipAddress: dev.opts.host,
    portNo: dev.port,
    protocol: dev.opts.protocol.toUpperCase(),
    macAddress: dev.macAddress,
    channelID: 1,
    dateTime: dev.iso(at),
    activePostCount: 1,
    eventType,
    eventState,
    eventDescription,
  }
}

export function alarmMessage(dev: SimDevice, e: EventRec, current: boolean, withPictureUrl: boolean): Record<string, unknown> {
  const f = e.fields
  const ace: Record<string, unknown> = { deviceName: dev.data.deviceName, majorEventType: e.major, subEventType: e.minor }
  const extra: Record<string, unknown> = { currentEvent: current, frontSerialNo: e.serialNo - 1, attendanceStatus: 'undefined', label: '', statusValue: 0, purePwdVerifyEnable: true, mask: 'unknown', currentVerifyMode: 'invalid' }
  for (const k of ALARM_ORDER) {
    if (k === 'serialNo') ace.serialNo = e.serialNo
    else if (f[k] !== undefined) ace[k] = f[k]
    else if (extra[k] !== undefined) ace[k] = extra[k]
  }
  for (const [k, v] of Object.entries(f)) if (!(k in ace)) ace[k] = v
  if (withPictureUrl && e.pictureKey) ace.pictureURL = `${dev.baseUrl()}${e.pictureKey}`
  return { ...envelope(dev, e.at, 'AccessControllerEvent', 'active', 'Access Controller Event'), AccessControllerEvent: ace }
}

export function heartbeatMessage(dev: SimDevice, kind: 'videoloss' | 'heartBeat'): Record<string, unknown> {
  return kind === 'videoloss'
    ? envelope(dev, dev.now(), 'videoloss', 'inactive', 'videoloss alarm')
    : { ...envelope(dev, dev.now(), 'heartBeat', 'active', 'heartBeat'), activePostCount: 0 }
}

/** XML form (EventNotificationAlert) for XML listening hosts. */
export function alarmXml(msg: Record<string, unknown>): XmlNode {
  return msg as XmlNode
}
