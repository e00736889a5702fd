// listening slots D | listening free D SLOT --yes | listening free-all D --yes
// The terminal's listening-host slots and who they point at; freeing one (a stale platform's)
// or all of them needs --yes (else exit 2, nothing sent).
import type { ListeningSlotView } from '@shared/contract/terminal'
import { need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

const slotsTable = (v: ListeningSlotView[]): string =>
  table([['SLOT', 'STATE', 'POINTS AT'], ...v.map((s) => [s.slot, s.state, s.target ?? '—'])])

function requireYes(cli: CliContext, what: string): void {
  if (cli.flags.yes !== true) throw new UsageError(`${what} needs --yes`)
}

export const listeningCommands: Record<string, Command> = {
  slots: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0])
    if (!device) return 1
    const v = need<ListeningSlotView[]>(
      cli,
      await cli.station.call('listening.slots', { deviceId: device.id }),
    )
    return v ? show(cli, v, () => slotsTable(v)) : 1
  },
  free: async (cli) => {
    const [ref, slot] = cli.args
    if (!slot || !/^\d+$/.test(slot))
      throw new UsageError('name a terminal and a slot number: listening free D SLOT --yes')
    requireYes(cli, `freeing slot ${slot}`)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const v = need<ListeningSlotView[]>(
      cli,
      await cli.station.call('listening.freeSlot', { deviceId: device.id, slot, confirm: true }),
    )
    return v ? show(cli, v, () => `Freed slot ${slot} of ${device.name}.\n${slotsTable(v)}`) : 1
  },
  'free-all': async (cli) => {
    requireYes(cli, 'freeing every slot')
    const device = await resolveDevice(cli, cli.args[0])
    if (!device) return 1
    const v = need<ListeningSlotView[]>(
      cli,
      await cli.station.call('listening.freeAll', { deviceId: device.id, confirm: true }),
    )
    return v ? show(cli, v, () => `Freed every slot of ${device.name}.\n${slotsTable(v)}`) : 1
  },
}
