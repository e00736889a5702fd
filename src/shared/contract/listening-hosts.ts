// Listening hosts administration (guide 21.10.1, 21.10.3, 21.10.7): add a platform's host in a
// free slot, or replace every other platform's slot at once. The station's own slot is never
// touched by either: replacing keeps it where it is.
import { z } from 'zod'
import type { ListeningSlotView } from './terminal'
import { id, method } from './method'

const host = z
  .object({
    protocol: z.enum(['HTTP', 'HTTPS']),
    address: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9.-]+$/, 'an IPv4 address or a host name'),
    port: z.number().int().min(1).max(65535),
    path: z.string().min(1).max(128).startsWith('/', 'the path starts with /'),
  })
  .strict()

export const listeningHostsApi = {
  /** POST httpHosts: the terminal puts the host in a free slot (none free: refused, nothing sent). */
  'listening.addHost': method<ListeningSlotView[]>()(z.object({ deviceId: id, host }).strict()),
  /** PUT httpHosts: the slots other than the station's own hold these hosts, in order; the rest are emptied. */
  'listening.replaceHosts': method<ListeningSlotView[]>()(
    z.object({ deviceId: id, hosts: z.array(host).max(16), confirm: z.literal(true) }).strict(),
  ),
}
