// Editing face records' attributes in a batch (guide 21.16.7): `PUT FDLib/FDModify` names the
// library in its query and the record in its flat body (FPID), so one request edits one record
// and a batch is the records one after another, stopping at the first the terminal refuses.
// Integrators send it as flat JSON with `FDID=1&faceLibType=blackFD` (M: public integrations);
// no source shows a list body. The single-record form with FPID in the query is `modifyFace`.
import { compact } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export interface FaceRecordEdit {
  FPID: string
  name: string
  gender?: 'male' | 'female' | 'unknown'
  /** YYYY-MM-DD */
  bornTime?: string
}

/** Edits the records in order; the answer is how many were edited before a refusal (thrown). */
export async function modifyFaces(
  http: IsapiHttp,
  lib: { FDID: string; faceLibType: string },
  records: readonly FaceRecordEdit[],
  o: CallOptions & { onEdited?: (FPID: string) => void } = {},
): Promise<number> {
  const path = `/ISAPI/Intelligent/FDLib/FDModify?format=json&FDID=${encodeURIComponent(lib.FDID)}&faceLibType=${encodeURIComponent(lib.faceLibType)}`
  let done = 0
  for (const r of records) {
    await http.json(
      'PUT',
      path,
      compact({
        FDID: lib.FDID,
        faceLibType: lib.faceLibType,
        FPID: r.FPID,
        name: r.name,
        gender: r.gender,
        bornTime: r.bornTime ?? '1970-01-01',
      }),
      { signal: o.signal },
    )
    done++
    o.onEdited?.(r.FPID)
  }
  return done
}
