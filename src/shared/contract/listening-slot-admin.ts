// The terminal's listening-host slots, administration (guide 21.10.9–21.10.11): free one slot
// a stale platform left behind, or every slot. Another platform's slot is only freed when the
// user confirms it; the station's own slot may be freed too (listening then stops until set
// up again).
import { z } from 'zod'
import type { ListeningSlotView } from './terminal'
import { id, method } from './method'

export const listeningSlotAdminApi = {
  /** Empties one slot (DELETE httpHosts/<slot>), after checking it against the terminal's slot count. */
  'listening.freeSlot': method<ListeningSlotView[]>()(
    z.object({ deviceId: id, slot: z.string().regex(/^\d+$/), confirm: z.literal(true) }).strict(),
  ),
  /** Empties every slot (DELETE httpHosts). */
  'listening.freeAll': method<ListeningSlotView[]>()(
    z.object({ deviceId: id, confirm: z.literal(true) }).strict(),
  ),
}
