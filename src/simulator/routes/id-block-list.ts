// PUT /ISAPI/AccessControl/IDBlackListCfg and its capabilities (guide 21.19.1–2): XML, one ID
// card per request, `blackListValid` 1 adds it to the block list, 0 takes it off
// (access/id-block-list.ts). Only terminals with an ID-card reader (feature idCard).
import { idBlockList, ID_BLOCK_MAX } from '../access/id-block-list.js'
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml, xml } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'

const text = (n: XmlNode, k: string): string | undefined => {
  const v = n[k]
  return typeof v === 'string' ? v.trim() : undefined
}

export const idBlockListRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/IDBlackListCfg/capabilities',
    format: 'xml',
    feature: 'idCard',
    GET: () =>
      xml('IDBlackListCfg', {
        blackListValid: { '@opt': '0,1' },
        IDCardInfo: {
          name: { '@min': 1, '@max': 128 },
          birth: { '@min': 10, '@max': 10 },
          addr: { '@min': 0, '@max': 280 },
          IDNum: { '@min': 15, '@max': 18 },
          issuingAuthority: { '@min': 0, '@max': 128 },
          startDate: { '@min': 10, '@max': 10 },
          endDate: { '@min': 10, '@max': 10 },
          termOfValidity: { '@opt': '0,1' },
          sex: { '@opt': 'male,female' },
          nation: { '@min': 1, '@max': 56 },
        },
        maxNum: ID_BLOCK_MAX,
      }),
  },
  {
    path: '/ISAPI/AccessControl/IDBlackListCfg',
    format: 'xml',
    feature: 'idCard',
    PUT: (ctx) => {
      const n = xmlRoot(ctx, 'IDBlackListCfg')
      const valid = text(n, 'blackListValid')
      if (valid !== '0' && valid !== '1') fail('badXmlContent', 'blackListValid', 400)
      const card = n.IDCardInfo
      if (!card || typeof card !== 'object' || Array.isArray(card))
        fail('badXmlContent', 'IDCardInfo', 400)
      const idNum = text(card, 'IDNum') ?? ''
      if (!/^\d{15}$|^\d{17}[\dXx]$/.test(idNum)) fail('badXmlContent', 'IDNum', 400)
      const list = idBlockList(ctx.dev)
      if (valid === '0') delete list[idNum]
      else {
        if (!(idNum in list) && Object.keys(list).length >= ID_BLOCK_MAX)
          fail('badXmlContent', 'maxNum', 400)
        const name = text(card, 'name') ?? ''
        if (name.length < 1 || name.length > 128) fail('badXmlContent', 'name', 400)
        list[idNum] = { name, sex: text(card, 'sex'), birth: text(card, 'birth') }
      }
      ctx.dev.changed()
      return okXml(ctx.path)
    },
  },
]
