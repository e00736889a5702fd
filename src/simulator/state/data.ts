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
import { OwnedMap } from './owned-map.js'

export interface DeviceData {
  activated: boolean
  accounts: DeviceAccount[]
  persons: Map<string, PersonRec>
  cards: OwnedMap<CardRec>
  fingers: OwnedMap<FingerRec>
  faceLibs: FaceLib[]
  faces: OwnedMap<FaceRec>
  irises: OwnedMap<IrisRec>
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

type Entries<V> = Iterable<readonly [string, V]>
/** Cards by cardNo, grouped by employeeNo. */
export const cardMap = (entries?: Entries<CardRec>) =>
  new OwnedMap<CardRec>((c) => c.employeeNo, undefined, entries)
export const fingerMap = (entries?: Entries<FingerRec>) =>
  new OwnedMap<FingerRec>((f) => f.employeeNo, undefined, entries)
/** Faces by faceKey, grouped by FPID; the libraries outside staticFD count toward capacity. */
export const faceMap = (entries?: Entries<FaceRec>) =>
  new OwnedMap<FaceRec>(
    (f) => f.FPID,
    (f) => f.faceLibType !== 'staticFD',
    entries,
  )
export const irisMap = (entries?: Entries<IrisRec>) =>
  new OwnedMap<IrisRec>((r) => r.employeeNo, undefined, entries)

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
    cards: cardMap(),
    fingers: fingerMap(),
    faceLibs: [
      { FDID: '1', faceLibType: 'blackFD', name: '', customInfo: '' },
      { FDID: '2', faceLibType: 'infraredFD', name: '', customInfo: '' },
    ],
    faces: faceMap(),
    irises: irisMap(),
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
