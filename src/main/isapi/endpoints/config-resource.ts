// Generic configuration resources (protocol-config/*): read, write and the capability document
// of any resource given its address. The station's registry says which resources exist; this
// layer only knows how JSON and XML resources travel.
import { isObj, type Obj } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import { parseCapDocument, type CapField } from '../models/config-caps'
import type { CallOptions } from './common'

export type { CapField } from '../models/config-caps'

export interface ResourceAddress {
  /** Path of the resource (an instance's id already filled in). */
  path: string
  /** Path of its capability document. */
  capsPath: string
  format: 'json' | 'xml'
  /** Root element / key of the resource document. */
  root: string
}

const jsonPath = (path: string): string =>
  /[?&]format=json/.test(path) ? path : `${path}${path.includes('?') ? '&' : '?'}format=json`

/** Drops XML attributes of the root (`@version`, `@xmlns`): the builder writes its own. */
const withoutAttributes = (body: Obj): Obj =>
  Object.fromEntries(Object.entries(body).filter(([k]) => !k.startsWith('@')))

/** The resource's content under its root: an object, or (RFCardCfg) a list. */
export async function readResource(
  http: IsapiHttp,
  a: ResourceAddress,
  o: CallOptions = {},
): Promise<Obj | unknown[]> {
  if (a.format === 'xml')
    return withoutAttributes(await http.xmlDoc('GET', a.path, a.root, undefined, undefined, o))
  const path = jsonPath(a.path)
  const doc = await http.json('GET', path, undefined, o)
  const content = isObj(doc) ? doc[a.root] : undefined
  if (isObj(content) || Array.isArray(content)) return content
  throw http.bad('GET', path, `expected a ${a.root} document`)
}

/** Writes the whole resource document (the caller read, modified and hands it back). */
export async function writeResource(
  http: IsapiHttp,
  a: ResourceAddress,
  content: Obj | unknown[],
  o: CallOptions = {},
): Promise<void> {
  if (a.format === 'xml') {
    if (!isObj(content)) throw http.bad('PUT', a.path, 'an XML resource is an object')
    await http.xml('PUT', a.path, a.root, withoutAttributes(content), o)
    return
  }
  await http.json('PUT', jsonPath(a.path), { [a.root]: content }, o)
}

/** Any capability document, parsed: the fields under its single root. */
export async function readCapabilities(
  http: IsapiHttp,
  path: string,
  format: 'json' | 'xml',
  o: CallOptions = {},
): Promise<Record<string, CapField>> {
  if (format === 'xml') {
    const doc = await http.xml('GET', path, undefined, undefined, o)
    if (!doc || !isObj(doc.body)) throw http.bad('GET', path, 'expected a capability document')
    return parseCapDocument(doc.body)
  }
  const p = jsonPath(path)
  const doc = await http.json('GET', p, undefined, o)
  const roots = isObj(doc) ? Object.values(doc) : []
  const root = roots.length === 1 ? roots[0] : undefined
  if (!isObj(root)) throw http.bad('GET', p, 'expected a capability document')
  return parseCapDocument(root)
}

/** A resource's own capability document. */
export const readResourceCaps = (
  http: IsapiHttp,
  a: ResourceAddress,
  o: CallOptions = {},
): Promise<Record<string, CapField>> => readCapabilities(http, a.capsPath, a.format, o)
