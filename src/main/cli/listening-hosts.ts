// listening add D URL | listening replace D [URL…] --yes
// A platform's listening host added in a free slot, or every slot but the station's own
// replaced by these hosts (none: emptied). URLs as http(s)://address:port/path.
import type { ListeningSlotView } from '@shared/contract/terminal'
import { parseListeningHostUrl, type ListeningHostInput } from '@shared/listening-host-url'
import { need, show, table, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const slotsTable = (v: ListeningSlotView[]): string =>
  table([['SLOT', 'STATE', 'POINTS AT'], ...v.map((s) => [s.slot, s.state, s.target ?? '—'])])

function hostOf(text: string): ListeningHostInput {
  const h = parseListeningHostUrl(text)
  if (!h) throw new UsageError(`not an http(s) URL with a host: ${text}`)
  return h
}

export const listeningHostCommands: Record<string, Command> = {
  add: async (cli) => {
    const [ref, url] = cli.args
    if (!url)
      throw new UsageError('name a terminal and a URL: listening add D http://host:port/path')
    const host = hostOf(url)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const v = need<ListeningSlotView[]>(
      cli,
      await cli.station.call('listening.addHost', { deviceId: device.id, host }),
    )
    return v ? show(cli, v, () => `Added ${url} on ${device.name}.\n${slotsTable(v)}`) : 1
  },
  replace: async (cli) => {
    const [ref, ...urls] = cli.args
    const hosts = urls.map(hostOf)
    if (cli.flags.yes !== true) throw new UsageError('replacing the listening hosts needs --yes')
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const v = need<ListeningSlotView[]>(
      cli,
      await cli.station.call('listening.replaceHosts', {
        deviceId: device.id,
        hosts,
        confirm: true,
      }),
    )
    return v
      ? show(cli, v, () => `Replaced the listening hosts of ${device.name}.\n${slotsTable(v)}`)
      : 1
  },
}
