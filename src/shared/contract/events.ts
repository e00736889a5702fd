import { z } from 'zod'
import type { AccessEvent, EventStreamStatus, ListeningStatus, PruneResult } from '../model'
import { employeeNo, id, isoTime, method, none } from './method'

export const eventFilter = z
  .object({
    deviceId: id.optional(),
    employeeNo: employeeNo.optional(),
    /** Part of the person's name (case-insensitive), as the event carried it or the roster has it. */
    name: z.string().trim().min(1).max(64).optional(),
    /** A person as typed in a search box: their employee number exactly, or part of their name. */
    person: z.string().trim().min(1).max(64).optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
    kinds: z.array(z.enum(['access', 'door', 'alarm', 'other'])).optional(),
    granted: z.boolean().optional(),
  })
  .strict()

export const eventsApi = {
  'events.search': method<{ total: number; items: AccessEvent[] }>()(
    eventFilter
      .extend({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  'events.export': method<{ csv: string; rows: number }>()(eventFilter),
  'events.picture': method<{ jpegBase64: string } | null>()(
    z.object({ eventId: z.string().min(1).max(128) }).strict(),
  ),
  /** Passes and denials per hour, for the chart. */
  'events.stats': method<{ hour: string; granted: number; denied: number }[]>()(
    z.object({ from: isoTime, to: isoTime, deviceId: id.optional() }).strict(),
  ),
  /** Event streams per device (alertStream or listening host). */
  /** Removes events older than the retention and the oldest pictures beyond the cache size, now. */
  'events.prune': method<PruneResult>()(none),
  'events.status': method<EventStreamStatus[]>()(none),
  'listening.status': method<ListeningStatus>()(none),
  /** Points a terminal's free httpHosts slot at the station's listening server (never another platform's slot). */
  'listening.setup': method<ListeningStatus>()(z.object({ deviceId: id }).strict()),
}
