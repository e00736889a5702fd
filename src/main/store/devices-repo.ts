import type { Database } from 'better-sqlite3'
import type { DeviceCapabilitySummary, DeviceProtocol } from '@shared/model'

/** A device as stored: the password stays sealed; the station's secret box opens it. */
export interface DeviceRecord {
  id: string
  name: string
  host: string
  port: number
  protocol: DeviceProtocol
  username: string
  secretSealed: Buffer
  site: string
  model: string
  serialNumber: string
  firmwareVersion: string
  capabilities: DeviceCapabilitySummary | null
  tlsFingerprint: string | null
  lastSeenAt: string | null
  createdAt: string
  updatedAt: string
}

interface DeviceRow {
  id: string
  name: string
  host: string
  port: number
  protocol: DeviceProtocol
  username: string
  secret: Buffer
  site: string
  model: string
  serial_number: string
  firmware_version: string
  capabilities: string | null
  tls_fingerprint: string | null
  last_seen_at: string | null
  created_at: string
  updated_at: string
}

const fromRow = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  name: r.name,
  host: r.host,
  port: r.port,
  protocol: r.protocol,
  username: r.username,
  secretSealed: r.secret,
  site: r.site,
  model: r.model,
  serialNumber: r.serial_number,
  firmwareVersion: r.firmware_version,
  capabilities: r.capabilities ? (JSON.parse(r.capabilities) as DeviceCapabilitySummary) : null,
  tlsFingerprint: r.tls_fingerprint,
  lastSeenAt: r.last_seen_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export function devicesRepo(db: Database) {
  const upsert = db.prepare(`
    INSERT INTO devices (id, name, host, port, protocol, username, secret, site, model, serial_number, firmware_version,
                         capabilities, tls_fingerprint, last_seen_at, created_at, updated_at)
    VALUES (@id, @name, @host, @port, @protocol, @username, @secretSealed, @site, @model, @serialNumber, @firmwareVersion,
            @capabilities, @tlsFingerprint, @lastSeenAt, @createdAt, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, host = excluded.host, port = excluded.port, protocol = excluded.protocol,
      username = excluded.username, secret = excluded.secret, site = excluded.site, model = excluded.model,
      serial_number = excluded.serial_number, firmware_version = excluded.firmware_version, capabilities = excluded.capabilities,
      tls_fingerprint = excluded.tls_fingerprint, last_seen_at = excluded.last_seen_at, updated_at = excluded.updated_at`)
  const all = db.prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY site, name, id')
  const byId = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?')
  const byAddress = db.prepare<[string, number], DeviceRow>(
    'SELECT * FROM devices WHERE host = ? AND port = ?',
  )
  const remove = db.prepare<[string]>('DELETE FROM devices WHERE id = ?')
  const seen = db.prepare<[string, string]>('UPDATE devices SET last_seen_at = ? WHERE id = ?')

  return {
    put(d: DeviceRecord): void {
      upsert.run({ ...d, capabilities: d.capabilities ? JSON.stringify(d.capabilities) : null })
    },
    list: (): DeviceRecord[] => all.all().map(fromRow),
    get(id: string): DeviceRecord | undefined {
      const row = byId.get(id)
      return row ? fromRow(row) : undefined
    },
    byAddress(host: string, port: number): DeviceRecord | undefined {
      const row = byAddress.get(host, port)
      return row ? fromRow(row) : undefined
    },
    remove: (id: string): boolean => remove.run(id).changes > 0,
    markSeen: (id: string, at: string): void => void seen.run(at, id),
  }
}
