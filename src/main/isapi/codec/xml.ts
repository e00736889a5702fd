import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'
import { isObj, type Obj } from './read'

export const ISAPI_NS = 'http://www.isapi.org/ver20/XMLSchema'

/** Elements that are lists on devices: forced to arrays even when a device sends one. */
const ARRAY_TAGS = new Set([
  'HttpHostNotification',
  'User',
  'Content',
  'Event',
  'searchMatchItem',
  'NTPServer',
  'node',
  'CPU',
  'Memory',
  'FailedEvent',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
  removeNSPrefix: false,
  transformTagName: (name: string) => {
    const i = name.indexOf(':')
    return i >= 0 ? name.slice(i + 1) : name
  },
  isArray: (name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) =>
    !isAttribute && ARRAY_TAGS.has(name),
})

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
  format: false,
})

export interface XmlDocument {
  /** Root element name without namespace prefix. */
  root: string
  /** Root element content: child elements by name, attributes as `@name` (`@version`, `@xmlns`). */
  body: Obj
}

export class XmlSyntaxError extends Error {}

/** Parses a device XML document. All leaf values stay strings (card numbers keep leading zeros). */
export function parseXml(textIn: string, validate = true): XmlDocument {
  const t = textIn.replace(/^\uFEFF/, '')
  if (validate) {
    const v = XMLValidator.validate(t)
    if (v !== true) throw new XmlSyntaxError(`invalid XML: ${v.err.msg} (line ${v.err.line})`)
  }
  const parsed: unknown = parser.parse(t)
  if (!isObj(parsed)) throw new XmlSyntaxError('invalid XML: no root element')
  const roots = Object.keys(parsed).filter((k) => !k.startsWith('?') && !k.startsWith('@'))
  const root = roots[0]
  if (root === undefined) throw new XmlSyntaxError('invalid XML: no root element')
  // a root named like a list element (HttpHostNotification, User…) arrives wrapped in an array
  const content = Array.isArray(parsed[root]) ? (parsed[root] as unknown[])[0] : parsed[root]
  const body: Obj = isObj(content)
    ? content
    : content === undefined || content === ''
      ? {}
      : { '#text': content }
  return { root, body }
}

/** Builds an XML request body with prolog, `version="2.0"` and the ISAPI namespace on the root. */
export function buildXml(root: string, body: Obj, ns: string = ISAPI_NS): string {
  const withAttrs: Obj = { '@version': '2.0', '@xmlns': ns, ...body }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [root]: withAttrs }) as string}`
}
