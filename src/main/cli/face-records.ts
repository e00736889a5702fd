// `faces records|edit`: a face library's records, and editing their attributes
// (contract/face-records.ts): `faces edit D FDID TYPE 1001=Ann 1002=Bo [--gender female]
// [--born 1990-01-02]` — one record goes by FDSearch, several by FDModify.
import type { FaceRecordView } from '@shared/contract/face-records'
import { flag, need, show, table, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const USAGE = `faces records <device> <FDID> <faceLibType>
faces edit <device> <FDID> <faceLibType> FPID=NAME [FPID=NAME …] [--gender male|female|unknown] [--born YYYY-MM-DD]`

const print = (list: FaceRecordView[]) =>
  table([
    ['FPID', 'NAME', 'GENDER', 'BORN'],
    ...list.map((r) => [r.FPID, r.name, r.gender ?? '', r.bornTime ?? '']),
  ])

export const faceRecordCommands: Record<string, Command> = {
  records: async (cli) => {
    const [ref, FDID, faceLibType] = cli.args
    if (!ref || !FDID || !faceLibType) throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const list = need<FaceRecordView[]>(
      cli,
      await cli.station.call('libraries.faces', { deviceId: device.id, FDID, faceLibType }),
    )
    return list ? show(cli, list, () => print(list)) : 1
  },
  edit: async (cli) => {
    const [ref, FDID, faceLibType, ...pairs] = cli.args
    if (!ref || !FDID || !faceLibType || pairs.length === 0 || pairs.some((p) => !p.includes('=')))
      throw new UsageError(USAGE)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const gender = flag(cli, 'gender')
    const bornTime = flag(cli, 'born')
    const records = pairs.map((p) => {
      const at = p.indexOf('=')
      return {
        FPID: p.slice(0, at),
        name: p.slice(at + 1),
        ...(gender ? { gender } : {}),
        ...(bornTime ? { bornTime } : {}),
      }
    })
    const list = need<FaceRecordView[]>(
      cli,
      await cli.station.call('libraries.editFaces', {
        deviceId: device.id,
        FDID,
        faceLibType,
        records,
      }),
    )
    return list ? show(cli, list, () => print(list)) : 1
  },
}
