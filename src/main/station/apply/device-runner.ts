// Runs one device's pending steps of one job. Persons run `concurrency` at a time, each
// person's steps in order. Outcomes are written in batches (one transaction per flush) with the
// device's new holdings; a crash loses at most one batch of bookkeeping, and the steps it
// covered simply run again (they are idempotent). A device that is offline, busy, locked or
// refuses the password pauses the queue: the step stays pending and no attempt is burnt.
import { isIsapiError } from '../../isapi'
import type { Holding } from '../../store/holdings-repo'
import type { PersonRecord } from '../../store/persons-repo'
import type { JournalStep, StepOutcomeRecord } from '../../store/journal-repo'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { appCodeOf, deviceCodeOf } from '../devices/isapi-failure'
import type { ApplyPauseUntil } from '@shared/model'
import { pauseFor, type Pause } from './pause'
import { plainReason } from './reasons'
import type { Reason } from '@shared/reason-text'
import { executeStep } from './step-executor'
import { StepReads } from './step-reads'
import type { FlushPace } from './flush-pace'
import { upsertingClient } from './writes-without-setup'
import { storeFailure } from '../../store/store-errors'

/** A pause for a roster that cannot be written: retried, so it resumes once there is room. */
function storePause(error: unknown): Pause {
  const failure = storeFailure(error)
  return {
    reason: failure
      ? `${failure.code}: ${failure.message}`
      : `INTERNAL: the roster could not be written (${String(error)})`,
    code: { code: 'rosterNotWritable', params: { error: failure?.code ?? 'INTERNAL' } },
    until: 'retry',
    health: null,
  }
}
import { isAssigned } from './targets'
import { localNow, validityEnded } from './validity'

export type RunEnd =
  | { kind: 'finished' }
  | { kind: 'stopped' }
  | {
      kind: 'paused'
      reason: string
      code?: Reason
      retryable: boolean
      until: ApplyPauseUntil
    }

export interface RunProgress {
  done: number
  failed: number
  skipped: number
  /** Steps finished by this run, for the rate. */
  finishedThisRun: number
}

export class DeviceRunner {
  private stopping = false
  private pause: Pause | null = null
  private buffer: StepOutcomeRecord[] = []
  private dirty = new Map<string, Holding | null>()
  private held = new Map<string, Holding>()
  private queue: StepQueue | null = null
  /** Revocations asked for before the queue existed. */
  private hurried: string[] = []

  constructor(
    private readonly ctx: StationContext,
    private readonly devices: DeviceService,
    readonly jobId: string,
    readonly deviceId: string,
    /** After each flush's transaction: the progress, and the step outcomes it wrote. */
    private readonly onFlush: (p: RunProgress, outcomes: StepOutcomeRecord[]) => void,
    private readonly options: {
      concurrency: number
      flushMs: number
      pageSteps?: number
      /** Shared by the runs of a station: many runs at once flush less often each. */
      pace?: FlushPace
    } = {
      concurrency: 2,
      flushMs: 100,
    },
  ) {}

  stop(): void {
    this.stopping = true
  }

  /** These persons' pending steps (a revocation appended to the job) run next, ahead of the queue. */
  hurry(employeeNos: readonly string[]): void {
    if (this.queue) this.queue.hurry(employeeNos)
    else this.hurried.push(...employeeNos)
  }

