// libraries.faces / editFaces (contract/face-records.ts): a library's records, and editing their
// attributes. Every record named must be in the library (checked before anything is sent); the
// fields not given keep the values the terminal holds. One record goes by PUT FDSearch (21.16.3),
// several by FDModify (21.16.7), one request each: a refusal part-way says how many were edited.
import type { FaceRecordView } from '@shared/contract/face-records'
import type { IsapiClient } from '../../isapi'
import type { FaceRecord } from '../../isapi/endpoints/faces'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Handlers } from '../dispatcher'
import { codedFailure } from '@shared/coded-failure'
import type { AppFailure } from '@shared/result'

type On = <T>(deviceId: string, fn: (client: IsapiClient) => Promise<T>) => Promise<T>
interface Lib {
  FDID: string
  faceLibType: string
}

const LIMIT = 100

const view = (f: FaceRecord): FaceRecordView => ({
  FPID: f.FPID,
  name: f.name ?? '',
  gender: f.gender ?? null,
  bornTime: f.bornTime ?? null,
})

async function records(client: IsapiClient, lib: Lib): Promise<FaceRecordView[]> {
  const out: FaceRecordView[] = []
  for await (const f of client.faces.search({ ...lib, pageSize: 30 })) {
    out.push(view(f))
    if (out.length >= LIMIT) break
  }
  return out
}

export function faceRecordHandlers(ctx: StationContext, devices: DeviceService, on: On): Handlers {
  const requireLib = async (client: IsapiClient, deviceId: string, lib: Lib) => {
    const libs = await client.faces.libraries()
    if (!libs.some((l) => l.FDID === lib.FDID && l.faceLibType === lib.faceLibType))
      throw codedFailure(
        'NOT_FOUND',
        'faceLibraryMissing',
        { terminal: devices.record(deviceId).name, ...lib },
        { ...lib },
      )
  }
  return {
    'libraries.faces': ({ deviceId, FDID, faceLibType }) =>
      on(deviceId, async (client) => {
        await requireLib(client, deviceId, { FDID, faceLibType })
        return records(client, { FDID, faceLibType })
      }),
    'libraries.editFaces': async ({ deviceId, FDID, faceLibType, records: edits }) => {
      const lib = { FDID, faceLibType }
      const terminal = devices.record(deviceId).name
      let edited: string[] = []
      const after = await on(deviceId, async (client) => {
        await requireLib(client, deviceId, lib)
        const held = new Map<string, FaceRecord>()
        for (const e of edits) {
          for await (const f of client.faces.search({ ...lib, FPID: e.FPID })) held.set(f.FPID, f)
          if (!held.has(e.FPID))
            throw codedFailure(
              'NOT_FOUND',
              'faceRecordMissing',
              { terminal, FPID: e.FPID, FDID },
              { ...lib, FPID: e.FPID },
            )
        }
        const merged = edits.map((e) => {
          const h = held.get(e.FPID)
          return {
            FPID: e.FPID,
            name: e.name,
            gender: e.gender ?? (h?.gender as 'male' | 'female' | 'unknown' | undefined),
            bornTime: e.bornTime ?? h?.bornTime,
          }
        })
        try {
          if (merged.length === 1) {
            await client.faces.modify({ ...lib, ...merged[0]! })
            edited = [merged[0]!.FPID]
          } else
            await client.faces.modifyMany(lib, merged, {
              onEdited: (FPID) => edited.push(FPID),
            })
        } catch (error) {
          if (edited.length === 0) throw error
          const failure: AppFailure = devices.mapError(error, terminal)
          throw codedFailure(
            failure.code,
            'faceEditsPartial',
            { terminal, edited: edited.length, total: merged.length, why: failure.message },
            { ...failure.details, edited },
          )
        }
        return records(client, lib)
      }).finally(() => {
        if (edited.length)
          ctx.audit('libraries.editFaces', `device:${deviceId}`, { ...lib, FPIDs: edited })
      })
      return after
    },
  }
}
