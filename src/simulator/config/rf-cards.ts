// RF card recognition per card type (protocol-config/06 §4): the document's root is a LIST,
// so it is not a DocSpec. PUT validates each item against the published capabilities
// (cardType options, enabled true/false) and keeps the types it does not mention.
import { parseJsonBody, isObj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { bool, opt } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'

const PATH = '/ISAPI/AccessControl/Configuration/RFCardCfg'
const TYPES = ['EMCard', 'M1Card', 'CPUCard', 'IDCard']
const KEY = 'RFCardCfg'

interface RfItem {
  cardType: string
  enabled: boolean
}

const factory = (): RfItem[] =>
  TYPES.map((cardType) => ({ cardType, enabled: cardType === 'EMCard' || cardType === 'M1Card' }))

function current(ctx: Ctx): RfItem[] {
  return (ctx.dev.data.docs[`${KEY}/0`] as RfItem[] | undefined) ?? factory()
}

function put(ctx: Ctx) {
  const doc = parseJsonBody(ctx)
  const list = isObj(doc) ? doc[KEY] : undefined
  if (!Array.isArray(list)) return fail('MessageParametersLack', KEY)
  const next = current(ctx).map((i) => ({ ...i }))
  for (const item of list) {
    if (!isObj(item)) return fail('badJsonContent', KEY)
    const { cardType, enabled } = item
    if (typeof cardType !== 'string' || !TYPES.includes(cardType))
      return fail('badParameters', 'cardType', 400)
    if (typeof enabled !== 'boolean') return fail('badParameters', 'enabled', 400)
    next.find((i) => i.cardType === cardType)!.enabled = enabled
  }
  ctx.dev.data.docs[`${KEY}/0`] = next
  ctx.dev.changed()
  ctx.dev.recordEvent(3, 118, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  return okJson()
}

export const rfCardRoutes: RouteDef[] = [
  {
    path: `${PATH}/capabilities`,
    format: 'json',
    feature: 'card',
    GET: () =>
      json({ RFCardCfgCap: { cardType: { '@opt': TYPES }, enabled: { '@opt': [true, false] } } }),
  },
  {
    path: PATH,
    format: 'json',
    feature: 'card',
    GET: (ctx) => json({ [KEY]: current(ctx) }),
    PUT: put,
  },
]

/**
 * Card-number authentication rule (protocol-config/06 §6). The guide's payload was not found in
 * any source (confidence L): this field and its options are the simulator's guess at the
 * semantics described there (full number vs Wiegand-style truncation), served as a document.
 */
export const cardRuleDoc: DocSpec = {
  path: '/ISAPI/AccessControl/CardVerificationRule',
  format: 'json',
  root: 'CardVerificationRule',
  capsRoot: 'CardVerificationRuleCap',
  feature: 'card',
  defaults: () => ({ cardNoLenMode: 'full', enable: true }),
  caps: () => ({ cardNoLenMode: opt('full,wiegand26,wiegand34'), enable: bool }),
}
