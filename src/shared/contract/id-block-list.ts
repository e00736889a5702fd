// The terminal's ID-card block list (guide 21.19.1–2): a resident ID number blocked at its
// ID-card reader (the swipe is refused with the block-list event) or taken off. The terminal
// offers no reading of its list, so the station shows none; numbers are kept and logged masked.
import { z } from 'zod'
import { id, method } from './method'

export interface IdBlockListCapsView {
  /** The ID number's length range the terminal accepts. */
  idNumber: { min: number; max: number } | null
  maxNum: number | null
}

export const idBlockListApi = {
  'idcards.caps': method<IdBlockListCapsView>()(z.object({ deviceId: id }).strict()),
  /** The answer is the number as the station keeps it: masked but for its last 4 characters. */
  'idcards.setBlocked': method<{ idNumber: string; blocked: boolean }>()(
    z
      .object({
        deviceId: id,
        blocked: z.boolean(),
        idNumber: z
          .string()
          .trim()
          .regex(
            /^\d{15}$|^\d{17}[\dXx]$/,
            'a resident ID number is 15 digits, or 17 and a digit or X',
          ),
        name: z.string().trim().min(1).max(128).optional(),
      })
      .strict()
      .refine((a) => !a.blocked || a.name !== undefined, {
        message: 'a blocked card needs the holder’s name',
        path: ['name'],
      }),
  ),
}
