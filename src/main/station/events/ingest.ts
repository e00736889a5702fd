// One way in for every event, whatever brought it (alertStream, listening host, backfill):
// normalised, stored once per (device, serial number), and pushed to the UI only when new.
import type { AcsEventRecord } from '../../isapi'
import type { EventHealth } from '@shared/model'
import type { EventInput, EventSource } from '../../store/events-repo'
import type { StationContext } from '../context'
import { maskIdNumber } from './id-card'
import { grantedOf, storedKind, syntheticSerial, timeMsOf, verifyModeOf } from './classify'

export interface Ingested {
  serialNo: number
  isNew: boolean
  /** Still waiting for its picture (fetch it). */
  pictureExpected: boolean
  /** Its serial number belonged to another stored event (the terminal's numbering restarted). */
  renumbered?: boolean
}

const RAW_LIMIT = 16 * 1024

/** Mask and temperature as the event carried them; null when it says nothing of either. */
function healthOf(e: AcsEventRecord): EventHealth | null {
  const mask = e.mask !== undefined && e.mask !== 'unknown' ? e.mask : null
  if (mask === null && e.temperature === undefined) return null
  return {
    mask,
    temperature: e.temperature ?? null,
    temperatureUnit: e.temperatureUnit ?? null,
    temperatureAbnormal: e.temperatureAbnormal ?? null,
  }
}

/** The masked ID card number: from the notification (id-card.ts) or a log entry's IDCardInfo. */
function idCardOf(e: AcsEventRecord): { idCardNo?: string } {
  if (e.idCardNo !== undefined) return { idCardNo: e.idCardNo }
  const card = e.raw.IDCardInfo
  const no =
    typeof card === 'object' &&
    card !== null &&
    'IDCardNo' in card &&
    typeof card.IDCardNo === 'string'
      ? card.IDCardNo
      : ''
  return no ? { idCardNo: maskIdNumber(no) } : {}
}

function rawJson(e: AcsEventRecord): string {
  // an ID card's data (name, birth, address, full number) is never stored (events/id-card.ts)
  const { IDCardInfo: _idCard, ...raw } = e.raw
  void _idCard
  const text = JSON.stringify(raw)
  return text.length <= RAW_LIMIT
    ? text
    : JSON.stringify({ truncated: true, major: e.major, minor: e.minor })
}

export function toInput(
  deviceId: string,
  e: AcsEventRecord,
  source: EventSource,
  picture: Buffer | undefined,
  now: Date,
  /** Whether the record is (or was completed from) the log entry, so no pictureURL means none. */
  checked: boolean,
): EventInput {
  const receivedAt = now.toISOString()
  const time = e.time ?? receivedAt
  const announced = (e.picturesNumber ?? 0) > 0 || e.pictureURL !== undefined
  const pictureExpected = !picture && (announced || (!checked && e.kind === 'access'))
  return {
    deviceId,
    serialNo: e.serialNo ?? syntheticSerial(e, time),
    time,
    timeMs: timeMsOf(e.time, now.getTime()),
    major: e.major,
    minor: e.minor,
    kind: storedKind(e),
    employeeNo: e.employeeNo ?? null,
    name: e.name ?? null,
    cardNo: e.cardNo ?? null,
    doorNo: e.doorNo ?? null,
    verifyMode: verifyModeOf(e.currentVerifyMode),
    health: healthOf(e),
    granted: grantedOf(e.major, e.minor),
    pictureUrl: e.pictureURL ?? null,
    picture: picture ? { contentType: 'image/jpeg', data: picture } : null,
    pictureExpected,
    source,
    receivedAt,
    raw: rawJson(e),
    ...idCardOf(e),
  }
}

export function createIngest(ctx: StationContext) {
  const { store } = ctx
  const ownerOf = (input: EventInput) => {
    if (input.employeeNo !== null || input.cardNo === null) return {}
    const owner = store.events.cardOwner(input.cardNo)
    return owner ? { cardOwner: owner } : {}
  }
  const announce = (input: EventInput, e: AcsEventRecord): void =>
    ctx.bus.emit('event.access', {
      id: `${input.deviceId}:${input.serialNo}`,
      deviceId: input.deviceId,
      serialNo: input.serialNo,
      time: input.time,
      major: input.major,
      minor: input.minor,
      employeeNo: input.employeeNo,
      name: input.name,
      cardNo: input.cardNo,
      doorNo: input.doorNo,
      verifyMode: input.verifyMode,
      ...(input.health ? { health: input.health } : {}),
      ...(input.idCardNo ? { idCardNo: input.idCardNo } : {}),
      kind: input.kind,
      granted: input.granted,
      hasPicture:
        input.picture !== null || input.pictureUrl !== null || (e.picturesNumber ?? 0) > 0,
      pictureRemoved: false,
      ...ownerOf(input),
    })
  return {
    /** Whether this event is already stored (no need to complete it). */
    known: (deviceId: string, e: AcsEventRecord): boolean =>
      e.serialNo !== undefined && store.events.ref(deviceId, e.serialNo) !== null,
    /** Stores the event if it is new; pushes 'event.access' for new ones only. */
    event(
      deviceId: string,
      e: AcsEventRecord,
      source: EventSource,
      picture?: Buffer,
      checked = source === 'backfill',
      push = true,
    ): Ingested {
      const input = toInput(deviceId, e, source, picture, ctx.clock.now(), checked)
      const rowId = store.events.insert(input)
      if (rowId !== null) {
        if (push) announce(input, e)
        return { serialNo: input.serialNo, isNew: true, pictureExpected: input.pictureExpected }
      }
      if (input.serialNo <= 0 || store.events.sameEvent(input)) {
        // a duplicate may still bring the picture we were missing
        const ref = picture ? store.events.ref(deviceId, input.serialNo) : null
        if (ref && picture && ref.pictureState !== 'stored')
          store.events.storePicture(ref.rowId, 'image/jpeg', picture)
        return { serialNo: input.serialNo, isNew: false, pictureExpected: false }
      }
      // The serial number is taken by a different event: the terminal's numbering restarted
      // (factory reset, replaced unit). The event is kept under a content key, never dropped.
      const rekeyed = { ...input, serialNo: syntheticSerial(e, input.time) }
      const isNew = store.events.insert(rekeyed) !== null
      if (isNew && push) announce(rekeyed, e)
      return {
        serialNo: input.serialNo,
        isNew,
        pictureExpected: isNew && rekeyed.pictureExpected,
        renumbered: true,
      }
    },
  }
}

export type Ingest = ReturnType<typeof createIngest>
