// A terminal as the store keeps it, for tests that put one straight into a store (no simulator
// behind it): a loopback-free documentation address, no capabilities, nothing seen yet.
import type { DeviceRecord } from '../../src/main/store/devices-repo'
import type { DeviceCapabilitySummary } from '@shared/model'

const AT = '2026-01-01T00:00:00.000Z'

export const deviceRecord = (
  over: Partial<DeviceRecord> & Pick<DeviceRecord, 'id'>,
): DeviceRecord => ({
  name: over.id,
  host: '192.0.2.7',
  port: 80,
  protocol: 'http',
  username: 'admin',
  secretSealed: Buffer.from([0]),
  site: '',
  model: '',
  serialNumber: '',
  firmwareVersion: '',
  capabilities: null,
  tlsFingerprint: null,
  lastSeenAt: null,
  createdAt: AT,
  updatedAt: AT,
  ...over,
})

/** What a terminal can hold and capture, as the store keeps it: a card terminal unless `over` says more. */
export const capabilitySummary = (
  over: Partial<DeviceCapabilitySummary> = {},
): DeviceCapabilitySummary => ({
  card: true,
  fingerprint: false,
  face: false,
  iris: false,
  captureCard: false,
  captureFingerprint: false,
  captureFace: false,
  captureIris: false,
  maxPersons: null,
  maxCards: null,
  maxFaces: null,
  maxFingerprints: null,
  employeeNoMaxLength: 32,
  employeeNoCharacters: 'any',
  nameMaxBytes: 128,
  doors: 1,
  fullDelete: true,
  ...over,
})
