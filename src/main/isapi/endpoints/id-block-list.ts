// The ID-card block list (guide 21.19.1–2, protocol/04 §5, G): `PUT IDBlackListCfg` (XML) adds
// one resident ID card to the terminal's block list (blackListValid 1) or takes it off (0); no
// request reads the list back. The capabilities give the ID number's length range.
import { int, obj } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

const PATH = '/ISAPI/AccessControl/IDBlackListCfg'

export interface IdBlockListCaps {
  idNumber: { min: number; max: number } | null
  maxNum: number | null
}

export async function idBlockListCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<IdBlockListCaps> {
  const doc = await http.xmlDoc(
    'GET',
    `${PATH}/capabilities`,
    'IDBlackListCfg',
    undefined,
    undefined,
    o,
  )
  const num = obj(obj(doc.IDCardInfo).IDNum)
  const min = int(num['@min'])
  const max = int(num['@max'])
  return {
    idNumber: min !== undefined && max !== undefined ? { min, max } : null,
    maxNum: int(doc.maxNum) ?? null,
  }
}

export interface IdBlockEntry {
  /** The resident ID number, in full (never logged by the station). */
  IDNum: string
  name?: string
  sex?: 'male' | 'female'
  /** YYYY-MM-DD */
  birth?: string
}

/** Adds (`blocked` true) or removes one ID card. */
export async function setIdBlocked(
  http: IsapiHttp,
  entry: IdBlockEntry,
  blocked: boolean,
  o: CallOptions = {},
): Promise<void> {
  const card: Record<string, string> = {}
  if (entry.name !== undefined) card.name = entry.name
  if (entry.birth !== undefined) card.birth = entry.birth
  card.IDNum = entry.IDNum
  if (entry.sex !== undefined) card.sex = entry.sex
  await http.xml(
    'PUT',
    PATH,
    'IDBlackListCfg',
    { blackListValid: blocked ? 1 : 0, IDCardInfo: card },
    o,
  )
}
