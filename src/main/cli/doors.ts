// doors status <D> | doors open|close|always-open|always-closed <D> <doorNo>
import type { DoorsStatus } from '@shared/contract/terminal'
import type { DoorCommand } from '@shared/model'
import { need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

const LOCK: Record<string, string> = { open: 'unlocked', closed: 'locked' }

export function doorsTable(s: DoorsStatus): string {
  const doors = table([
    ['DOOR', 'MODE', 'LOCK', 'CONTACT'],
    ...s.doors.map((d) => [d.doorNo, d.mode, LOCK[d.lock] ?? d.lock, d.contact]),
  ])
  const readers = s.readers.length
    ? `\nreaders: ${s.readers.map((r) => `${r.readerNo} ${r.online ? 'online' : 'offline'}${r.verifyMode ? ` (${r.verifyModeLabel?.en ?? r.verifyMode})` : ''}`).join(', ')}`
    : ''
  return doors + readers
}

const control =
  (command: DoorCommand): Command =>
  async (cli: CliContext) => {
    const [ref, no] = cli.args
    const doorNo = Number(no)
    if (!no || !Number.isInteger(doorNo) || doorNo < 1)
      throw new UsageError('name a terminal and a door number (1, 2, …)')
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const s = need<DoorsStatus>(
      cli,
      await cli.station.call('doors.control', { id: device.id, doorNo, command }),
    )
    return s
      ? show(cli, s, () => `${device.name} door ${doorNo}: ${command} sent.\n${doorsTable(s)}`)
      : 1
  }

export const doorsCommands: Record<string, Command> = {
  status: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0])
    if (!device) return 1
    const s = need<DoorsStatus>(cli, await cli.station.call('doors.status', { id: device.id }))
    return s ? show(cli, s, () => doorsTable(s)) : 1
  },
  open: control('open'),
  close: control('close'),
  'always-open': control('alwaysOpen'),
  'always-closed': control('alwaysClose'),
}
