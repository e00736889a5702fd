import type { Database } from 'better-sqlite3'
import type { AccessEvent, EventHealth } from '@shared/model'
import { eventNameMatcher, type NameMatch } from './event-names'
import { eventsPruneRepo } from './events-prune-repo'

export type EventSource = 'alertStream' | 'listening' | 'backfill'
export type StoredKind = 'access' | 'door' | 'alarm' | 'other'
export type PictureState = 'none' | 'pending' | 'stored' | 'failed'

export interface EventInput {
  deviceId: string
  serialNo: number
  time: string
  timeMs: number
  major: number
  minor: number
  kind: StoredKind
  employeeNo: string | null
  name: string | null
  cardNo: string | null
  doorNo: number | null
  verifyMode: string | null
  /** Health screening as measured (absent: the event says nothing of it). */
  health?: EventHealth | null
  granted: boolean | null
  pictureUrl: string | null
  /** A picture that came with the event (alertStream / push). */
  picture: { contentType: string; data: Buffer } | null
  /** Whether the device announced a picture we do not have yet. */
  pictureExpected: boolean
  source: EventSource
  receivedAt: string
  raw: string
  /** Masked ID card number of an ID card read (station/events/id-card.ts). */
  idCardNo?: string | null
}

export interface EventQuery {
  deviceId?: string
  employeeNo?: string
  /** Part of the person's name (case-insensitive): as the event carried it, or the roster's. */
  name?: string
  /** The person's employee number exactly, or part of their name. */
  person?: string
  fromMs?: number
  toMs?: number
  kinds?: StoredKind[]
  granted?: boolean
}

export interface EventRef {
  rowId: number
  deviceId: string
  serialNo: number
  pictureState: PictureState
  pictureUrl: string | null
}

interface Row {
  device_id: string
  serial_no: number
  time: string
  major: number
  minor: number
  employee_no: string | null
  name: string | null
  card_no: string | null
  door_no: number | null
  verify_mode: string | null
  kind: StoredKind
  granted: number | null
  picture_state: PictureState
  picture_url: string | null
  picture_removed_at: string | null
  owner_no: string | null
  owner_name: string | null
  mask: string | null
  temperature: number | null
  temperature_unit: string | null
  temperature_abnormal: number | null
  id_card_no: string | null
}

/** The roster person who owns the event's card, for events that name no person (a denied card). */
const OWNER = `FROM cards c JOIN persons p ON p.employee_no = c.employee_no
  WHERE c.card_no = events.card_no AND events.employee_no IS NULL`

const COLUMNS = `device_id, serial_no, time, major, minor, employee_no, name, card_no, door_no, verify_mode,
  kind, granted, picture_state, picture_url, picture_removed_at,
  mask, temperature, temperature_unit, temperature_abnormal, id_card_no,
  (SELECT p.employee_no ${OWNER}) AS owner_no, (SELECT p.name ${OWNER}) AS owner_name`

export const eventId = (deviceId: string, serialNo: number): string => `${deviceId}:${serialNo}`

const toEvent = (r: Row): AccessEvent => ({
  id: eventId(r.device_id, r.serial_no),
  deviceId: r.device_id,
  serialNo: r.serial_no,
  time: r.time,
  major: r.major,
  minor: r.minor,
  employeeNo: r.employee_no,
  name: r.name,
  cardNo: r.card_no,
  doorNo: r.door_no,
  verifyMode: r.verify_mode,
  kind: r.kind,
  granted: r.granted === null ? null : r.granted === 1,
  hasPicture:
    r.picture_state === 'stored' || (r.picture_state !== 'none' && r.picture_url !== null),
  pictureRemoved: r.picture_removed_at !== null,
  ...(r.owner_no !== null && r.owner_name !== null
    ? { cardOwner: { employeeNo: r.owner_no, name: r.owner_name } }
    : {}),
  ...(r.mask !== null || r.temperature !== null
    ? {
        health: {
          mask: r.mask,
          temperature: r.temperature,
          temperatureUnit: r.temperature_unit,
          temperatureAbnormal:
            r.temperature_abnormal === null ? null : r.temperature_abnormal === 1,
        },
      }
    : {}),
  ...(r.id_card_no !== null ? { idCardNo: r.id_card_no } : {}),
})

