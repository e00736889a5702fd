// What the control API reports about a device, for test assertions.
import type { SimDevice } from '../device.js'
import type { FaultSpec } from '../faults.js'
import { jpegInfo } from '../media/jpeg.js'
import type { CardRec, EventRec, PersonRec } from '../state/model.js'
import { faceUrl } from '../state/ops.js'

export interface EventView {
  serialNo: number
  major: number
  minor: number
  time: string
  pictureURL?: string
  [field: string]: unknown
}

export interface DeviceStateView {
  name: string
  serialNumber: string
  profile: string
  model: string
  firmwareVersion: string
  activated: boolean
  rebooting: boolean
  persons: PersonRec[]
  cards: CardRec[]
  fingerprints: {
    employeeNo: string
    fingerPrintID: number
    fingerType: string
    fingerData: string
  }[]
  faces: {
    FDID: string
    faceLibType: string
    FPID: string
    bytes: number
    width: number
    height: number
    faceURL: string
    /** The record's attributes (name, gender, bornTime …) as stored. */
    info: Record<string, string>
  }[]
  irises: { employeeNo: string; id: number }[]
  faceLibs: { FDID: string; faceLibType: string; name: string }[]
  counts: {
    persons: number
    cards: number
    faces: number
    fingerprints: number
    irises: number
    events: number
  }
  events: EventView[]
  accounts: { id: number; userName: string; userLevel: string }[]
  alertStreams: number
  /** Kind of the capture waiting for the person right now (block-style), if any. */
  activeCapture: string | null
  faults: FaultSpec
}

export function eventView(dev: SimDevice, e: EventRec): EventView {
  const v: EventView = {
    serialNo: e.serialNo,
    major: e.major,
    minor: e.minor,
    time: dev.iso(e.at),
    ...e.fields,
  }
  if (e.pictureKey) v.pictureURL = `${dev.baseUrl()}${e.pictureKey}`
  return v
}

export function stateView(dev: SimDevice, eventLimit = 500): DeviceStateView {
  const d = dev.data
  const events = dev.log.toArray().slice(-eventLimit)
  return {
    name: dev.name,
    serialNumber: dev.serialNumber,
    profile: dev.profile.id,
    model: dev.profile.model,
    firmwareVersion: d.firmwareVersion,
    activated: d.activated,
    rebooting: dev.isRebooting,
    persons: [...d.persons.values()],
    cards: [...d.cards.values()],
    fingerprints: [...d.fingers.values()].map((f) => ({
      employeeNo: f.employeeNo,
      fingerPrintID: f.fingerPrintID,
      fingerType: f.fingerType,
      fingerData: f.fingerData,
    })),
    faces: [...d.faces.values()].map((f) => {
      const info = jpegInfo(f.jpeg)
      return {
        FDID: f.FDID,
        faceLibType: f.faceLibType,
        FPID: f.FPID,
        bytes: f.jpeg.length,
        width: info?.width ?? 0,
        height: info?.height ?? 0,
        faceURL: faceUrl(dev, f),
        info: { ...f.info },
      }
    }),
    irises: [...d.irises.values()].map((r) => ({ employeeNo: r.employeeNo, id: r.id })),
    faceLibs: d.faceLibs.map((l) => ({ FDID: l.FDID, faceLibType: l.faceLibType, name: l.name })),
    counts: {
      persons: d.persons.size,
      cards: d.cards.size,
      faces: d.faces.size,
      fingerprints: d.fingers.size,
      irises: d.irises.size,
      events: dev.log.size,
    },
    events: events.map((e) => eventView(dev, e)),
    accounts: d.accounts.map((a) => ({ id: a.id, userName: a.userName, userLevel: a.userLevel })),
    alertStreams: dev.alertSlots,
    activeCapture: dev.capture.activeKind,
    faults: dev.faults.spec,
  }
}
