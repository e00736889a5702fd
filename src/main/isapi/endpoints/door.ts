import { int, list, obj, str } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { verifyModeName } from '../models/verify-mode-number'
import { jsonRoot, type CallOptions } from './common'

export type DoorCommand = 'open' | 'close' | 'alwaysOpen' | 'alwaysClose' | 'resume'

/** Remote door control (`PUT /ISAPI/AccessControl/RemoteControl/door/<n>`, XML). */
export async function controlDoor(
  http: IsapiHttp,
  doorNo: number,
  cmd: DoorCommand,
  o: CallOptions & { password?: string } = {},
): Promise<void> {
  if (!Number.isInteger(doorNo) || doorNo < 1)
    throw new IsapiError('INVALID_ARGUMENT', `bad door number ${doorNo}`)
  const body: Record<string, unknown> = { cmd }
  if (o.password) body.password = o.password
  await http.xml(
    'PUT',
    `/ISAPI/AccessControl/RemoteControl/door/${doorNo}`,
    'RemoteControlDoor',
    body,
    o,
  )
}

export interface DoorWorkStatus {
  /** Per door: 0 normally closed … (device codes, verbatim). */
  doorLockStatus: number[]
  /** 1 sleep, 2 remain unlocked, 3 remain locked, 4 normal. */
  doorStatus: number[]
  magneticStatus: number[]
  cardReaderOnlineStatus: number[]
  /** Per reader: the verify mode in force, by name (numeric codes of the guide); absent if unsent. */
  cardReaderVerifyMode: (string | null)[]
  cardNum?: number
  raw: Record<string, unknown>
}

export async function doorWorkStatus(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<DoorWorkStatus> {
  const path = '/ISAPI/AccessControl/AcsWorkStatus?format=json'
  const r = jsonRoot(http, await http.json('GET', path, undefined, o), 'AcsWorkStatus', 'GET', path)
  const nums = (x: unknown): number[] =>
    list(x)
      .map((v) => int(v))
      .filter((n): n is number => n !== undefined)
  const s: DoorWorkStatus = {
    doorLockStatus: nums(r.doorLockStatus),
    doorStatus: nums(r.doorStatus),
    magneticStatus: nums(r.magneticStatus),
    cardReaderOnlineStatus: nums(r.cardReaderOnlineStatus),
    cardReaderVerifyMode: nums(r.cardReaderVerifyMode).map(verifyModeName),
    raw: r,
  }
  const cn = int(r.cardNum)
  if (cn !== undefined) s.cardNum = cn
  return s
}

export async function doorCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<{ doorMax?: number; commands: string[] }> {
  const b = await http.xmlDoc(
    'GET',
    '/ISAPI/AccessControl/RemoteControl/door/capabilities',
    'RemoteControlDoor',
    undefined,
    undefined,
    o,
  )
  const out: { doorMax?: number; commands: string[] } = {
    commands: (str(obj(b.cmd)['@opt']) ?? '').split(',').filter(Boolean),
  }
  const max = int(obj(b.doorNo)['@max'])
  if (max !== undefined) out.doorMax = max
  return out
}