/** The WHERE clause; name and person filters come resolved to the persons and names they match. */
function where(q: EventQuery, named: NameMatch[] = []): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  const add = (sql: string, value: unknown) => {
    parts.push(sql)
    params.push(value)
  }
  if (q.deviceId !== undefined) add('device_id = ?', q.deviceId)
  if (q.employeeNo !== undefined) add('employee_no = ?', q.employeeNo)
  for (const match of named) {
    const either: string[] = []
    if (match.employeeNos.length > 0) {
      either.push('employee_no IN (SELECT value FROM json_each(?))')
      params.push(JSON.stringify(match.employeeNos))
    }
    if (match.names.length > 0) {
      either.push('(employee_no IS NULL AND name IN (SELECT value FROM json_each(?)))')
      params.push(JSON.stringify(match.names))
    }
    parts.push(either.length > 0 ? `(${either.join(' OR ')})` : '0')
  }
  if (q.fromMs !== undefined) add('time_ms >= ?', q.fromMs)
  if (q.toMs !== undefined) add('time_ms < ?', q.toMs)
  if (q.granted !== undefined) add('granted = ?', q.granted ? 1 : 0)
  if (q.kinds !== undefined && q.kinds.length > 0) {
    parts.push(`kind IN (${q.kinds.map(() => '?').join(', ')})`)
    params.push(...q.kinds)
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params }
}

