// Holdings are what the station believes a terminal holds (last written or read back). A terminal
// can lose or gain data behind the station's back — a factory reset, a unit swapped for a new
// one at the same address, another tool deleting persons — so the belief is checked against the
// terminal: its serial number and its counts (persons, cards, persons with a face, persons with
// fingerprints; four cheap calls). A mismatch triggers a read-back of the whole terminal (paged
// searches, bounded) that replaces the holdings, so the next plan refills what is missing and
// removes what is extra; the operator is told once (a `holdings.notice` event and the audit log).
import type { HeldCounts, HoldingsNotice } from '@shared/model'
import type { Reason } from '@shared/reason-text'
import type { IsapiClient } from '../../isapi'
import type { SecretBox } from '../../platform/secret-box'
import type { Store } from '../../store'
import type { Holding } from '../../store/holdings-repo'
import {
  CARD_ENTRY,
  FINGERPRINT_ENTRY,
  IRIS_ENTRY,
  sortedEntries,
} from '../../store/holding-entries'
import { cardEntry, fingerEntry, irisEntry, personHash } from '../apply/hashes'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { diffFields } from './compare'
import { pullDevice, type DevicePerson, type Kinds } from './device-snapshot'
import { rosterPerson } from './roster-view'

/** A terminal reporting more persons than this is not read back (the notice still goes out). */
export const READ_BACK_MAX_PERSONS = 200_000
/** A hash no roster item has: the planner sends the roster's version again. */
const UNKNOWN = 'read-back'

const fmt = (n: number) => n.toLocaleString('en-US')

export function kindsOf(
  caps: { card?: boolean; face?: boolean; fingerprint?: boolean; iris?: boolean } | null,
): Kinds {
  return {
    card: caps?.card ?? false,
    face: caps?.face ?? false,
    fingerprint: caps?.fingerprint ?? false,
    iris: caps?.iris ?? false,
  }
}

/** The terminal's own counts, as far as it tells them. */
export async function countsOnDevice(
  client: IsapiClient,
  kinds: Kinds,
): Promise<Partial<HeldCounts>> {
  const persons = await client.persons.count()
  const found: Partial<HeldCounts> = { persons: persons.userNumber }
  if (kinds.card) found.cards = await client.cards.count()
  if (kinds.face) {
    found.faces =
      persons.bindFaceUserNumber ??
      (await client.faces.count()).reduce((n, lib) => n + lib.recordDataNumber, 0)
  }
  if (kinds.fingerprint && persons.bindFingerprintUserNumber !== undefined)
    found.fingerprints = persons.bindFingerprintUserNumber
  return found
}

/** What differs, in the order an operator cares about; empty when the terminal agrees. */
export function countDifferences(
  expected: HeldCounts,
  found: Partial<HeldCounts>,
): (keyof HeldCounts)[] {
  return (['persons', 'cards', 'faces', 'fingerprints'] as const).filter(
    (k) => found[k] !== undefined && found[k] !== expected[k],
  )
}

export function noticeMessage(
  name: string,
  expected: HeldCounts,
  found: Partial<HeldCounts>,
  serial: { before: string; now: string } | null,
  readBack: boolean,
): string {
  const then = readBack ? 'Refilling.' : 'It holds too many to read back: apply to refill.'
  if (serial)
    return `${name} answers with another serial number (${serial.before} → ${serial.now}): a different unit. Its holdings were read again. ${then}`
  const held = found.persons ?? 0
  if (held < expected.persons)
    return `${name} holds ${fmt(held)} of ${fmt(expected.persons)} persons — was it reset? ${then}`
  if (held > expected.persons)
    return `${name} holds ${fmt(held)} persons, ${fmt(held - expected.persons)} more than the station put there — changed by another tool? ${readBack ? 'Extra persons will be removed by the next apply.' : then}`
  const which = countDifferences(expected, found)
    .map((k) => `${fmt(found[k] ?? 0)} ${k} (expected ${fmt(expected[k])})`)
    .join(', ')
  return `${name} holds ${which} — changed outside the station? ${then}`
}

/** The notice as a code plus parameters (src/shared/reason-text.ts), for the UI to word. */
export function noticeReason(
  name: string,
  expected: HeldCounts,
  found: Partial<HeldCounts>,
  serialChanged: boolean,
  readBack: boolean,
): Reason {
  const held = found.persons ?? 0
  if (!readBack) return { code: 'holdingsTooManyToRead', params: { terminal: name, found: held } }
  if (serialChanged) return { code: 'holdingsSwapped', params: { terminal: name } }
  if (held < expected.persons)
    return {
      code: 'holdingsReset',
      params: { terminal: name, found: held, expected: expected.persons },
    }
  if (held > expected.persons)
    return {
      code: 'holdingsExtra',
      params: { terminal: name, found: held, extra: held - expected.persons },
    }
  return { code: 'holdingsDiffers', params: { terminal: name } }
}

