// A terminal as the store keeps it, for tests that put one straight into a store (no simulator
// behind it): a loopback-free documentation address, no capabilities, nothing seen yet.
import type { DeviceRecord } from '../../src/main/store/devices-repo'

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
