import type { Database } from 'better-sqlite3'
import {
  CARD_ENTRY,
  FINGERPRINT_ENTRY,
  IRIS_ENTRY,
  entriesText,
  type HeldCard,
  type HeldFingerprint,
  type HeldIris,
} from './holding-entries'

/** What a device holds for one person, as hashes (see station/apply/hash.ts). */
export interface Holding {
  employeeNo: string
  personHash: string
  /** Sorted by card number (holding-entries.ts). */
  cards: HeldCard[]
  faceHash: string | null
  /** Sorted by finger number. */
  fingerprints: HeldFingerprint[]
  /** Sorted by eye. */
  irises: HeldIris[]
}

/** A holding's lists as device_holdings stores them: JSON text of sorted entries. */
export interface HoldingListsText {
  cards: string
  fingerprints: string
  irises: string
}

/** The one way a holding's lists become text (stored, and compared by the apply-state pass). */
export const holdingListsText = (
  h: Pick<Holding, 'cards' | 'fingerprints' | 'irises'>,
): HoldingListsText => ({
  cards: entriesText(CARD_ENTRY, h.cards),
  fingerprints: entriesText(FINGERPRINT_ENTRY, h.fingerprints),
  irises: entriesText(IRIS_ENTRY, h.irises),
})

interface Row {
  employee_no: string
  person_hash: string
  cards: string
  face_hash: string | null
  fingerprints: string
  irises: string
}

const fromRow = (r: Row): Holding => ({
  employeeNo: r.employee_no,
  personHash: r.person_hash,
  cards: JSON.parse(r.cards) as HeldCard[],
  faceHash: r.face_hash,
  fingerprints: JSON.parse(r.fingerprints) as HeldFingerprint[],
  irises: JSON.parse(r.irises) as HeldIris[],
})

export function holdingsRepo(db: Database) {
  const ofDevice = db.prepare<[string], Row>('SELECT * FROM device_holdings WHERE device_id = ?')
  const ofDeviceFor = db.prepare<{ deviceId: string; list: string }, Row>(
    'SELECT * FROM device_holdings WHERE device_id = @deviceId AND employee_no IN (SELECT value FROM json_each(@list))',
  )
  const keysOf = db
    .prepare<[string], string>('SELECT employee_no FROM device_holdings WHERE device_id = ?')
    .pluck()
  const one = db.prepare<[string, string], Row>(
    'SELECT * FROM device_holdings WHERE device_id = ? AND employee_no = ?',
  )
  const put = db.prepare(`
    INSERT INTO device_holdings (device_id, employee_no, person_hash, cards, face_hash, fingerprints, irises, updated_at)
    VALUES (@deviceId, @employeeNo, @personHash, @cards, @faceHash, @fingerprints, @irises, @at)
    ON CONFLICT (device_id, employee_no) DO UPDATE SET person_hash = excluded.person_hash, cards = excluded.cards,
      face_hash = excluded.face_hash, fingerprints = excluded.fingerprints, irises = excluded.irises, updated_at = excluded.updated_at`)
  const byPerson = db.prepare<[string], { device_id: string }>(
    'SELECT device_id FROM device_holdings WHERE employee_no = ?',
  )
  const remove = db.prepare<[string, string]>(
    'DELETE FROM device_holdings WHERE device_id = ? AND employee_no = ?',
  )
  const counts = db.prepare<
    [string],
    { persons: number; cards: number | null; faces: number | null; fingerprints: number | null }
  >(`SELECT count(*) AS persons, sum(json_array_length(cards)) AS cards,
            sum(face_hash IS NOT NULL) AS faces, sum(json_array_length(fingerprints) > 0) AS fingerprints
     FROM device_holdings WHERE device_id = ?`)
  const clear = db.prepare<[string]>('DELETE FROM device_holdings WHERE device_id = ?')
  const repo = {
    /** What the station believes the terminal holds, counted as terminals count it. */
    countsOf(deviceId: string) {
      const c = counts.get(deviceId)!
      return {
        persons: c.persons,
        cards: c.cards ?? 0,
        faces: c.faces ?? 0,
        fingerprints: c.fingerprints ?? 0,
      }
    },
    /** Everything the terminal holds, replaced at once (after a read-back of the terminal). */
    replaceDevice(deviceId: string, holdings: Holding[], at: string): void {
      db.transaction(() => {
        clear.run(deviceId)
        for (const h of holdings) repo.put(deviceId, h, at)
      })()
    },
    ofDevice: (deviceId: string): Map<string, Holding> =>
      new Map(ofDevice.all(deviceId).map((r) => [r.employee_no, fromRow(r)])),
    /** Whom the terminal holds: employee numbers only (a planner pages through them). */
    employeeNosOf: (deviceId: string): string[] => keysOf.all(deviceId),
    /** What the terminal holds of the listed persons. */
    ofDeviceFor: (deviceId: string, employeeNos: readonly string[]): Map<string, Holding> =>
      new Map(
        ofDeviceFor
          .all({ deviceId, list: JSON.stringify(employeeNos) })
          .map((r) => [r.employee_no, fromRow(r)]),
      ),
    /** The terminals that hold something of this person. */
    devicesOf: (employeeNo: string): { deviceId: string }[] =>
      byPerson.all(employeeNo).map((r) => ({ deviceId: r.device_id })),
    get(deviceId: string, employeeNo: string): Holding | undefined {
      const r = one.get(deviceId, employeeNo)
      return r ? fromRow(r) : undefined
    },
    put(deviceId: string, h: Holding, at: string): void {
      put.run({
        deviceId,
        employeeNo: h.employeeNo,
        personHash: h.personHash,
        faceHash: h.faceHash,
        ...holdingListsText(h),
        at,
      })
    },
    remove: (deviceId: string, employeeNo: string): void => void remove.run(deviceId, employeeNo),
  }
  return repo
}
