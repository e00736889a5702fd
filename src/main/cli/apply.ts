import { reasonText } from '@shared/reason-text'
import type {
  ApplyFailure,
  ApplyJob,
  ApplyJobState,
  ApplyProgressEvent,
  Device,
} from '@shared/model'
import { flag, need, show, table, type CliContext, type Command } from './context'
import { applyPendingCommands } from './apply-pending'
import { resolveDeviceFlags } from './devices'

const ENDED: ReadonlySet<ApplyJobState> = new Set(['done', 'failed', 'cancelled'])
/** `--wait` re-plans after a job ends until a plan has nothing left to send (bounded). */
const MAX_ROUNDS = 5

/** Terminal names by id (summaries name terminals, not UUIDs). */
async function namesOf(cli: CliContext): Promise<Map<string, string>> {
  const list = need<Device[]>(cli, await cli.station.call('devices.list', {})) ?? []
  return new Map(list.map((d) => [d.id, d.name]))
}

const summary = (job: ApplyJob, names: Map<string, string>): string =>
  [
    `job ${job.id}: ${job.state}`,
    ...job.devices.map(
      (d) =>
        `  ${names.get(d.deviceId) ?? d.deviceId}: ${d.done}/${d.total} done, ${d.failed} failed, ${d.skipped} skipped${d.pausedReason ? ` — paused: ${d.pausedReason}` : ''}`,
    ),
  ].join('\n')

/** Waits until the job has ended, printing progress lines (not with --json). */
async function wait(cli: CliContext, job: ApplyJob, names: Map<string, string>): Promise<ApplyJob> {
  let off = () => {}
  const ended = new Promise<void>((resolve) => {
    off = cli.station.subscribe((event, payload) => {
      if (event !== 'apply.progress') return
      const p = payload as ApplyProgressEvent
      if (p.jobId !== job.id) return
      if (!cli.json)
        cli.err(
          `  ${names.get(p.device.deviceId) ?? p.device.deviceId}: ${p.device.done}/${p.device.total}${p.device.pausedReason ? ` (paused: ${p.device.pausedReason})` : ''}`,
        )
      if (ENDED.has(p.state)) resolve()
      // a terminal that waits for the operator (full, certificate changed) will not move by
      // itself: the wait ends there, with the reason, once nothing else is running
      if (p.device.pausedUntil === 'operator')
        void cli.station.call('apply.status', { jobId: job.id }).then((r) => {
          if (r.ok && stuck(r.value as ApplyJob)) resolve()
        })
    })
  })
  try {
    // subscribed first, then asked: an end between the two cannot be missed
    const now = need<ApplyJob>(cli, await cli.station.call('apply.status', { jobId: job.id }))
    if (!now || ENDED.has(now.state) || stuck(now)) return now ?? job
    await ended
  } finally {
    off()
  }
  return need<ApplyJob>(cli, await cli.station.call('apply.status', { jobId: job.id })) ?? job
}

/** Every terminal with steps left waits for the operator. */
const stuck = (job: ApplyJob): boolean => {
  const open = job.devices.filter((d) => d.total > d.done + d.failed + d.skipped)
  return open.length > 0 && open.every((d) => d.pausedUntil === 'operator')
}

const totalOf = (job: ApplyJob) => job.devices.reduce((n, d) => n + d.total, 0)

/**
 * `--wait`: until the terminals the job touches hold the roster, whatever jobs that takes. A job
 * that ended (or was superseded) is followed by a new plan for the same terminals; an empty
 * plan is the proof. A failure ends the wait with the failures listed.
 */
async function waitUntilHeld(
  cli: CliContext,
  job: ApplyJob,
  names: Map<string, string>,
): Promise<ApplyJob> {
  let shown = await wait(cli, job, names)
  const deviceIds = job.devices.map((d) => d.deviceId)
  for (let round = 0; round < MAX_ROUNDS && shown.state !== 'failed' && !stuck(shown); round++) {
    if (deviceIds.length === 0) break
    const next = need<ApplyJob>(cli, await cli.station.call('apply.start', { deviceIds }))
    if (!next) break
    if (totalOf(next) === 0) {
      if (shown.state === 'cancelled') shown = next
      break
    }
    if (!cli.json) cli.err(`  the terminals do not hold the roster yet: job ${next.id}`)
    shown = await wait(cli, next, names)
  }
  return shown
}

async function finish(cli: CliContext, job: ApplyJob): Promise<number> {
  const names = await namesOf(cli)
  const final = cli.flags.wait === true ? await waitUntilHeld(cli, job, names) : job
  const failures =
    final.state === 'failed'
      ? (need<ApplyFailure[]>(cli, await cli.station.call('apply.failures', { jobId: final.id })) ??
        [])
      : []
  show(cli, { job: final, failures }, () =>
    [
      summary(final, names),
      ...(failures.length
        ? [
            table([
              ['TERMINAL', 'PERSON', 'STEP', 'CODE', 'REASON'],
              ...failures.map((f) => [
                names.get(f.deviceId) ?? f.deviceId,
                f.name ? `${f.name} (${f.employeeNo})` : f.employeeNo,
                f.step,
                f.code,
                f.deviceReason ? reasonText(f.deviceReason, 'en') : f.reason,
              ]),
            ]),
          ]
        : []),
    ].join('\n'),
  )
  return final.state === 'failed' || stuck(final) || final.devices.some((d) => d.failed > 0) ? 1 : 0
}

export const applyCommands: Record<string, Command> = {
  ...applyPendingCommands,
  run: async (cli) => {
    const deviceIds = await resolveDeviceFlags(cli)
    if (!deviceIds) return 1
    const job = need<ApplyJob>(
      cli,
      await cli.station.call('apply.start', deviceIds.length ? { deviceIds } : {}),
    )
    return job ? finish(cli, job) : 1
  },
  status: async (cli) => {
    const job = need<ApplyJob | null>(
      cli,
      await cli.station.call('apply.status', { jobId: flag(cli, 'job') }),
    )
    if (job === null) return show(cli, null, () => 'No apply job yet.')
    return finish(cli, job)
  },
  retry: async (cli) => {
    const last = need<ApplyJob | null>(
      cli,
      await cli.station.call('apply.status', { jobId: flag(cli, 'job') }),
    )
    if (!last) return 1
    const job = need<ApplyJob>(cli, await cli.station.call('apply.retryFailed', { jobId: last.id }))
    return job ? finish(cli, job) : 1
  },
}
