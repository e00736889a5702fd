import { z } from 'zod'
import type { SyncDiff, SyncReport } from '../model'
import { employeeNo, id, method } from './method'

export const syncApi = {
  /** Reads every person and credential a terminal holds and diffs it against the roster. */
  'sync.pull': method<SyncDiff>()(z.object({ deviceId: id }).strict()),
  /** A pulled diff still waiting for choices (any process: pulls are kept in the store). */
  'sync.snapshot': method<SyncDiff>()(z.object({ syncId: id }).strict()),
  /** Reconciles a pulled diff by choice, person by person. */
  'sync.resolve': method<SyncReport>()(
    z
      .object({
        syncId: id,
        actions: z
          .array(
            z.object({ employeeNo, action: z.enum(['adopt', 'overwrite', 'remove']) }).strict(),
          )
          .min(1)
          .max(100_000),
      })
      .strict(),
  ),
}
