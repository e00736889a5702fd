// `faces libraries|rename`: a terminal's face libraries with their counts, and renaming one
// (contract/face-libraries.ts).
import type { FaceLibraryView } from '@shared/contract/face-libraries'
import { flag, need, show, table, UsageError, type Command } from './context'
import { resolveDevice } from './devices'
import { faceRecordCommands } from './face-records'

const USAGE = `faces libraries <device>
faces rename <device> <FDID> <faceLibType> <name>
faces create <device> <name>
faces remove <device> <FDID> <faceLibType> --confirm <name>`

const print = (list: FaceLibraryView[]) =>
  table([
    ['FDID', 'TYPE', 'NAME', 'FACES'],
    ...list.map((l) => [l.FDID, l.faceLibType, l.name, l.faces ?? '?']),
  ])

export const faceLibraryCommands: Record<string, Command> = {
  ...faceRecordCommands,
  libraries: async (cli) => {
    const [ref] = cli.args
    if (!ref) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const list = need<FaceLibraryView[]>(
      cli,
      await cli.station.call('libraries.list', { deviceId: device.id }),
    )
    return list ? show(cli, list, () => print(list)) : 1
  },
  rename: async (cli) => {
    const [ref, FDID, faceLibType, ...words] = cli.args
    if (!ref || !FDID || !faceLibType || words.length === 0) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const list = need<FaceLibraryView[]>(
      cli,
      await cli.station.call('libraries.rename', {
        deviceId: device.id,
        FDID,
        faceLibType,
        name: words.join(' '),
      }),
    )
    return list ? show(cli, list, () => print(list)) : 1
  },
  create: async (cli) => {
    const [ref, ...words] = cli.args
    if (!ref || words.length === 0) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const list = need<FaceLibraryView[]>(
      cli,
      await cli.station.call('libraries.create', { deviceId: device.id, name: words.join(' ') }),
    )
    return list ? show(cli, list, () => print(list)) : 1
  },
  remove: async (cli) => {
    const [ref, FDID, faceLibType] = cli.args
    const confirm = flag(cli, 'confirm')
    if (!ref || !FDID || !faceLibType || confirm === undefined) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const list = need<FaceLibraryView[]>(
      cli,
      await cli.station.call('libraries.remove', {
        deviceId: device.id,
        FDID,
        faceLibType,
        confirm,
      }),
    )
    return list ? show(cli, list, () => print(list)) : 1
  },
}
