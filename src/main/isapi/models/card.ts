import { compact, isObj, str } from '../codec/read'

export interface Card {
  employeeNo: string
  /** Decimal string; leading zeros kept. */
  cardNo: string
  /** `normalCard` | `patrolCard` | `hijackCard` | … (verbatim). */
  cardType?: string
  /** Door numbers where this is a first card ("1,3"). */
  leaderCard?: string
}

export function parseCard(x: unknown): Card | undefined {
  if (!isObj(x)) return undefined
  const cardNo = str(x.cardNo)
  if (!cardNo) return undefined
  const c: Card = { employeeNo: str(x.employeeNo) ?? '', cardNo }
  const t = str(x.cardType)
  if (t !== undefined) c.cardType = t
  const l = str(x.leaderCard)
  if (l !== undefined && l !== '') c.leaderCard = l
  return c
}

export function cardToWire(c: Card): Record<string, unknown> {
  return compact({
    employeeNo: c.employeeNo,
    cardNo: c.cardNo,
    cardType: c.cardType ?? 'normalCard',
    leaderCard: c.leaderCard,
  })
}
