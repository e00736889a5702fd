// Reads and writes behind the maintained per-person apply state (station/apply/apply-state.ts):
// bulk reads for a batch of persons (persons, credentials, holdings, latest failures), never one
// query per person; the state column on persons; the latest failed attempt per person and
// terminal. A batch is one statement per table: a list travels as a JSON array (json_each); a
// full pass reads employeeNo ranges, which walk the indexes in order instead of probing them.
import type { Database } from 'better-sqlite3'
import type { ApplyStateCounts, PersonApplyState } from '@shared/model'
import { personFromRow, type PersonRecord, type PersonRow } from './persons-repo'
import type { CredentialRows } from './roster-snapshot-repo'

/** The latest attempt for a person on a terminal, when it failed. */
export interface LatestFailure {
  employeeNo: string
  deviceId: string
  jobId: string
  errorCode: string | null
  reason: string | null
  updatedAt: string
}

/** A holding as device_holdings stores it: lists as JSON text of sorted entries. */
export interface HoldingText {
  personHash: string
  cards: string
  faceHash: string | null
  fingerprints: string
  irises: string
  updatedAt: string
}

/** A roster person with their stored state. */
export interface PersonWithState {
  record: PersonRecord
  state: PersonApplyState | null
}

type StateRow = PersonRow & { apply_state: PersonApplyState | null }

/** Which persons a bulk read covers: a list, or every employeeNo in [from, to] (a full pass). */
export type PersonSelection = { list: readonly string[] } | { from: string; to: string }

const IN_LIST = 'IN (SELECT value FROM json_each(@list))'
const IN_RANGE = 'BETWEEN @from AND @to'

const bind = (s: PersonSelection): Record<string, string> =>
  'list' in s ? { list: JSON.stringify(s.list) } : { from: s.from, to: s.to }

