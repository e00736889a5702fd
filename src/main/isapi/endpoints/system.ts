import { bool, compact, int, list, obj, str, type Obj } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export interface DeviceInfo {
  deviceName: string
  deviceID?: string
  model: string
  serialNumber: string
  macAddress?: string
  firmwareVersion: string
  firmwareReleasedDate?: string
  deviceType?: string
  subDeviceType?: string
  /** Every element as the device sent it. */
  raw: Obj
}

export async function deviceInfo(http: IsapiHttp, o: CallOptions = {}): Promise<DeviceInfo> {
  const b = await http.xmlDoc(
    'GET',
    '/ISAPI/System/deviceInfo',
    'DeviceInfo',
    undefined,
    undefined,
    o,
  )
  const d: DeviceInfo = {
    deviceName: str(b.deviceName) ?? '',
    model: str(b.model) ?? '',
    serialNumber: str(b.serialNumber) ?? '',
    firmwareVersion: str(b.firmwareVersion) ?? '',
    raw: b,
  }
  for (const k of [
    'deviceID',
    'macAddress',
    'firmwareReleasedDate',
    'deviceType',
    'subDeviceType',
  ] as const) {
    const v = str(b[k])
    if (v !== undefined) d[k] = v
  }
  return d
}

export interface DeviceTime {
  /** `NTP` | `manual` | … */
  timeMode: string
  /** ISO 8601 with offset as the device reports it. */
  localTime: string
  /** POSIX-style with inverted sign: `CST-8:00:00` = UTC+8. */
  timeZone: string
}

export async function getTime(http: IsapiHttp, o: CallOptions = {}): Promise<DeviceTime> {
  const b = await http.xmlDoc('GET', '/ISAPI/System/time', 'Time', undefined, undefined, o)
  return {
    timeMode: str(b.timeMode) ?? '',
    localTime: str(b.localTime) ?? '',
    timeZone: str(b.timeZone) ?? '',
  }
}

/** Sets the clock. `localTime` is sent without offset (manual mode), as devices expect. */
export async function setTime(
  http: IsapiHttp,
  t: { timeMode: string; localTime?: string; timeZone?: string },
  o: CallOptions = {},
): Promise<void> {
  const localTime = t.localTime?.replace(/(Z|[+-]\d{2}:?\d{2})$/, '')
  await http.xml(
    'PUT',
    '/ISAPI/System/time',
    'Time',
    compact({ timeMode: t.timeMode, localTime, timeZone: t.timeZone }),
    o,
  )
}

export interface NtpServer {
  id: string
  addressingFormatType: string
  hostName?: string
  ipAddress?: string
  portNo?: number
  synchronizeInterval?: number
}

function parseNtp(x: unknown): NtpServer {
  const b = obj(x)
  const n: NtpServer = {
    id: str(b.id) ?? '1',
    addressingFormatType: str(b.addressingFormatType) ?? 'ipaddress',
  }
  const h = str(b.hostName)
  if (h) n.hostName = h
  const ip = str(b.ipAddress)
  if (ip) n.ipAddress = ip
  const port = int(b.portNo)
  if (port !== undefined) n.portNo = port
  const si = int(b.synchronizeInterval)
  if (si !== undefined) n.synchronizeInterval = si
  return n
}

export async function getNtpServer(
  http: IsapiHttp,
  id = '1',
  o: CallOptions = {},
): Promise<NtpServer> {
  return parseNtp(
    await http.xmlDoc(
      'GET',
      `/ISAPI/System/time/ntpServers/${encodeURIComponent(id)}`,
      'NTPServer',
      undefined,
      undefined,
      o,
    ),
  )
}

export async function setNtpServer(
  http: IsapiHttp,
  n: NtpServer,
  o: CallOptions = {},
): Promise<void> {
  await http.xml(
    'PUT',
    `/ISAPI/System/time/ntpServers/${encodeURIComponent(n.id)}`,
    'NTPServer',
    compact({
      id: n.id,
      addressingFormatType: n.addressingFormatType,
      hostName: n.hostName,
      ipAddress: n.ipAddress,
      portNo: n.portNo,
      synchronizeInterval: n.synchronizeInterval,
    }),
    o,
  )
}