export function eventsRepo(db: Database) {
  const cardOwner = db.prepare<[string], { employeeNo: string; name: string }>(
    `SELECT p.employee_no AS employeeNo, p.name FROM cards c JOIN persons p ON p.employee_no = c.employee_no
     WHERE c.card_no = ?`,
  )
  const insert = db.prepare(`
    INSERT INTO events (device_id, serial_no, time, time_ms, major, minor, kind, employee_no, name,
      card_no, door_no, verify_mode, granted, picture_url, picture_state, picture_bytes, source,
      received_at, raw, mask, temperature, temperature_unit, temperature_abnormal, id_card_no)
    VALUES (@deviceId, @serialNo, @time, @timeMs, @major, @minor, @kind, @employeeNo, @name,
      @cardNo, @doorNo, @verifyMode, @granted, @pictureUrl, @pictureState, @pictureBytes, @source,
      @receivedAt, @raw, @mask, @temperature, @temperatureUnit, @temperatureAbnormal, @idCardNo)
    ON CONFLICT (device_id, serial_no) DO NOTHING`)
  const putPicture = db.prepare<[number, string, Buffer]>(
    'INSERT OR REPLACE INTO event_pictures (event_id, content_type, data) VALUES (?, ?, ?)',
  )
  const setState = db.prepare<[PictureState, number]>(
    'UPDATE events SET picture_state = ? WHERE id = ?',
  )
  const setStored = db.prepare<[number, number]>(
    "UPDATE events SET picture_state = 'stored', picture_bytes = ?, picture_removed_at = NULL WHERE id = ?",
  )
  const matchName = eventNameMatcher(db)
  const whereOf = (q: EventQuery) =>
    where(q, [
      ...(q.name !== undefined ? [matchName(q.name)] : []),
      ...(q.person !== undefined ? [matchName(q.person, true)] : []),
    ])
  const setUrl = db.prepare<[string, number]>('UPDATE events SET picture_url = ? WHERE id = ?')
  const fill = db.prepare<[number | null, string | null, number]>(
    'UPDATE events SET door_no = COALESCE(door_no, ?), card_no = COALESCE(card_no, ?) WHERE id = ?',
  )
  const ref = db.prepare<[string, number], Omit<EventRef, 'deviceId' | 'serialNo'>>(
    'SELECT id AS rowId, picture_state AS pictureState, picture_url AS pictureUrl FROM events WHERE device_id = ? AND serial_no = ?',
  )
  const picture = db.prepare<[number], { contentType: string; data: Buffer }>(
    'SELECT content_type AS contentType, data FROM event_pictures WHERE event_id = ?',
  )
  const pending = db.prepare<
    [string, number],
    { rowId: number; serialNo: number; pictureUrl: string | null }
  >(
    "SELECT id AS rowId, serial_no AS serialNo, picture_url AS pictureUrl FROM events WHERE device_id = ? AND picture_state = 'pending' ORDER BY id LIMIT ?",
  )
  const maxSerial = db.prepare<[string], { s: number | null }>(
    'SELECT MAX(serial_no) AS s FROM events WHERE device_id = ? AND serial_no > 0',
  )
  const identity = db.prepare<[string, number], { major: number; minor: number; timeMs: number }>(
    'SELECT major, minor, time_ms AS timeMs FROM events WHERE device_id = ? AND serial_no = ?',
  )
  const resetCursor = db.prepare<[string, number, string | null, string]>(
    `INSERT OR REPLACE INTO event_cursors (device_id, last_serial, last_time, updated_at)
     VALUES (?, ?, ?, ?)`,
  )
  const lastAt = db.prepare<[string], { t: string | null }>(
    'SELECT received_at AS t FROM events WHERE device_id = ? ORDER BY time_ms DESC LIMIT 1',
  )

  const lastEvent = db.prepare<[string], { time: string }>(
    'SELECT time FROM events WHERE device_id = ? ORDER BY time_ms DESC LIMIT 1',
  )
  const cursor = db.prepare<[string], { s: number }>(
    'SELECT last_serial AS s FROM event_cursors WHERE device_id = ?',
  )
  const setCursor = db.prepare<[string, number, string | null, string]>(
    `INSERT INTO event_cursors (device_id, last_serial, last_time, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET last_serial = MAX(last_serial, excluded.last_serial),
       last_time = COALESCE(excluded.last_time, last_time), updated_at = excluded.updated_at`,
  )

  return {
    /** Stores an event unless (device, serial) is already known; the row id when new. */
    insert(e: EventInput): number | null {
      return db.transaction(() => {
        const state: PictureState = e.picture ? 'stored' : e.pictureExpected ? 'pending' : 'none'
        const r = insert.run({
          ...e,
          granted: e.granted === null ? null : e.granted ? 1 : 0,
          pictureState: state,
          pictureBytes: e.picture ? e.picture.data.length : null,
          picture: undefined,
          pictureExpected: undefined,
          health: undefined,
          idCardNo: e.idCardNo ?? null,
          mask: e.health?.mask ?? null,
          temperature: e.health?.temperature ?? null,
          temperatureUnit: e.health?.temperatureUnit ?? null,
          temperatureAbnormal:
            e.health?.temperatureAbnormal === undefined || e.health.temperatureAbnormal === null
              ? null
              : e.health.temperatureAbnormal
                ? 1
                : 0,
        })
        if (r.changes === 0) return null
        const rowId = Number(r.lastInsertRowid)
        if (e.picture) putPicture.run(rowId, e.picture.contentType, e.picture.data)
        return rowId
      })()
    },
    /** Whether the stored event with this serial is this event (same type, same time). */
    sameEvent(
      e: Pick<EventInput, 'deviceId' | 'serialNo' | 'major' | 'minor' | 'timeMs'>,
    ): boolean {
      const r = identity.get(e.deviceId, e.serialNo)
      return !r || (r.major === e.major && r.minor === e.minor && r.timeMs === e.timeMs)
    },
    ref(deviceId: string, serialNo: number): EventRef | null {
      const r = ref.get(deviceId, serialNo)
      return r ? { ...r, deviceId, serialNo } : null
    },
    /** Keeps the picture of a stored event (none for an event removed meanwhile). */
    storePicture(rowId: number, contentType: string, data: Buffer): void {
      db.transaction(() => {
        if (setStored.run(data.length, rowId).changes > 0) putPicture.run(rowId, contentType, data)
      })()
    },
    setPictureState: (rowId: number, state: PictureState): void => void setState.run(state, rowId),
    setPictureUrl: (rowId: number, url: string): void => void setUrl.run(url, rowId),
    /** Door and card from the log entry, where the alarm message left them out. */
    fillFromLog: (rowId: number, doorNo: number | null, cardNo: string | null): void =>
      void fill.run(doorNo, cardNo, rowId),
    picture: (rowId: number) => picture.get(rowId) ?? null,
    /** The roster person holding a card, if any. */
    cardOwner: (cardNo: string): { employeeNo: string; name: string } | null =>
      cardOwner.get(cardNo) ?? null,
    pendingPictures: (deviceId: string, limit = 20) => pending.all(deviceId, limit),
    maxSerial: (deviceId: string): number | null => maxSerial.get(deviceId)?.s ?? null,
    lastReceivedAt: (deviceId: string): string | null => lastAt.get(deviceId)?.t ?? null,

    search(q: EventQuery, offset: number, limit: number): { total: number; items: AccessEvent[] } {
      const w = whereOf(q)
      const total = (
        db.prepare(`SELECT COUNT(*) AS n FROM events ${w.sql}`).get(...w.params) as { n: number }
      ).n
      const rows = db
        .prepare(
          `SELECT ${COLUMNS} FROM events ${w.sql} ORDER BY time_ms DESC, id DESC LIMIT ? OFFSET ?`,
        )
        .all(...w.params, limit, offset) as Row[]
      return { total, items: rows.map(toEvent) }
    },
    /** Matching events oldest first, streamed (for export). */
    *iterate(q: EventQuery, max: number): Generator<AccessEvent> {
      const w = whereOf(q)
      const stmt = db.prepare(`SELECT ${COLUMNS} FROM events ${w.sql} ORDER BY time_ms, id LIMIT ?`)
      for (const r of stmt.iterate(...w.params, max) as IterableIterator<Row>) yield toEvent(r)
    },
    /** Passes and denials per UTC hour (hour start in ms). */
    perHour(q: EventQuery): { hourMs: number; granted: number; denied: number }[] {
      const w = whereOf({ ...q, kinds: undefined })
      const rows = db
        .prepare(
          `SELECT (time_ms / 3600000) * 3600000 AS hourMs,
             SUM(granted = 1) AS granted, SUM(granted = 0) AS denied
           FROM events ${w.sql} ${w.sql ? 'AND' : 'WHERE'} granted IS NOT NULL
           GROUP BY 1 ORDER BY 1`,
        )
        .all(...w.params) as { hourMs: number; granted: number; denied: number }[]
      return rows
    },

    cursor: (deviceId: string): number | null => cursor.get(deviceId)?.s ?? null,
    /** When the terminal's newest stored event happened (its own clock). */
    lastEventTime: (deviceId: string): string | null => lastEvent.get(deviceId)?.time ?? null,
    setCursor(deviceId: string, serial: number, time: string | null, at: string): void {
      setCursor.run(deviceId, serial, time, at)
    },

    /** Moves the cursor back (the terminal's numbering restarted). */
    resetCursor(deviceId: string, serial: number, time: string | null, at: string): void {
      resetCursor.run(deviceId, serial, time, at)
    },

    /** Retention: old events, the picture cache's size and oldest pictures. */
    prune: eventsPruneRepo(db),

    slots(): ListeningSlot[] {
      return db
        .prepare(
          'SELECT device_id AS deviceId, slot, url, address, port, configured_at AS configuredAt FROM listening_slots',
        )
        .all() as ListeningSlot[]
    },
    putSlot(s: ListeningSlot): void {
      db.prepare(
        `INSERT OR REPLACE INTO listening_slots (device_id, slot, url, address, port, configured_at)
         VALUES (@deviceId, @slot, @url, @address, @port, @configuredAt)`,
      ).run(s)
    },
  }
}

export interface ListeningSlot {
  deviceId: string
  slot: string
  url: string
  address: string
  port: number
  configuredAt: string
}
