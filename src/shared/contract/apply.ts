import { z } from 'zod'
import type { ApplyFailure, ApplyJob, Assignment, PersonDeviceStatus } from '../model'
import { employeeNo, id, method, none } from './method'

const personScope = z.union([
  z.literal('all'),
  z.string().regex(/^(group|person|department):.{1,64}$/),
])
const deviceScope = z.union([z.literal('all'), z.string().regex(/^(site|device):.{1,64}$/)])

export const applyApi = {
  'assignments.list': method<Assignment[]>()(none),
  /**
   * Adds a rule. The first rule keeps everyone's access: the implicit "everyone → every
   * terminal" is written as a rule of its own (visible, removable). A change that would take
   * persons off terminals fails with CONFIRMATION_NEEDED (details: RuleImpact) unless `confirm`.
   */
  'assignments.add': method<Assignment>()(
    z.object({ personScope, deviceScope, confirm: z.boolean().optional() }).strict(),
  ),
  /** Removes a rule; CONFIRMATION_NEEDED (details: RuleImpact) unless `confirm` when it takes access away. */
  'assignments.remove': method<{ removed: boolean }>()(
    z.object({ id: z.number().int().min(1), confirm: z.boolean().optional() }).strict(),
  ),

  /** Plans and starts applying the roster to terminals (all assigned ones by default). */
  'apply.start': method<ApplyJob>()(
    z
      .object({
        deviceIds: z.array(id).optional(),
        employeeNos: z.array(employeeNo).max(100_000).optional(),
      })
      .strict(),
  ),
  'apply.status': method<ApplyJob | null>()(z.object({ jobId: id.optional() }).strict()),
  'apply.list': method<ApplyJob[]>()(
    z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict(),
  ),
  'apply.failures': method<ApplyFailure[]>()(z.object({ jobId: id }).strict()),
  'apply.retryFailed': method<ApplyJob>()(z.object({ jobId: id }).strict()),
  'apply.pause': method<ApplyJob>()(z.object({ jobId: id }).strict()),
  'apply.resume': method<ApplyJob>()(z.object({ jobId: id }).strict()),
  /** Stops a job for good: what is not sent stays unsent (the next apply plans it again). */
  'apply.cancel': method<ApplyJob>()(z.object({ jobId: id }).strict()),
  'apply.personStatus': method<PersonDeviceStatus[]>()(z.object({ employeeNo }).strict()),
}
