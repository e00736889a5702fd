// Creating and removing a terminal's own face libraries (guide 21.17.1, 21.17.5): a static
// library (staticFD) for faces that are not the terminal's people — visitors' reference
// pictures, a watch list. The people's library (blackFD 1) and the infrared one (2) are the
// terminal's own: never removed. Removing a library removes the faces in it.
import { z } from 'zod'
import type { FaceLibraryView } from './face-libraries'
import { id, method } from './method'

export const faceLibraryManageApi = {
  /** Creates a static library; the answer is the terminal's list after it. */
  'libraries.create': method<FaceLibraryView[]>()(
    z
      .object({
        deviceId: id,
        name: z.string().trim().min(1, 'a library needs a name').max(48, 'at most 48 characters'),
      })
      .strict(),
  ),
  /** Removes a static library with its faces; `name` is typed back to confirm. */
  'libraries.remove': method<FaceLibraryView[]>()(
    z
      .object({
        deviceId: id,
        FDID: z.string().min(1).max(64),
        faceLibType: z.string().min(1).max(32),
        confirm: z.string().max(48),
      })
      .strict(),
  ),
}
