// persons.checkFaces, before anything is applied: one face terminal that offers search by
// picture is the comparison engine. The roster's faces go into a scratch static library on it,
// each is shown to it (FDLib/searchByPic on that library), the library is deleted; faces it
// finds alike (similarity ≥ the asked minimum) become pairs listed among the duplicates as
// 'faceLikeness'. The persons' own library is not touched. A pair stays listed while both faces
// are unchanged (same picture hash); it is kept in memory until the next check. One check runs
// at a time: it reports n of N faces as `faceCheck.progress`, and a cancel (or the station
// stopping) ends it between two requests — the scratch library is deleted then too.
import type { Database } from 'better-sqlite3'
import type { FaceCheckProgressEvent, FaceCheckReport } from '@shared/contract/face-check'
import type { DuplicateGroup } from '@shared/contract/onboard'
import { isIsapiError, type IsapiClient } from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { codedFailure } from '@shared/coded-failure'

interface RosterFace {
  employeeNo: string
  name: string
  sha256: string
}

/** Two roster faces the terminal found alike, as they were when compared. */
interface FoundPair {
  a: RosterFace
  b: RosterFace
  similarity: number
}

const rosterFaces = (db: Database): RosterFace[] =>
  db
    .prepare<[], RosterFace>(
      `SELECT f.employee_no AS employeeNo, p.name AS name, f.sha256 AS sha256
         FROM faces f JOIN persons p USING (employee_no) ORDER BY f.employee_no`,
    )
    .all()

const percent = (similarity: number): string => `${Math.round(similarity * 100)}%`

/** The temporary library the comparison runs on (a name a person's library never has). */
const SCRATCH = { faceLibType: 'staticFD', name: 'Enrollment Station face check' }

