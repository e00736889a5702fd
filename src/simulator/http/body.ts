// Request bodies, parsed once into plain values. Wrong syntax and wrong roots get the codes a
// terminal gives (badJsonFormat / badXmlFormat / badXmlContent / MessageParametersLack).
import { fail } from './errors.js'
import type { Ctx } from './route.js'
import { parseXml } from './xml.js'
import type { XmlNode } from './xml.js'

export type Obj = Record<string, unknown>

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function parseJsonBody(ctx: Ctx): unknown {
  const text = ctx.body.toString('utf8').trim()
  if (text === '') fail('badJsonFormat', 'badJsonFormat', 400)
  try {
    return JSON.parse(text) as unknown
  } catch {
    return fail('badJsonFormat', 'badJsonFormat', 400)
  }
}

/** Parses `{"<root>": {...}}`; a missing root is MessageParametersLack with the node name. */
export function jsonRoot(ctx: Ctx, root: string): Obj {
  const doc = parseJsonBody(ctx)
  if (!isObj(doc)) fail('badJsonContent', root)
  const inner = doc[root]
  if (!isObj(inner)) fail('MessageParametersLack', root)
  return inner
}

/** FDLib messages are flat (no root key). */
export function jsonFlat(ctx: Ctx): Obj {
  const doc = parseJsonBody(ctx)
  if (!isObj(doc)) fail('badJsonContent', 'body')
  return doc
}

export function xmlRoot(ctx: Ctx, root: string, optional = false): XmlNode {
  const text = ctx.body.toString('utf8').trim()
  if (text === '' && optional) return {}
  if (text.startsWith('{') || text.startsWith('[')) fail('badXmlContent', 'badXmlContent', 400)
  const doc = parseXml(text)
  if (!doc) fail('badXmlFormat', 'badXmlFormat', 400)
  if (doc.root !== root) fail('badXmlContent', root, 400)
  return doc.node
}
