import { z } from 'zod'
import { employeeNo, id, method } from './method'

export const enrollApi = {
  /** Starts a capture on a terminal; progress and the captured credential arrive as `enroll.progress`. */
  'enroll.start': method<{ sessionId: string }>()(
    z
      .object({
        deviceId: id,
        employeeNo,
        kind: z.enum(['face', 'card', 'fingerprint', 'iris']),
        fingerId: z.number().int().min(1).max(10).optional(),
        eye: z.enum(['left', 'right']).optional(),
      })
      .strict(),
  ),
  'enroll.cancel': method<{ cancelled: boolean }>()(z.object({ sessionId: id }).strict()),
}
