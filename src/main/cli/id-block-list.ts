// `idcards caps|block|unblock`: the terminal's ID-card block list (contract/id-block-list.ts).
// The number is printed back masked, as the station keeps it.
import type { IdBlockListCapsView } from '@shared/contract/id-block-list'
import { flag, need, show, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const USAGE = `idcards caps <device>
idcards block <device> <ID number> --name NAME
idcards unblock <device> <ID number>`

const setBlocked =
  (blocked: boolean): Command =>
  async (cli) => {
    const [ref, idNumber] = cli.args
    const name = flag(cli, 'name')
    if (!ref || !idNumber || (blocked && !name)) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const r = need<{ idNumber: string; blocked: boolean }>(
      cli,
      await cli.station.call('idcards.setBlocked', {
        deviceId: device.id,
        blocked,
        idNumber,
        ...(name ? { name } : {}),
      }),
    )
    return r
      ? show(cli, r, () => `${r.idNumber} ${r.blocked ? 'blocked' : 'unblocked'} on ${device.name}`)
      : 1
  }

export const idBlockListCommands: Record<string, Command> = {
  caps: async (cli) => {
    const [ref] = cli.args
    if (!ref) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const c = need<IdBlockListCapsView>(
      cli,
      await cli.station.call('idcards.caps', { deviceId: device.id }),
    )
    return c ? show(cli, c, () => JSON.stringify(c, null, 2)) : 1
  },
  block: setBlocked(true),
  unblock: setBlocked(false),
}
