// A terminal's face libraries (guide ch. 17, face library management): each library with how
// many faces it holds, and renaming one. The station's own faces go to the terminal's
// blocklist-type library 1 (apply); these methods let an installer see and name them.
import { z } from 'zod'
import { id, method } from './method'

export interface FaceLibraryView {
  FDID: string
  /** blackFD (the terminal's people) | staticFD (a static library) | … as the terminal says */
  faceLibType: string
  name: string
  /** Faces in it, as the terminal counts them (null: the terminal did not say). */
  faces: number | null
}

export const faceLibrariesApi = {
  /** The terminal's face libraries with their face counts. */
  'libraries.list': method<FaceLibraryView[]>()(z.object({ deviceId: id }).strict()),
  /** Renames one library (the terminal refuses a name another library has). */
  'libraries.rename': method<FaceLibraryView[]>()(
    z
      .object({
        deviceId: id,
        FDID: z.string().min(1).max(64),
        faceLibType: z.string().min(1).max(32),
        name: z.string().trim().min(1, 'a library needs a name').max(48, 'at most 48 characters'),
      })
      .strict(),
  ),
}
