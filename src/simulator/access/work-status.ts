// AcsWorkStatus (guide 21.25.1–2, protocol-config/04 §7): the live document and its capability,
// built from ONE list of fields so the capability names exactly what the document carries. A
// profile may report fewer fields (acsWorkStatusFields), as a real value terminal does.
import type { SimDevice } from '../device.js'
import { doorScheduleTick } from './door-schedule.js'
import { effectiveVerifyMode } from './reader-mode.js'
import { verifyModeCode } from './verify-mode-codes.js'

type Json = Record<string, unknown>

interface Field {
  value(d: SimDevice): unknown
  caps(d: SimDevice): Json
}

const readers = (d: SimDevice) => Array.from({ length: d.profile.cardReaders }, (_, i) => i + 1)

const FIELDS: Record<string, Field> = {
  doorLockStatus: {
    value: (d) => d.doors.map((x) => x.lock),
    caps: () => ({ '@opt': '0,1,2,3,4' }),
  },
  doorStatus: { value: (d) => d.doors.map((x) => x.status), caps: () => ({ '@opt': '1,2,3,4' }) },
  magneticStatus: {
    value: (d) => d.doors.map((x) => x.magnetic),
    caps: () => ({ '@opt': '0,1,2,3,4' }),
  },
  caseStatus: { value: () => [], caps: () => ({ '@size': 0 }) },
  powerSupplyStatus: { value: () => 'ACPowerSupply', caps: () => ({ '@opt': 'ACPowerSupply' }) },
  antiSneakStatus: { value: () => 'close', caps: () => ({ '@opt': 'close,open' }) },
  hostAntiDismantleStatus: { value: () => 'close', caps: () => ({ '@opt': 'close,open' }) },
  cardReaderOnlineStatus: { value: readers, caps: (d) => ({ '@size': d.profile.cardReaders }) },
  cardReaderAntiDismantleStatus: {
    value: () => [],
    caps: (d) => ({ '@size': d.profile.cardReaders }),
  },
  ezvizStatus: {
    value: () => 'unregistered',
    caps: () => ({ '@opt': 'unregistered,notAdd,connect' }),
  },
  cardReaderVerifyMode: {
    value: (d) => readers(d).map((no) => verifyModeCode(effectiveVerifyMode(d, no))),
    caps: () => ({
      '@opt': '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27',
    }),
  },
  alarmOutStatus: {
    value: (d) => Array.from({ length: d.profile.alarmOut }, () => 0),
    caps: (d) => ({ '@size': d.profile.alarmOut }),
  },
  cardNum: {
    value: (d) => d.data.cards.size,
    caps: (d) => ({ '@min': 1, '@max': d.profile.capacity.cards }),
  },
}

const reported = (d: SimDevice): string[] =>
  (d.profile.acsWorkStatusFields ?? Object.keys(FIELDS)).filter((f) => f in FIELDS)

/** The live document: the doors as the schedules in force hold them at the device clock. */
export function workStatus(d: SimDevice): Json {
  doorScheduleTick(d)
  return Object.fromEntries(reported(d).map((f) => [f, FIELDS[f]!.value(d)]))
}

export function workStatusCaps(d: SimDevice): Json {
  return Object.fromEntries(reported(d).map((f) => [f, FIELDS[f]!.caps(d)]))
}