export function faceCheck(ctx: StationContext, devices: DeviceService) {
  const db = ctx.store.db
  let found: FoundPair[] = []

  /** The terminal to ask: the one chosen, else the first online face terminal offering it. */
  async function pickTerminal(deviceId: string | undefined): Promise<string> {
    if (deviceId) {
      const record = devices.record(deviceId)
      const offered = await devices.call(deviceId, (c) => c.faces.searchByPictureOffered())
      if (!offered)
        throw codedFailure(
          'NOT_SUPPORTED',
          'faceSearchNotOffered',
          { terminal: record.name },
          { deviceId },
        )
      return deviceId
    }
    const asked: string[] = []
    for (const record of ctx.store.devices.list()) {
      if (record.capabilities && !record.capabilities.face) continue
      const health = devices.health(record.id)
      if (health !== 'online' && health !== 'unknown') continue
      asked.push(record.name)
      const offered = await devices
        .call(record.id, (c) => c.faces.searchByPictureOffered())
        .catch(() => false)
      if (offered) return record.id
    }
    throw codedFailure(
      'NOT_SUPPORTED',
      'faceSearchNoTerminal',
      { terminals: asked.length ? asked.join(', ') : '—' },
      { asked },
    )
  }

  /** A picture the terminal refused (no face in it, too large…): listed, the check goes on. */
  const refusal = (e: unknown, face: RosterFace): FaceCheckReport['refused'][number] => {
    if (!isIsapiError(e) || e.code !== 'DEVICE_ERROR') throw e
    return { employeeNo: face.employeeNo, name: face.name, reason: e.subStatusCode ?? e.reason }
  }

  /**
   * The roster's faces uploaded into a scratch static library (the terminal numbers them), each
   * then shown to the terminal against that library; the library is deleted afterwards, also
   * when the check fails. A library left by an interrupted check (same name) is deleted first.
   */
  async function compare(
    client: IsapiClient,
    faces: RosterFace[],
    minSimilarity: number,
    signal: AbortSignal,
    progress: (phase: FaceCheckProgressEvent['phase'], done: number, total: number) => void,
  ): Promise<{
    pairs: Map<string, FoundPair>
    refused: FaceCheckReport['refused']
    shown: number
  }> {
    const pairs = new Map<string, FoundPair>()
    const refused: FaceCheckReport['refused'] = []
    let compared = 0
    for (const old of await client.faces.libraries())
      if (old.faceLibType === SCRATCH.faceLibType && old.name === SCRATCH.name)
        await client.faces.deleteLibrary(old.FDID, old.faceLibType)
    const FDID = await client.faces.createLibrary(SCRATCH)
    try {
      const byFpid = new Map<string, RosterFace>()
      const shown: { face: RosterFace; jpeg: Buffer }[] = []
      progress('uploading', 0, faces.length)
      for (const [n, face] of faces.entries()) {
        if (signal.aborted) break
        const jpeg = ctx.store.credentials.faces.jpeg(face.employeeNo)
        if (jpeg)
          try {
            byFpid.set(
              await client.faces.add({ FDID, faceLibType: SCRATCH.faceLibType }, { jpeg }),
              face,
            )
            shown.push({ face, jpeg })
          } catch (e) {
            refused.push(refusal(e, face))
          }
        progress('uploading', n + 1, faces.length)
      }
      if (!signal.aborted) progress('comparing', 0, shown.length)
      for (const { face, jpeg } of shown) {
        if (signal.aborted) break
        const { matches } = await client.faces.searchByPicture({ jpeg, FDID, minSimilarity })
        progress('comparing', ++compared, shown.length)
        for (const m of matches) {
          const other = byFpid.get(m.FPID)
          if (!other || other.employeeNo === face.employeeNo) continue
          if (m.similarity < minSimilarity) continue
          // byte-identical pictures are already listed as 'face'
          if (other.sha256 === face.sha256) continue
          const [a, b] = [face, other].sort((x, y) => x.employeeNo.localeCompare(y.employeeNo)) as [
            RosterFace,
            RosterFace,
          ]
          const key = `${a.employeeNo}\u0000${b.employeeNo}`
          const prior = pairs.get(key)
          if (!prior || prior.similarity < m.similarity)
            pairs.set(key, { a, b, similarity: m.similarity })
        }
      }
    } finally {
      await client.faces.deleteLibrary(FDID, SCRATCH.faceLibType)
    }
    return { pairs, refused, shown: compared }
  }

  /** The check running now (one at a time: they share the scratch library's name). */
  let running: { abort: AbortController; done: Promise<unknown> } | null = null

  async function run(
    input: { deviceId?: string; minSimilarity: number },
    signal: AbortSignal,
  ): Promise<FaceCheckReport> {
    const deviceId = await pickTerminal(input.deviceId)
    const record = devices.record(deviceId)
    const faces = rosterFaces(db)
    const progress = (phase: FaceCheckProgressEvent['phase'], done: number, total: number) =>
      ctx.bus.emit('faceCheck.progress', { terminal: record.name, phase, done, total })
    const { pairs, refused, shown } = await devices.call(deviceId, (client) =>
      compare(client, faces, input.minSimilarity, signal, progress),
    )
    const cancelled = signal.aborted
    // a cancelled check found only part of the pairs: the previous check's stay listed
    if (!cancelled) found = [...pairs.values()]
    ctx.audit('persons.checkFaces', `device:${deviceId}`, {
      compared: shown,
      found: cancelled ? pairs.size : found.length,
      minSimilarity: input.minSimilarity,
      ...(cancelled ? { cancelled: true, total: faces.length } : {}),
    })
    return {
      deviceId,
      terminal: record.name,
      compared: cancelled ? shown : faces.length - refused.length,
      found: cancelled ? pairs.size : found.length,
      minSimilarity: input.minSimilarity,
      refused,
      total: faces.length,
      cancelled,
    }
  }

  return {
    /** Pairs from the last check whose faces are still the ones compared. */
    groups(): DuplicateGroup[] {
      if (found.length === 0) return []
      const now = new Map(rosterFaces(db).map((f) => [f.employeeNo, f]))
      found = found.filter((p) =>
        [p.a, p.b].every((f) => now.get(f.employeeNo)?.sha256 === f.sha256),
      )
      return found.map((p) => ({
        kind: 'faceLikeness',
        key: `${p.a.employeeNo}\u0000${p.b.employeeNo}`,
        members: [p.a, p.b].map((f) => ({
          employeeNo: f.employeeNo,
          name: now.get(f.employeeNo)?.name ?? f.name,
          value: percent(p.similarity),
        })),
      }))
    },

    async check(input: { deviceId?: string; minSimilarity: number }): Promise<FaceCheckReport> {
      if (running) throw codedFailure('CONFLICT', 'faceCheckRunning', {}, {})
      const abort = new AbortController()
      const done = run(input, abort.signal)
      running = { abort, done: done.catch(() => undefined) }
      try {
        return await done
      } finally {
        running = null
      }
    },

    /** Stops the running check between two requests; it deletes its scratch library. */
    cancel(): { cancelled: boolean } {
      if (!running || running.abort.signal.aborted) return { cancelled: false }
      running.abort.abort()
      return { cancelled: true }
    },

    /** The station stops: a running check ends, its scratch library deleted first. */
    async close(): Promise<void> {
      const now = running
      now?.abort.abort()
      await now?.done
    },
  }
}