export function applyStateRepo(db: Database) {
  /** One statement per way of selecting persons: `%` stands for the employee_no condition. */
  const both = <R>(sql: string) => {
    const list = db.prepare<Record<string, string>, R>(sql.replaceAll('%', IN_LIST))
    const range = db.prepare<Record<string, string>, R>(sql.replaceAll('%', IN_RANGE))
    return (s: PersonSelection, extra: Record<string, string> = {}): R[] =>
      ('list' in s ? list : range).all({ ...bind(s), ...extra })
  }
  const personsAfter = db.prepare<[string, number], StateRow>(
    'SELECT * FROM persons WHERE employee_no > ? ORDER BY employee_no LIMIT ?',
  )
  const personsIn = db.prepare<{ list: string }, StateRow>(
    `SELECT * FROM persons WHERE employee_no ${IN_LIST}`,
  )
  const unknown = db
    .prepare<[number], string>('SELECT employee_no FROM persons WHERE apply_state IS NULL LIMIT ?')
    .pluck()
  const cards = both<CredentialRows['cards'][number]>(
    'SELECT employee_no AS employeeNo, card_no AS cardNo, card_type AS cardType FROM cards WHERE employee_no %',
  )
  const faces = both<CredentialRows['faces'][number]>(
    // the hash index alone (0080, faces_hash since 0330): the faces table would walk each 60 KB picture to reach sha256
    'SELECT employee_no AS employeeNo, sha256 FROM faces INDEXED BY faces_hash WHERE employee_no %',
  )
  const fingerprints = both<CredentialRows['fingerprints'][number]>(
    'SELECT employee_no AS employeeNo, finger_id AS fingerId, finger_type AS fingerType, template FROM fingerprints WHERE employee_no %',
  )
  const irises = both<CredentialRows['irises'][number]>(
    'SELECT employee_no AS employeeNo, eye, data FROM irises WHERE employee_no %',
  )
  // raw rows (arrays) and JSON left as text: a full pass reads one row per person and terminal
  const holdingsSql = `SELECT employee_no, person_hash, cards, face_hash, fingerprints, irises, updated_at
     FROM device_holdings WHERE device_id = @deviceId AND employee_no %`
  const holdingsBy = {
    list: db.prepare(holdingsSql.replace('%', IN_LIST)).raw(),
    range: db.prepare(holdingsSql.replace('%', IN_RANGE)).raw(),
  }
  const failures = both<Record<string, string | null>>(
    'SELECT employee_no, device_id, job_id, error_code, reason, updated_at FROM apply_failures WHERE employee_no %',
  )
  const setStates = db.prepare<{ state: PersonApplyState; list: string }>(
    `UPDATE persons SET apply_state = @state WHERE employee_no ${IN_LIST}`,
  )
  const unknownCount = db
    .prepare<[], number>("SELECT n FROM apply_state_counts WHERE state = ''")
    .pluck()
  // maintained by triggers (migration 0080): five rows, not a GROUP BY over the roster
  const counts = db.prepare<[], { state: PersonApplyState | ''; n: number }>(
    'SELECT state, n FROM apply_state_counts',
  )
  // a failure within the same job keeps the first reason; one from a newer job replaces it
  const putFailure = db.prepare(`
    INSERT INTO apply_failures (employee_no, device_id, job_id, error_code, reason, updated_at)
    VALUES (@employeeNo, @deviceId, @jobId, @errorCode, @reason, @updatedAt)
    ON CONFLICT (employee_no, device_id) DO UPDATE SET job_id = excluded.job_id, error_code = excluded.error_code,
      reason = excluded.reason, updated_at = excluded.updated_at WHERE apply_failures.job_id <> excluded.job_id`)
  const clearFailures = db.prepare<{ deviceId: string; jobId: string; list: string }>(
    `DELETE FROM apply_failures WHERE device_id = @deviceId AND job_id <> @jobId AND employee_no ${IN_LIST}`,
  )
  const dropFailure = db.prepare<[string, string]>(
    'DELETE FROM apply_failures WHERE employee_no = ? AND device_id = ?',
  )

  const withState = (r: StateRow): PersonWithState => ({
    record: personFromRow(r),
    state: r.apply_state,
  })

  return {
    /** Up to `limit` roster persons after `afterNo`, in employeeNo order (a full pass). */
    personsPage: (afterNo: string, limit: number): PersonWithState[] =>
      personsAfter.all(afterNo, limit).map(withState),
    personsIn: (nos: readonly string[]): PersonWithState[] =>
      personsIn.all({ list: JSON.stringify(nos) }).map(withState),
    /** Persons whose state was never computed (just migrated, or inserted by another path). */
    unknown: (limit: number): string[] => unknown.all(limit),
    unknownCount: (): number => unknownCount.get()!,
    credentials: (s: PersonSelection): CredentialRows => ({
      cards: cards(s),
      faces: faces(s),
      fingerprints: fingerprints(s),
      irises: irises(s),
    }),
    /** What one terminal holds of these persons, by employeeNo. */
    holdings(deviceId: string, s: PersonSelection): Map<string, HoldingText> {
      const rows = holdingsBy['list' in s ? 'list' : 'range'].all({ ...bind(s), deviceId }) as [
        string,
        string,
        string,
        string | null,
        string,
        string,
        string,
      ][]
      const out = new Map<string, HoldingText>()
      for (const [no, personHash, cards, faceHash, fingerprints, irises, updatedAt] of rows)
        out.set(no, { personHash, cards, faceHash, fingerprints, irises, updatedAt })
      return out
    },
    failures: (s: PersonSelection): LatestFailure[] =>
      failures(s).map((r) => ({
        employeeNo: r.employee_no!,
        deviceId: r.device_id!,
        jobId: r.job_id!,
        errorCode: r.error_code ?? null,
        reason: r.reason ?? null,
        updatedAt: r.updated_at!,
      })),
    /** Stores one state for many persons (one statement per state and batch). */
    setStates(state: PersonApplyState, employeeNos: readonly string[]): void {
      if (employeeNos.length > 0) setStates.run({ state, list: JSON.stringify(employeeNos) })
    },
    counts(): ApplyStateCounts {
      const out: ApplyStateCounts = { applied: 0, pending: 0, failed: 0, none: 0 }
      for (const { state, n } of counts.all()) if (state) out[state] = n
      return out
    },
    putFailure: (f: LatestFailure): void => void putFailure.run(f),
    /** Attempts of `jobId` went through: failures from older jobs no longer stand. */
    clearFailuresBefore(deviceId: string, jobId: string, employeeNos: readonly string[]): void {
      if (employeeNos.length > 0)
        clearFailures.run({ deviceId, jobId, list: JSON.stringify(employeeNos) })
    },
    dropFailure: (employeeNo: string, deviceId: string): void =>
      void dropFailure.run(employeeNo, deviceId),
  }
}
