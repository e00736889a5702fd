// persons.checkFaces: every roster face shown to one face terminal that offers search by
// picture (FDLib/searchByPic on its persons' library); the faces it holds that look alike
// (similarity ≥ the asked minimum) become pairs listed among the duplicates as 'faceLikeness'.
// The terminal compares what it holds: roster persons not yet applied to it are compared as
// pictures shown, not as faces found. A pair stays listed while both faces are unchanged
// (same picture hash) and both persons exist; it is kept in memory until the next check.
import type { Database } from 'better-sqlite3'
import type { FaceCheckReport } from '@shared/contract/face-check'
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

  async function compare(
    client: IsapiClient,
    faces: RosterFace[],
    minSimilarity: number,
  ): Promise<{ pairs: Map<string, FoundPair>; refused: FaceCheckReport['refused'] }> {
    const byNo = new Map(faces.map((f) => [f.employeeNo, f]))
    const pairs = new Map<string, FoundPair>()
    const refused: FaceCheckReport['refused'] = []
    for (const face of faces) {
      const jpeg = ctx.store.credentials.faces.jpeg(face.employeeNo)
      if (!jpeg) continue
      let matches
      try {
        ;({ matches } = await client.faces.searchByPicture({ jpeg, minSimilarity }))
      } catch (e) {
        // the terminal refused this picture (no face in it, too large…): listed, check goes on
        if (!isIsapiError(e) || e.code !== 'DEVICE_ERROR') throw e
        refused.push({
          employeeNo: face.employeeNo,
          name: face.name,
          reason: e.subStatusCode ?? e.reason,
        })
        continue
      }
      for (const m of matches) {
        const other = byNo.get(m.FPID)
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
    return { pairs, refused }
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
      const deviceId = await pickTerminal(input.deviceId)
      const record = devices.record(deviceId)
      const faces = rosterFaces(db)
      const { pairs, refused, onTerminal } = await devices.call(deviceId, async (client) => {
        const counts = await client.faces.count().catch(() => [])
        const held =
          counts.find((c) => c.FDID === '1' && c.faceLibType === 'blackFD')?.recordDataNumber ?? 0
        return { ...(await compare(client, faces, input.minSimilarity)), onTerminal: held }
      })
      found = [...pairs.values()]
      ctx.audit('persons.checkFaces', `device:${deviceId}`, {
        compared: faces.length,
        found: found.length,
        minSimilarity: input.minSimilarity,
      })
      return {
        deviceId,
        terminal: record.name,
        compared: faces.length - refused.length,
        onTerminal,
        found: found.length,
        minSimilarity: input.minSimilarity,
        refused,
      }
    },
  }
}
