// `documents list <device>` / `documents show <device> <name>` / `documents events <device>`:
// the documents a terminal reports and nobody writes (contract/terminal-documents.ts), printed
// as the terminal sent them; how many events it holds.
import type {
  TerminalDocumentInfo,
  TerminalDocumentView,
} from '@shared/contract/terminal-documents'
import { flag, need, show, table, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const USAGE = `documents list <device>
documents show <device> <name>
documents events <device> [--person E]`

export const terminalDocumentCommands: Record<string, Command> = {
  list: async (cli) => {
    const [ref] = cli.args
    if (!ref) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const list = need<TerminalDocumentInfo[]>(
      cli,
      await cli.station.call('terminal.documents', { deviceId: device.id }),
    )
    return list
      ? show(cli, list, () =>
          table([
            ['NAME', 'GUIDE', 'OFFERED'],
            ...list.map((d) => [d.name, d.guide, d.offered ? 'yes' : 'no']),
          ]),
        )
      : 1
  },
  show: async (cli) => {
    const [ref, name] = cli.args
    if (!ref || !name) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const doc = need<TerminalDocumentView>(
      cli,
      await cli.station.call('terminal.document', { deviceId: device.id, name }),
    )
    return doc
      ? show(cli, doc, () => `${doc.path}\n${JSON.stringify({ [doc.root]: doc.content }, null, 2)}`)
      : 1
  },
  events: async (cli) => {
    const [ref] = cli.args
    if (!ref) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const employeeNo = flag(cli, 'person')
    const r = need<{ total: number }>(
      cli,
      await cli.station.call('terminal.eventCount', {
        deviceId: device.id,
        ...(employeeNo ? { employeeNo } : {}),
      }),
    )
    return r
      ? show(
          cli,
          r,
          () => `${device.name} holds ${r.total} events${employeeNo ? ` of ${employeeNo}` : ''}.`,
        )
      : 1
  },
}