  async run(): Promise<RunEnd> {
    const { store } = this.ctx
    const record = this.devices.record(this.deviceId)
    const client = this.devices.client(this.deviceId)
    // adds and changes where the terminal's firmware has no SetUp (writes-without-setup.ts)
    const writes = upsertingClient(client, record.capabilities?.setUp)
    const fullDelete = record.capabilities?.fullDelete ?? false
    // asked just before each step: the rules and the roster as they are now, not as planned
    // (the clock is read only for a validity that is on, a person's other groups only when a rule names a group)
    const assigned = (person: PersonRecord): boolean => {
      if (person.valid.enable && validityEnded(person.valid, localNow(this.ctx.clock))) return false
      const rules = store.assignments.current()
      if (rules.length === 0) return true
      const byGroup = rules.some((r) => r.personScope.startsWith('group:'))
      return isAssigned(rules, record, {
        ...person,
        ...(byGroup ? { groups: store.groups.of(person.employeeNo) } : {}),
      })
    }
    const reads = new StepReads(store, assigned)
    const pace = this.options.pace
    this.held = new Map()
    const queue = new StepQueue(
      this.ctx.store,
      this.jobId,
      this.deviceId,
      this.held,
      () =>
        pace?.pageSteps(this.options.pageSteps ?? PAGE_STEPS) ??
        this.options.pageSteps ??
        PAGE_STEPS,
    )
    this.queue = queue
    queue.hurry(this.hurried.splice(0))
    const progress: RunProgress = { done: 0, failed: 0, skipped: 0, finishedThisRun: 0 }
    pace?.started()
    let ticks = 0
    const timer = setInterval(() => {
      if (++ticks % (pace?.ticksPerFlush() ?? 1) === 0) this.flush(progress)
    }, this.options.flushMs)
    let succeeded = false

    const worker = async () => {
      for (let group = queue.take(); group && !this.stopping && !this.pause; group = queue.take()) {
        for (let i = 0; i < group.length && !this.stopping && !this.pause; i++) {
          const step = group[i]!
          try {
            const outcome = await executeStep(
              step,
              writes,
              store,
              this.ctx.secrets,
              this.held.get(step.employeeNo),
              fullDelete,
              reads,
            )
            succeeded = true
            if (outcome.state === 'done') {
              if (outcome.holding) this.held.set(step.employeeNo, outcome.holding)
              else this.held.delete(step.employeeNo)
              this.dirty.set(step.employeeNo, outcome.holding)
              this.record(progress, {
                jobId: this.jobId,
                deviceId: this.deviceId,
                seq: step.seq,
                employeeNo: step.employeeNo,
                state: 'done',
              })
            } else {
              this.record(progress, {
                jobId: this.jobId,
                deviceId: this.deviceId,
                seq: step.seq,
                employeeNo: step.employeeNo,
                state: 'skipped',
                errorCode: outcome.code ?? 'NOT_FOUND',
                reason: outcome.reason,
              })
            }
          } catch (error) {
            const pause = await pauseFor(error, record, client, step.kind)
            if (pause) {
              // the most telling pause wins (two workers can meet the same wall differently)
              if (!this.pause || pause.until === 'activation') this.pause = pause
              break
            }
            this.record(progress, this.failure(step, error))
            if (step.kind === 'person') {
              for (const rest of group.slice(i + 1)) {
                this.record(progress, {
                  jobId: this.jobId,
                  deviceId: this.deviceId,
                  seq: rest.seq,
                  employeeNo: rest.employeeNo,
                  state: 'skipped',
                  errorCode: 'DEVICE_REJECTED',
                  reason:
                    'The terminal refused the person record, so their credentials were not sent.',
                })
              }
              break
            }
          }
        }
        queue.done(group)
        reads.forget(group[0]!.employeeNo)
      }
    }

    try {
      await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, worker))
    } finally {
      clearInterval(timer)
      pace?.ended()
      if (succeeded) this.devices.observe(this.deviceId)
      if (this.pause?.health) this.devices.observe(this.deviceId, this.pause.health)
      this.flush(progress)
    }
    if (this.pause)
      return {
        kind: 'paused',
        reason: this.pause.reason,
        ...(this.pause.code ? { code: this.pause.code } : {}),
        retryable: this.pause.until === 'retry',
        until: this.pause.until,
      }
    return this.stopping ? { kind: 'stopped' } : { kind: 'finished' }
  }

  private record(progress: RunProgress, outcome: StepOutcomeRecord): void {
    this.buffer.push(outcome)
    if (outcome.state === 'done') progress.done++
    else if (outcome.state === 'failed') progress.failed++
    else progress.skipped++
    progress.finishedThisRun++
  }

  private failure(step: JournalStep, error: unknown): StepOutcomeRecord {
    const base = {
      jobId: this.jobId,
      deviceId: this.deviceId,
      seq: step.seq,
      employeeNo: step.employeeNo,
      state: 'failed' as const,
    }
    if (isIsapiError(error))
      return {
        ...base,
        errorCode: appCodeOf(error),
        reason: plainReason(error),
        deviceCode: deviceCodeOf(error),
      }
    this.ctx.logger.error('apply step failed unexpectedly', {
      step: `${step.kind} ${step.employeeNo}`,
      error: String(error),
    })
    return {
      ...base,
      errorCode: 'INTERNAL',
      reason: error instanceof Error ? error.message : String(error),
    }
  }

  private flush(progress: RunProgress): void {
    if (this.buffer.length === 0) return
    const outcomes = this.buffer
    const dirty = this.dirty
    this.buffer = []
    this.dirty = new Map()
    const at = this.ctx.clock.now().toISOString()
    const { holdings, journal } = this.ctx.store
    try {
      journal.markMany(outcomes, at, () => {
        for (const [employeeNo, holding] of dirty) {
          if (holding) holdings.put(this.deviceId, holding, at)
          else holdings.remove(this.deviceId, employeeNo)
        }
      })
    } catch (error) {
      // nothing of this batch was written (one transaction): its steps stay pending and run
      // again after the pause (they are idempotent); the queue stops until the store can write
      this.pause ??= storePause(error)
      this.ctx.logger.warn('apply paused: the roster cannot be written', { error: String(error) })
      return
    }
    this.onFlush({ ...progress }, outcomes)
  }
}