/** The holding the apply planner compares with, for what a read-back found on the terminal. */
export function holdingFromDevice(
  store: Store,
  secrets: SecretBox,
  d: DevicePerson,
  kinds: Kinds,
): Holding {
  const no = d.person.employeeNo
  const r = rosterPerson(store, no)
  const differs = new Set(r ? diffFields(d, r, kinds) : ['person'])
  const personSame =
    r &&
    !['person', 'name', 'userType', 'gender', 'valid', 'doorRights', 'planTemplateNo'].some((f) =>
      differs.has(f),
    )
  const pin = r?.record.pinSealed ? secrets.open(r.record.pinSealed) : null
  const rosterFace = r?.face?.sha256 ?? null
  return {
    employeeNo: no,
    personHash: personSame ? personHash(r.record, pin) : UNKNOWN,
    cards: sortedEntries(
      CARD_ENTRY,
      d.cards.map((c) => cardEntry(c.cardNo, c.cardType)),
    ),
    faceHash: d.face
      ? d.face.sha256 !== null && d.face.sha256 === rosterFace
        ? rosterFace
        : (d.face.sha256 ?? UNKNOWN)
      : null,
    fingerprints: sortedEntries(
      FINGERPRINT_ENTRY,
      d.fingerprints.map((f) =>
        f.template !== null
          ? fingerEntry(f.fingerId, f.fingerType, Buffer.from(f.template, 'base64'))
          : { fingerId: f.fingerId, hash: UNKNOWN },
      ),
    ),
    irises: sortedEntries(
      IRIS_ENTRY,
      d.irises.map((i) =>
        i.data !== null
          ? irisEntry(i.eye, Buffer.from(i.data, 'base64'))
          : { eye: i.eye, hash: UNKNOWN },
      ),
    ),
  }
}

export interface Verification {
  deviceId: string
  /** Null when the terminal agrees with the station. */
  notice: HoldingsNotice | null
}

/**
 * Compares one terminal with the station's belief; on a mismatch reads it back, replaces the
 * holdings and records the serial number it answers with. Device errors are thrown (the caller
 * decides: an apply pauses on them anyway).
 */
export async function verifyHoldings(
  ctx: StationContext,
  devices: DeviceService,
  deviceId: string,
): Promise<Verification> {
  const { store } = ctx
  const record = devices.record(deviceId)
  const client = devices.client(deviceId)
  const kinds = kindsOf(record.capabilities)
  const expected = store.holdings.countsOf(deviceId)
  // nothing believed, nothing to contradict: what a new terminal holds is sync's business
  if (expected.persons === 0) return { deviceId, notice: null }
  const info = await client.system.deviceInfo()
  const serial =
    record.serialNumber && info.serialNumber && info.serialNumber !== record.serialNumber
      ? { before: record.serialNumber, now: info.serialNumber }
      : null
  const found = await countsOnDevice(client, kinds)
  devices.observe(deviceId)
  if (!serial && countDifferences(expected, found).length === 0) return { deviceId, notice: null }

  const readBack = (found.persons ?? 0) <= READ_BACK_MAX_PERSONS
  const at = () => ctx.clock.now().toISOString()
  if (readBack) {
    const held = await pullDevice(client, kinds)
    const holdings = [...held.values()].map((d) => holdingFromDevice(store, ctx.secrets, d, kinds))
    store.tx(() => {
      store.holdings.replaceDevice(deviceId, holdings, at())
      if (serial) store.devices.put({ ...devices.record(deviceId), serialNumber: serial.now })
    })
  }
  const notice: HoldingsNotice = {
    deviceId,
    deviceName: record.name,
    at: at(),
    expected,
    found,
    serialChanged: serial !== null,
    readBack,
    message: noticeMessage(record.name, expected, found, serial, readBack),
    reason: noticeReason(record.name, expected, found, serial !== null, readBack),
  }
  ctx.audit(
    'holdings.mismatch',
    `device:${deviceId}`,
    { expected, found, serial, readBack },
    'station',
  )
  ctx.logger.warn(notice.message, { deviceId })
  ctx.bus.emit('holdings.notice', notice)
  return { deviceId, notice }
}
