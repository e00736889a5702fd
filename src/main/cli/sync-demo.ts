import type { Device, SyncDiff } from '../../shared/model'
import { flag, need, show, table, untilInterrupted, type Command } from './context'
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