const PAGE_STEPS = 2000

/**
 * A run's pending steps, read a page at a time, as units of one person's steps in order; what the
 * terminal holds of a page's persons is read with it. A job of 100,000 persons then keeps a few
 * thousand steps in memory, not all of them.
 */
class StepQueue {
  private groups: JournalStep[][] = []
  private next = 0
  private after = 0
  private exhausted = false
  private urgent: string[] = []

  constructor(
    private readonly store: StationContext['store'],
    private readonly jobId: string,
    private readonly deviceId: string,
    /** The runner's view of the terminal's holdings: a page's are added, finished persons dropped. */
    private readonly held: Map<string, Holding>,
    /** Steps per page, asked at each page (fewer while many runs share the station's memory). */
    private readonly pageSteps: () => number,
  ) {}

  /** These persons' pending steps go ahead of the rest (read when the next unit is taken). */
  hurry(employeeNos: readonly string[]): void {
    this.urgent.push(...employeeNos)
  }

  /** The next person's steps, or undefined when none are left. */
  take(): JournalStep[] | undefined {
    if (this.urgent.length > 0) {
      const persons = [...new Set(this.urgent.splice(0))]
      const steps = this.store.journal.pendingOf(this.jobId, this.deviceId, persons)
      for (const [no, holding] of this.store.holdings.ofDeviceFor(this.deviceId, persons))
        this.held.set(no, holding)
      // ahead of what is left of the page; their seqs are past it, so a later page that still
      // finds one pending (not flushed yet) runs it again, which changes nothing (idempotent)
      this.groups.splice(this.next, 0, ...groupByPerson(steps))
    }
    if (this.next >= this.groups.length && !this.exhausted) this.readPage()
    return this.groups[this.next++]
  }

  /** A unit is finished (or abandoned): its person's holding is no longer needed here. */
  done(group: JournalStep[]): void {
    this.held.delete(group[0]!.employeeNo)
  }

  private readPage(): void {
    const size = this.pageSteps()
    const steps = this.store.journal.pendingAfter(this.jobId, this.deviceId, this.after, size)
    if (steps.length < size) this.exhausted = true
    else {
      // the last person's steps may go on in the next page: leave them for it (a person has a
      // few dozen steps at most, never a whole page)
      const last = steps.at(-1)!.employeeNo
      let cut = steps.length
      while (cut > 0 && steps[cut - 1]!.employeeNo === last) cut--
      if (cut > 0) steps.length = cut
    }
    this.after = steps.at(-1)?.seq ?? this.after
    this.groups = groupByPerson(steps)
    this.next = 0
    const employeeNos = [...new Set(steps.map((s) => s.employeeNo))]
    for (const [no, holding] of this.store.holdings.ofDeviceFor(this.deviceId, employeeNos))
      this.held.set(no, holding)
  }
}

function groupByPerson(steps: JournalStep[]): JournalStep[][] {
  const groups = new Map<string, JournalStep[]>()
  for (const step of steps) {
    const key = step.kind === 'deletePerson' ? `-${step.employeeNo}` : step.employeeNo
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    group.push(step)
  }
  return [...groups.values()]
}
