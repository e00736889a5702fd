import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import {
  applyService,
  DEFAULT_APPLY_OPTIONS,
  type ApplyOptions,
  type ApplyService,
} from './apply-service'
import type { Assignment } from '@shared/model'
import type { ApplyStateService } from './apply-state'
import { continuousApply, type ContinuousApply } from './continuous'
import { changeFeed } from './change-feed'
import { holdingsWatch } from './holdings-watch'
import { followJobsElsewhere } from './jobs-elsewhere'
import { pendingService } from './pending'
import { personDeviceStatus } from './person-status'
import { requireConfirmation, ruleImpact } from './rule-impact'

export interface ApplyFeature extends Feature {
  service: ApplyService
  continuous: ContinuousApply
}

const EVERYONE_EVERYWHERE = { personScope: 'all', deviceScope: 'all' }

export function applyFeature(
  ctx: StationContext,
  devices: DeviceService,
  applyStates: ApplyStateService,
  options: ApplyOptions = DEFAULT_APPLY_OPTIONS,
  holdingsCheckMs?: number,
): ApplyFeature {
  const service = applyService(ctx, devices, options, {
    afterFlush: applyStates.afterFlush,
    afterRun: applyStates.afterRun,
  })
  const { store } = ctx
  const pending = pendingService(ctx, devices)
  // every station (a one-shot CLI command too) records its changes for a running station
  const recorder = changeFeed(ctx)
  const continuous = continuousApply(
    ctx,
    service,
    ctx.continuousApply === true,
    ctx.continuousTiming,
    recorder,
  )
  // what a terminal holds, checked at connect, at login checks and on a schedule; a terminal
  // found short (reset, emptied) is refilled by a job of its own
  const watch = holdingsWatch(ctx, devices, service.verifyAndRefill, holdingsCheckMs)
  let unsubscribe: (() => void) | null = null
  let elsewhere: { close(): void } | null = null
  const rule = (personScope: string, deviceScope: string): Assignment => ({
    id: 0,
    personScope,
    deviceScope,
    createdAt: '',
  })
  return {
    service,
    continuous,
    handlers: {
      'assignments.list': () => store.assignments.list(),
      'assignments.add': ({ personScope, deviceScope, confirm }) => {
        const at = ctx.clock.now().toISOString()
        const before = store.assignments.list()
        // the first rule keeps everyone's access: the implicit rule becomes a visible one
        const implicit =
          before.length === 0 && (personScope !== 'all' || deviceScope !== 'all')
            ? [rule(EVERYONE_EVERYWHERE.personScope, EVERYONE_EVERYWHERE.deviceScope)]
            : []
        requireConfirmation(
          ruleImpact(store, before, [...before, ...implicit, rule(personScope, deviceScope)]),
          confirm,
        )
        const id = store.tx(() => {
          for (const r of implicit) {
            const implicitId = store.assignments.add(r.personScope, r.deviceScope, at)
            ctx.audit('assignment.add', `assignment:${implicitId}`, {
              ...EVERYONE_EVERYWHERE,
              implicit: true,
            })
          }
          const added = store.assignments.add(personScope, deviceScope, at)
          ctx.audit('assignment.add', `assignment:${added}`, { personScope, deviceScope })
          return added
        })
        applyStates.afterRuleChange(personScope, before.length)
        recorder.record('rules')
        continuous.everyoneChanged()
        return store.assignments.list().find((a) => a.id === id)!
      },
      'assignments.remove': ({ id, confirm }) => {
        const rules = store.assignments.list()
        if (rules.some((r) => r.id === id))
          requireConfirmation(
            ruleImpact(
              store,
              rules,
              rules.filter((r) => r.id !== id),
            ),
            confirm,
          )
        const removed = store.assignments.remove(id)
        if (removed) {
          recorder.record('rules')
          continuous.everyoneChanged()
          ctx.audit('assignment.remove', `assignment:${id}`)
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
      'apply.pending': ({ limit }) => pending.changes(limit),
    },
    start() {
      void service.resumeUnfinished().then(() => continuous.start())
      // a device back online (after an edit of its password, or a check) wakes its paused queue
      unsubscribe = ctx.bus.subscribe((event, payload) => {
        if (event !== 'device.status' || (payload as { health: string }).health !== 'online') return
        for (const job of store.journal.unfinished())
          if (job.state === 'running') void service.resume(job.id).catch(() => {})
      })
      watch.start?.()
      // the CLI's jobs (another process on this database) show live on these screens too
      elsewhere = followJobsElsewhere(
        ctx,
        {
          ownJob: service.ownJob,
          job: service.job,
          statesMoved: () => ctx.bus.emit('applyState.changed', { counts: applyStates.counts() }),
        },
        options.elsewhereMs ?? 1000,
      )
    },
    async close() {
      await watch.close?.()
      elsewhere?.close()
      unsubscribe?.()
      recorder.close()
      continuous.close()
      await service.close()
      applyStates.close()
    },
  }
}
