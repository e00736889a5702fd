import type { ApplyFailure, ApplyJob, ApplyProgressEvent } from '../../shared/model'
import { flag, need, show, table, type CliContext, type Command } from './context'
import { resolveDeviceFlags } from './devices'

const summary = (job: ApplyJob): string =>
  [
    `job ${job.id}: ${job.state}`,
    ...job.devices.map(
      (d) =>
        `  ${d.deviceId}: ${d.done}/${d.total} done, ${d.failed} failed, ${d.skipped} skipped${d.pausedReason ? ` — paused: ${d.pausedReason}` : ''}`,
    ),
  ].join('\n')

/** Waits until the job is done or failed, printing progress lines (not with --json). */
async function wait(cli: CliContext, job: ApplyJob): Promise<ApplyJob> {
  if (job.state === 'done' || job.state === 'failed') return job
  await new Promise<void>((resolve) => {
    const off = cli.station.subscribe((event, payload) => {
      if (event !== 'apply.progress') return
      const p = payload as ApplyProgressEvent
      if (p.jobId !== job.id) return
      if (!cli.json)
        cli.err(
          `  ${p.device.deviceId}: ${p.device.done}/${p.device.total}${p.device.pausedReason ? ` (paused: ${p.device.pausedReason})` : ''}`,
        )
      if (p.state === 'done' || p.state === 'failed') {
        off()
        resolve()
      }
    })
  })
  return need<ApplyJob>(cli, await cli.station.call('apply.status', { jobId: job.id })) ?? job
}

async function finish(cli: CliContext, job: ApplyJob): Promise<number> {
  const final = cli.flags.wait === true ? await wait(cli, job) : job
  const failures =
    final.state === 'failed'
      ? (need<ApplyFailure[]>(cli, await cli.station.call('apply.failures', { jobId: final.id })) ??
        [])
      : []
  show(cli, { job: final, failures }, () =>
    [
      summary(final),
      ...(failures.length
        ? [
            table([
              ['DEVICE', 'PERSON', 'STEP', 'CODE', 'REASON'],
              ...failures.map((f) => [f.deviceId, f.employeeNo, f.step, f.code, f.reason]),
            ]),
          ]
        : []),
    ].join('\n'),
  )
  return final.state === 'failed' || final.devices.some((d) => d.failed > 0) ? 1 : 0
}

export const applyCommands: Record<string, Command> = {
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