export interface DeviceAccount {
  id: string
  userName: string
  /** `Administrator` | `Operator` | `Viewer` */
  userLevel: string
}

export async function listAccounts(http: IsapiHttp, o: CallOptions = {}): Promise<DeviceAccount[]> {
  const b = await http.xmlDoc('GET', '/ISAPI/Security/users', 'UserList', undefined, undefined, o)
  return list(b.User).map((u) => {
    const x = obj(u)
    return {
      id: str(x.id) ?? '',
      userName: str(x.userName) ?? '',
      userLevel: str(x.userLevel) ?? '',
    }
  })
}

export interface UserCheck {
  ok: boolean
  isDefaultPassword?: boolean
  isRiskPassword?: boolean
  isActivated?: boolean
}

/** Cheap credential probe (GET /ISAPI/Security/userCheck). Wrong credentials throw AUTH_FAILED. */
export async function userCheck(http: IsapiHttp, o: CallOptions = {}): Promise<UserCheck> {
  const b = await http.xmlDoc(
    'GET',
    '/ISAPI/Security/userCheck',
    'userCheck',
    undefined,
    undefined,
    o,
  )
  const u: UserCheck = { ok: (int(b.statusValue) ?? 200) === 200 }
  for (const k of ['isDefaultPassword', 'isRiskPassword', 'isActivated'] as const) {
    const v = bool(b[k])
    if (v !== undefined) u[k] = v
  }
  return u
}

export async function reboot(http: IsapiHttp, o: CallOptions = {}): Promise<void> {
  await http.xml('PUT', '/ISAPI/System/reboot', undefined, undefined, o)
}

/** Activation state (`GET /SDK/activateStatus`, answered without auth on real devices). */
export async function activationStatus(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<{ activated: boolean }> {
  const a = await http.raw('GET', '/SDK/activateStatus', undefined, undefined, o)
  const doc = http.decode(a, 'GET', '/SDK/activateStatus')
  const b =
    doc && typeof doc === 'object' && 'body' in doc
      ? obj((doc as { body: unknown }).body)
      : obj(doc)
  const v = bool(b.Activated ?? b.activated ?? obj(b.ActivateStatus).Activated)
  if (v === undefined) throw http.bad('GET', '/SDK/activateStatus', 'no Activated element')
  return { activated: v }
}

export interface Picture {
  contentType: string
  data: Buffer
}

/** A JPEG from a camera channel (default 101) or any device picture path. */
export async function fetchPicture(
  http: IsapiHttp,
  path: string,
  o: CallOptions = {},
): Promise<Picture> {
  const a = await http.raw('GET', path, undefined, undefined, { maxBytes: 8 * 1024 * 1024, ...o })
  const isImage =
    a.status >= 200 &&
    a.status < 300 &&
    (a.contentType.startsWith('image/') ||
      a.contentType === 'application/octet-stream' ||
      (a.body[0] === 0xff && a.body[1] === 0xd8))
  if (!isImage) {
    http.decode(a, 'GET', path) // throws for error documents and non-2xx
    throw new IsapiError(
      'BAD_RESPONSE',
      `GET ${path}: not a picture (${a.contentType || 'no content type'})`,
      http.where('GET', path),
    )
  }
  return { contentType: a.contentType || 'image/jpeg', data: a.body }
}

export function snapshot(http: IsapiHttp, channel = 101, o: CallOptions = {}): Promise<Picture> {
  return fetchPicture(http, `/ISAPI/Streaming/channels/${channel}/picture`, o)
}

/**
 * Factory reset (`PUT /ISAPI/System/factoryReset?mode=`): `basic` keeps network and accounts,
 * `full` restores everything (the terminal must be activated again), `part` as the firmware
 * defines. The terminal reboots afterwards.
 */
export async function factoryReset(
  http: IsapiHttp,
  mode: 'full' | 'basic' | 'part',
  o: CallOptions = {},
): Promise<void> {
  await http.xml('PUT', `/ISAPI/System/factoryReset?mode=${mode}`, undefined, undefined, o)
}
