// Same face, found by a terminal before apply (issue 14 item 4): a face terminal that offers
// search by picture (FDLib/searchByPic) compares the roster's faces with each other in a scratch
// library; pairs alike come back with a similarity and are listed among the duplicates
// (kind 'faceLikeness') to resolve, never merged or removed by the station. The check reports
// its progress as `faceCheck.progress` (n of N faces) and can be cancelled; the terminal's
// temporary library is removed either way.
import { z } from 'zod'
import { method } from './method'

export interface FaceCheckReport {
  deviceId: string
  terminal: string
  /** Roster faces the terminal compared with each other. */
  compared: number
  /** Pairs that look alike at or above minSimilarity (listed by persons.duplicates). */
  found: number
  minSimilarity: number
  /** Roster faces the terminal would not compare, with its reason. */
  refused: { employeeNo: string; name: string; reason: string }[]
  /** Roster faces with a picture when the check began. */
  total: number
  /** Stopped by persons.cancelFaceCheck: the pairs of the previous check stay listed. */
  cancelled: boolean
}

export interface FaceCheckProgressEvent {
  terminal: string
  /** uploading: faces put into the temporary library; comparing: faces shown to the terminal. */
  phase: 'uploading' | 'comparing'
  done: number
  total: number
}

export const faceCheckApi = {
  /** Asks one face terminal that offers search by picture to compare the roster's faces. */
  'persons.checkFaces': method<FaceCheckReport>()(
    z
      .object({
        /** A chosen terminal; otherwise the first online face terminal that offers it. */
        deviceId: z.string().min(1).max(64).optional(),
        minSimilarity: z.number().min(0.5).max(1).default(0.9),
      })
      .strict(),
  ),
  /** Stops the running check (its temporary library is removed); false when none runs. */
  'persons.cancelFaceCheck': method<{ cancelled: boolean }>()(z.object({}).strict()),
}
