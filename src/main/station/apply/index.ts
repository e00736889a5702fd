import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import {
  applyService,
  DEFAULT_APPLY_OPTIONS,
  type ApplyOptions,
  type ApplyService,
} from './apply-service'
import type { ApplyStateService } from './apply-state'
import { personDeviceStatus } from './person-status'

export interface ApplyFeature extends Feature {
  service: ApplyService
}

export function applyFeature(
  ctx: StationContext,
  devices: DeviceService,
  applyStates: ApplyStateService,
  options: ApplyOptions = DEFAULT_APPLY_OPTIONS,
): ApplyFeature {
  const service = applyService(ctx, devices, options, {
    afterFlush: applyStates.afterFlush,
    afterRun: applyStates.afterRun,
  })
  const { store } = ctx
  let unsubscribe: (() => void) | null = null
  return {
    service,
    handlers: {
      'assignments.list': () => store.assignments.list(),
      'assignments.add': ({ personScope, deviceScope }) => {
        const at = ctx.clock.now().toISOString()
        const rulesBefore = store.assignments.list().length
        const id = store.assignments.add(personScope, deviceScope, at)
        store.audit.record({
          at,
          actor: 'operator',
          action: 'assignment.add',
          subject: `assignment:${id}`,
          details: { personScope, deviceScope },
        })
        applyStates.afterRuleChange(personScope, rulesBefore)
        return store.assignments.list().find((a) => a.id === id)!
      },
      'assignments.remove': ({ id }) => {
        const rules = store.assignments.list()
        const removed = store.assignments.remove(id)
        if (removed) {
          store.audit.record({
            at: ctx.clock.now().toISOString(),
            actor: 'operator',
            action: 'assignment.remove',
            subject: `assignment:${id}`,
            details: null,
          })
          applyStates.afterRuleChange(rules.find((r) => r.id === id)!.personScope, rules.length)
        }
        return { removed }
      },
      'apply.start': (args) => service.start(args),
      'apply.status': ({ jobId }) => service.status(jobId),
      'apply.list': ({ limit }) => service.list(limit),
      'apply.failures': ({ jobId }) => service.failures(jobId),
      'apply.retryFailed': ({ jobId }) => service.retryFailed(jobId),
      'apply.pause': ({ jobId }) => service.pause(jobId),
      'apply.resume': ({ jobId }) => service.resume(jobId),
      'apply.cancel': ({ jobId }) => service.cancel(jobId),
      'apply.personStatus': ({ employeeNo }) => personDeviceStatus(ctx, employeeNo),
      'persons.applyStateCounts': () => applyStates.counts(),
    },
    start() {
      void service.resumeUnfinished()
      // a device back online (after an edit of its password, or a check) wakes its paused queue
      unsubscribe = ctx.bus.subscribe((event, payload) => {
        if (event !== 'device.status' || (payload as { health: string }).health !== 'online') return
        for (const job of store.journal.unfinished())
          if (job.state === 'running') void service.resume(job.id).catch(() => {})
      })
    },
    async close() {
      unsubscribe?.()
      await service.close()
      applyStates.close()
    },
  }
}
