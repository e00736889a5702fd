import type { Device, SyncDiff, SyncReport } from '@shared/model'
import { flag, need, show, table, untilInterrupted, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const pull = async (cli: Parameters<Command>[0]): Promise<SyncDiff | null> => {
  const device = await resolveDevice(cli, flag(cli, 'device'))
  if (!device) return null
  return need<SyncDiff>(cli, await cli.station.call('sync.pull', { deviceId: device.id }))
}

export const syncCommands: Record<string, Command> = {
  /** Summary of what the terminal holds against the roster. */
  pull: async (cli) => {
    const diff = await pull(cli)
    if (!diff) return 1
    return show(
      cli,
      diff,
      () =>
        `sync ${diff.syncId}: ${diff.same} same, ${diff.different.length} different, ${diff.onlyOnDevice.length} only on the terminal, ${diff.onlyInRoster.length} only in the roster`,
    )
  },
  /** Every difference, person by person. */
  diff: async (cli) => {
    const diff = await pull(cli)
    if (!diff) return 1
    return show(cli, diff, () =>
      table([
        ['EMPLOYEE NO', 'NAME', 'DIFFERENCE'],
        ...diff.different.map((d) => [d.employeeNo, d.name, d.fields.join(', ')]),
        ...diff.onlyOnDevice.map((d) => [d.employeeNo, d.name, 'only on the terminal']),
        ...diff.onlyInRoster.map((d) => [d.employeeNo, d.name, 'only in the roster']),
      ]),
    )
  },
}

const ACTIONS = ['adopt', 'overwrite', 'remove'] as const
type Action = (typeof ACTIONS)[number]

/** Who an action covers when no person is named: everyone it can apply to in the diff. */
const everyoneFor = (diff: SyncDiff, action: Action): string[] =>
  (action === 'adopt'
    ? [...diff.onlyOnDevice, ...diff.different]
    : action === 'overwrite'
      ? [...diff.different, ...diff.onlyInRoster]
      : diff.onlyOnDevice
  ).map((p) => p.employeeNo)

/** `sync resolve SYNC_ID adopt|overwrite|remove [EMPLOYEE_NO…]`: acts on a pulled diff (kept in the store). */
const resolveCommand: Command = async (cli) => {
  const [syncId, action, ...persons] = cli.args
  if (!syncId || !ACTIONS.includes(action as Action))
    throw new UsageError('sync resolve SYNC_ID adopt|overwrite|remove [EMPLOYEE_NO…]')
  const diff = need<SyncDiff>(cli, await cli.station.call('sync.snapshot', { syncId }))
  if (!diff) return 1
  const employeeNos = persons.length > 0 ? persons : everyoneFor(diff, action as Action)
  if (employeeNos.length === 0)
    return show(cli, { adopted: 0, overwritten: 0, removed: 0, failed: [] }, () => 'Nothing to do.')
  const report = need<SyncReport>(
    cli,
    await cli.station.call('sync.resolve', {
      syncId,
      actions: employeeNos.map((employeeNo) => ({ employeeNo, action })),
    }),
  )
  if (!report) return 1
  show(cli, report, () =>
    [
      `${report.adopted} adopted, ${report.overwritten} overwritten, ${report.removed} removed, ${report.failed.length} failed`,
      ...(report.failed.length
        ? [
            table([
              ['EMPLOYEE NO', 'REASON'],
              ...report.failed.map((f) => [f.employeeNo, f.reason]),
            ]),
          ]
        : []),
    ].join('\n'),
  )
  return report.failed.length > 0 ? 1 : 0
}
syncCommands.resolve = resolveCommand

/** Starts the demo site and keeps its simulated terminals running until Ctrl+C. */
export const demoCommand: Command = async (cli) => {
  const demo = need<{ devices: Device[]; persons: number }>(
    cli,
    await cli.station.call('demo.start', {}),
  )
  if (!demo) return 1
  show(
    cli,
    demo,
    () =>
      `Demo site running: ${demo.devices.map((d) => `${d.name} at ${d.host}:${d.port}`).join('; ')}. ${demo.persons} sample persons. Ctrl+C to stop.`,
  )
  await (cli.interrupted ?? untilInterrupted)()
  return 0
}

/** Removes the demo site in one action (its terminals, devices and untouched sample persons). */
export const demoRemoveCommand: Command = async (cli) => {
  const gone = need<{ devices: number; persons: number }>(
    cli,
    await cli.station.call('demo.remove', {}),
  )
  if (!gone) return 1
  return show(
    cli,
    gone,
    () =>
      `Demo site removed: ${gone.devices} simulated terminals and ${gone.persons} sample persons. It will not start again by itself.`,
  )
}
