// What the station knows about a terminal beyond its stored record: the outcome of the last
// login check (health, reason, unlock time, clock drift), and how a record is shown.
import {
  isIsapiError,
  type DeviceCapabilities,
  type DeviceInfo,
  type IsapiClient,
} from '../../isapi'
import type { Obj } from '../../isapi/codec/read'
import type { Device, DeviceHealth } from '@shared/model'
import type { AppFailure } from '@shared/result'
import type { DeviceRecord } from '../../store/devices-repo'
import { summariseCapabilities } from './capability-summary'
import { driftSeconds } from './device-time'

export interface LiveState {
  health: DeviceHealth
  reason: string | null
  /** The reason's code (AppError code), when the reason came from a failure. */
  code?: string
  unlockAt: string | null
  clockDriftSeconds: number | null
}

export interface Probe {
  info: DeviceInfo
  capabilities: DeviceCapabilities
  /** System DeviceCap; undefined when the terminal does not serve it. */
  deviceCap?: Obj
  clockDriftSeconds: number | null
}

export const UNKNOWN: LiveState = {
  health: 'unknown',
  reason: null,
  unlockAt: null,
  clockDriftSeconds: null,
}

const HEALTH_BY_CODE: Partial<Record<string, DeviceHealth>> = {
  AUTH_FAILED: 'authFailed',
  DEVICE_LOCKED: 'locked',
  NOT_ACTIVATED: 'notActivated',
  OFFLINE: 'offline',
  TIMEOUT: 'offline',
  CERT_CHANGED: 'offline',
}

/** Whether an error code says something about the terminal's health (not just one request). */
export const affectsHealth = (code: string): boolean => HEALTH_BY_CODE[code] !== undefined

export function failureState(failure: AppFailure): LiveState {
  return {
    health: HEALTH_BY_CODE[failure.code] ?? 'offline',
    reason: failure.message,
    code: failure.code,
    unlockAt: typeof failure.details?.unlockAt === 'string' ? failure.details.unlockAt : null,
    clockDriftSeconds: null,
  }
}

export const sameState = (a: LiveState | undefined, b: LiveState): boolean =>
  a !== undefined &&
  a.health === b.health &&
  a.reason === b.reason &&
  a.code === b.code &&
  a.unlockAt === b.unlockAt &&
  a.clockDriftSeconds === b.clockDriftSeconds

/** One authenticated call first (deviceInfo): if the password is wrong, nothing else is sent. */
export async function probe(client: IsapiClient, now: () => Date): Promise<Probe> {
  const info = await client.system.deviceInfo()
  const capabilities = await client.system.capabilities()
  const deviceCap = await client.system.systemCapabilities().catch((e: unknown) => {
    if (isIsapiError(e) && (e.code === 'DEVICE_ERROR' || e.code === 'BAD_RESPONSE'))
      return undefined
    throw e
  })
  let clockDriftSeconds: number | null = null
  try {
    const time = await client.system.getTime()
    const deviceMs = Date.parse(time.localTime)
    if (Number.isFinite(deviceMs)) clockDriftSeconds = driftSeconds(deviceMs, now().getTime())
  } catch {
    // a terminal that hides its clock still works
  }
  return { info, capabilities, ...(deviceCap ? { deviceCap } : {}), clockDriftSeconds }
}

export function withProbe(record: DeviceRecord, p: Probe, at: Date): DeviceRecord {
  return {
    ...record,
    model: p.info.model,
    serialNumber: p.info.serialNumber,
    firmwareVersion: p.info.firmwareVersion,
    capabilities: summariseCapabilities(p.capabilities, p.deviceCap),
    lastSeenAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
}

export function toDevice(
  r: DeviceRecord,
  state: LiveState = UNKNOWN,
  lastEventAt: string | null = null,
): Device {
  return {
    id: r.id,
    name: r.name,
    host: r.host,
    port: r.port,
    protocol: r.protocol,
    username: r.username,
    site: r.site,
    model: r.model,
    serialNumber: r.serialNumber,
    firmwareVersion: r.firmwareVersion,
    health: state.health,
    healthReason: state.reason,
    healthCode: state.code ?? null,
    unlockAt: state.unlockAt,
    lastSeenAt: r.lastSeenAt,
    lastEventAt,
    clockDriftSeconds: state.clockDriftSeconds,
    capabilities: r.capabilities,
    tlsFingerprint: r.tlsFingerprint,
    createdAt: r.createdAt,
  }
}
