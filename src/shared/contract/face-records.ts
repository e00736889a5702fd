// The face records of one of a terminal's face libraries (guide 21.16.3, 21.16.7): listing them
// and editing their attributes — name, gender, birth date — one (PUT FDSearch with the record in
// the query) or several at once (PUT FDModify, one record per request). The picture itself is
// changed by enrolling a face, not here.
import { z } from 'zod'
import { id, method } from './method'

export interface FaceRecordView {
  FPID: string
  name: string
  gender: string | null
  bornTime: string | null
}

const library = {
  deviceId: id,
  FDID: z.string().min(1).max(64),
  faceLibType: z.string().min(1).max(32),
}

const faceRecordEdit = z
  .object({
    FPID: z.string().min(1).max(63),
    name: z.string().trim().min(1, 'a face record needs a name').max(96, 'at most 96 characters'),
    gender: z.enum(['male', 'female', 'unknown']).optional(),
    bornTime: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a birth date is YYYY-MM-DD')
      .optional(),
  })
  .strict()

export const faceRecordsApi = {
  /** The first 100 records of a library (FDSearch). */
  'libraries.faces': method<FaceRecordView[]>()(z.object(library).strict()),
  /** Edits records' attributes; the answer is the library's records after. */
  'libraries.editFaces': method<FaceRecordView[]>()(
    z
      .object({
        ...library,
        records: z
          .array(faceRecordEdit)
          .min(1, 'no record to edit')
          .max(100, 'at most 100 records at once'),
      })
      .strict(),
  ),
}
