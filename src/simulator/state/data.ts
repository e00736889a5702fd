// Everything a terminal keeps in flash. Plain data so it can be persisted as JSON.
import type {
  CardRec,
  DeviceAccount,
  FaceLib,
  FaceRec,
  FingerRec,
  IrisRec,
  PersonRec,
} from './model.js'

export interface DeviceData {
  activated: boolean
  accounts: DeviceAccount[]
  persons: Map<string, PersonRec>
  cards: Map<string, CardRec>
  fingers: Map<string, FingerRec>
  faceLibs: FaceLib[]
  faces: Map<string, FaceRec>
  irises: Map<string, IrisRec>
  nextPicId: number
  firmwareVersion: string
  firmwareReleasedDate: string
  deviceName: string
  /** Stored configuration documents (generic resources), by resource key. */
  docs: Record<string, unknown>
  timeOffsetMs: number
  timeMode: 'NTP' | 'manual'
  timeZone: string
  ntp: {
    addressingFormatType: string
    hostName: string
    ipAddress: string
    portNo: number
    synchronizeInterval: number
  }
  httpHosts: HttpHost[]
}

export interface HttpHost {
  id: string
  url: string
  protocolType: string
  parameterFormatType: string
  addressingFormatType: string
  ipAddress: string
  hostName: string
  portNo: number
  userName: string
  password: string
  httpAuthenticationMethod: string
  httpBroken: boolean
  eventMode: string
  uploadImagesDataType: string
}

export const faceKey = (FDID: string, FPID: string): string => `${FDID}\u0000${FPID}`
export const fingerKey = (employeeNo: string, id: number): string => `${employeeNo}\u0000${id}`
export const irisKey = (employeeNo: string, id: number): string => `${employeeNo}\u0000${id}`

export function emptyHttpHost(id: string): HttpHost {
  return {
    id,
    url: '',
    protocolType: 'HTTP',
    parameterFormatType: 'JSON',
    addressingFormatType: 'ipaddress',
    ipAddress: '0.0.0.0',
    hostName: '',
    portNo: 80,
    userName: '',
    password: '',
    httpAuthenticationMethod: 'none',
    httpBroken: true,
    eventMode: 'all',
    uploadImagesDataType: 'binary',
  }
}

export function freshData(o: {
  activated: boolean
  userName: string
  password: string
  firmwareVersion: string
  firmwareReleasedDate: string
  deviceName: string
  httpHostSlots: number
  tz: string
}): DeviceData {
  return {
    activated: o.activated,
    accounts: [{ id: 1, userName: o.userName, password: o.password, userLevel: 'Administrator' }],
    persons: new Map(),
    cards: new Map(),
    fingers: new Map(),
    faceLibs: [
      { FDID: '1', faceLibType: 'blackFD', name: '', customInfo: '' },
      { FDID: '2', faceLibType: 'infraredFD', name: '', customInfo: '' },
    ],
    faces: new Map(),
    irises: new Map(),
    nextPicId: 1,
    firmwareVersion: o.firmwareVersion,
    firmwareReleasedDate: o.firmwareReleasedDate,
    deviceName: o.deviceName,
    docs: {},
    timeOffsetMs: 0,
    timeMode: 'NTP',
    timeZone: o.tz,
    ntp: {
      addressingFormatType: 'ipaddress',
      hostName: '',
      ipAddress: '127.0.0.1',
      portNo: 123,
      synchronizeInterval: 60,
    },
    httpHosts: Array.from({ length: o.httpHostSlots }, (_, i) => emptyHttpHost(String(i + 1))),
  }
}

type Jsonable = Record<string, unknown>

export function serialize(d: DeviceData): string {
  const out: Jsonable = {}
  for (const [k, v] of Object.entries(d)) out[k] = v instanceof Map ? [...v.values()] : v
  return JSON.stringify(out, (_k, v: unknown) =>
    v &&
    typeof v === 'object' &&
    (v as { type?: string }).type === 'Buffer' &&
    Array.isArray((v as { data?: unknown }).data)
      ? { $b64: Buffer.from((v as { data: number[] }).data).toString('base64') }
      : v,
  )
}

export function deserialize(text: string, base: DeviceData): DeviceData {
  const raw = JSON.parse(text, (_k, v: unknown) =>
    v && typeof v === 'object' && typeof (v as { $b64?: unknown }).$b64 === 'string'
      ? Buffer.from((v as { $b64: string }).$b64, 'base64')
      : v,
  ) as Jsonable
  const d: DeviceData = { ...base, ...(raw as Partial<DeviceData>) }
  const list = <T>(k: string): T[] => (Array.isArray(raw[k]) ? (raw[k] as T[]) : [])
  d.persons = new Map(list<PersonRec>('persons').map((p) => [p.employeeNo, p]))
  d.cards = new Map(list<CardRec>('cards').map((c) => [c.cardNo, c]))
  d.fingers = new Map(
    list<FingerRec>('fingers').map((f) => [fingerKey(f.employeeNo, f.fingerPrintID), f]),
  )
  d.faces = new Map(list<FaceRec>('faces').map((f) => [faceKey(f.FDID, f.FPID), f]))
  d.irises = new Map(list<IrisRec>('irises').map((r) => [irisKey(r.employeeNo, r.id), r]))
  return d
}
