// Reads and writes behind the maintained per-person apply state (station/apply/apply-state.ts):
// bulk reads for a batch of persons (persons, credentials, holdings, latest failures), never one
// query per person; the state column on persons; the latest failed attempt per person and
// terminal. Lists travel as JSON arrays (json_each), so a batch is one statement per table.
import type { Database } from 'better-sqlite3'
import type { ApplyStateCounts, PersonApplyState } from '../../shared/model'
import type { Holding } from './holdings-repo'
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

/** A roster person with their stored state. */
export interface PersonWithState {
  record: PersonRecord
  state: PersonApplyState | null
}

type StateRow = PersonRow & { apply_state: PersonApplyState | null }

interface HoldingRow {
  employee_no: string
  person_digest: string
  cards: string
  face_digest: string | null
  fingerprints: string
  irises: string
  updated_at: string
}

const IN_LIST = 'IN (SELECT value FROM json_each(@list))'

export function applyStateRepo(db: Database) {
  const personsAfter = db.prepare<[number, number], StateRow & { rid: number }>(
    'SELECT rowid AS rid, * FROM persons WHERE rowid > ? ORDER BY rowid LIMIT ?',
  )
  const personsIn = db.prepare<{ list: string }, StateRow>(
    `SELECT * FROM persons WHERE employee_no ${IN_LIST}`,
  )
  const unknown = db
    .prepare<[number], string>('SELECT employee_no FROM persons WHERE apply_state IS NULL LIMIT ?')
    .pluck()
  const cards = db.prepare<{ list: string }, CredentialRows['cards'][number]>(
    `SELECT employee_no AS employeeNo, card_no AS cardNo, card_type AS cardType FROM cards WHERE employee_no ${IN_LIST}`,
  )
  const faces = db.prepare<{ list: string }, CredentialRows['faces'][number]>(
    `SELECT employee_no AS employeeNo, sha256 FROM faces WHERE employee_no ${IN_LIST}`,
  )
  const fingerprints = db.prepare<{ list: string }, CredentialRows['fingerprints'][number]>(
    `SELECT employee_no AS employeeNo, finger_id AS fingerId, finger_type AS fingerType, template FROM fingerprints WHERE employee_no ${IN_LIST}`,
  )
  const irises = db.prepare<{ list: string }, CredentialRows['irises'][number]>(
    `SELECT employee_no AS employeeNo, eye, data FROM irises WHERE employee_no ${IN_LIST}`,
  )
  const holdings = db.prepare<{ deviceId: string; list: string }, HoldingRow>(
    `SELECT employee_no, person_digest, cards, face_digest, fingerprints, irises, updated_at
     FROM device_holdings WHERE device_id = @deviceId AND employee_no ${IN_LIST}`,
  )
  const failuresIn = db.prepare<{ list: string }, Record<string, string | null>>(
    `SELECT employee_no, device_id, job_id, error_code, reason, updated_at FROM apply_failures WHERE employee_no ${IN_LIST}`,
  )
  const setState = db.prepare<{ state: PersonApplyState; no: string }>(
    'UPDATE persons SET apply_state = @state WHERE employee_no = @no AND apply_state IS NOT @state',
  )
  const counts = db.prepare<[], { state: PersonApplyState | null; n: number }>(
    'SELECT apply_state AS state, count(*) AS n FROM persons GROUP BY apply_state',
  )
  const stepPersons = db.prepare<
    { jobId: string; deviceId: string; list: string },
    { seq: number; employee_no: string }
  >(
    `SELECT seq, employee_no FROM apply_steps WHERE job_id = @jobId AND device_id = @deviceId AND seq ${IN_LIST}`,
  )
  // a failure within the same job keeps the first reason; one from a newer job replaces it
  const putFailure = db.prepare(`
    INSERT INTO apply_failures (employee_no, device_id, job_id, error_code, reason, updated_at)
    VALUES (@employeeNo, @deviceId, @jobId, @errorCode, @reason, @updatedAt)
    ON CONFLICT (employee_no, device_id) DO UPDATE SET job_id = excluded.job_id, error_code = excluded.error_code,
      reason = excluded.reason, updated_at = excluded.updated_at WHERE apply_failures.job_id <> excluded.job_id`)
  const clearFailure = db.prepare<[string, string, string]>(
    'DELETE FROM apply_failures WHERE employee_no = ? AND device_id = ? AND job_id <> ?',
  )
  const dropFailure = db.prepare<[string, string]>(
    'DELETE FROM apply_failures WHERE employee_no = ? AND device_id = ?',
  )

  const list = (nos: readonly string[]) => ({ list: JSON.stringify(nos) })

  return {
    /** A page of the roster in rowid order after `afterRowid`, for a full recompute. */
    personsPage(afterRowid: number, limit: number): { persons: PersonWithState[]; last: number } {
      const rows = personsAfter.all(afterRowid, limit)
      return {
        persons: rows.map((r) => ({ record: personFromRow(r), state: r.apply_state })),
        last: rows.at(-1)?.rid ?? afterRowid,
      }
    },
    personsIn: (nos: readonly string[]): PersonWithState[] =>
      personsIn.all(list(nos)).map((r) => ({ record: personFromRow(r), state: r.apply_state })),
    /** Persons whose state was never computed (just migrated, or inserted by another path). */
    unknown: (limit: number): string[] => unknown.all(limit),
    credentials(nos: readonly string[]): CredentialRows {
      const p = list(nos)
      return {
        cards: cards.all(p),
        faces: faces.all(p),
        fingerprints: fingerprints.all(p),
        irises: irises.all(p),
      }
    },
    /** What one terminal holds of these persons. */
    holdings(
      deviceId: string,
      nos: readonly string[],
    ): Map<string, Holding & { updatedAt: string }> {
      return new Map(
        holdings.all({ deviceId, ...list(nos) }).map((r) => [
          r.employee_no,
          {
            employeeNo: r.employee_no,
            personDigest: r.person_digest,
            cards: JSON.parse(r.cards) as string[],
            faceDigest: r.face_digest,
            fingerprints: JSON.parse(r.fingerprints) as string[],
            irises: JSON.parse(r.irises) as string[],
            updatedAt: r.updated_at,
          },
        ]),
      )
    },
    failures: (nos: readonly string[]): LatestFailure[] =>
      failuresIn.all(list(nos)).map((r) => ({
        employeeNo: r.employee_no!,
        deviceId: r.device_id!,
        jobId: r.job_id!,
        errorCode: r.error_code ?? null,
        reason: r.reason ?? null,
        updatedAt: r.updated_at!,
      })),
    /** true when the stored state changed. */
    setState: (employeeNo: string, state: PersonApplyState): boolean =>
      setState.run({ state, no: employeeNo }).changes > 0,
    counts(): ApplyStateCounts {
      const out: ApplyStateCounts = { applied: 0, pending: 0, failed: 0, none: 0 }
      for (const { state, n } of counts.all()) if (state) out[state] = n
      return out
    },
    /** employeeNo of each of these steps of a job on a terminal. */
    stepPersons(jobId: string, deviceId: string, seqs: readonly number[]): Map<number, string> {
      return new Map(
        stepPersons
          .all({ jobId, deviceId, list: JSON.stringify(seqs) })
          .map((r) => [r.seq, r.employee_no]),
      )
    },
    putFailure: (f: LatestFailure): void => void putFailure.run(f),
    /** An attempt of `jobId` went through: a failure from an older job no longer stands. */
    clearFailureBefore: (employeeNo: string, deviceId: string, jobId: string): void =>
      void clearFailure.run(employeeNo, deviceId, jobId),
    dropFailure: (employeeNo: string, deviceId: string): void =>
      void dropFailure.run(employeeNo, deviceId),
  }
}

export type ApplyStateRepo = ReturnType<typeof applyStateRepo>
