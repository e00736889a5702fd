// XML as terminals write it: prolog, `version="2.0"` and the isapi.org namespace on the root,
// lists as repeated elements, capability attributes via "@name" keys.
import { XMLParser } from 'fast-xml-parser'

export const ISAPI_NS = 'http://www.isapi.org/ver20/XMLSchema'

export type XmlValue = string | number | boolean | null | undefined | XmlNode | XmlValue[]
export interface XmlNode {
  [key: string]: XmlValue
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  )
}

function attrs(node: XmlNode): string {
  let out = ''
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('@') && v !== undefined && v !== null)
      out += ` ${k.slice(1)}="${esc(String(v))}"`
  }
  return out
}

function element(name: string, value: XmlValue, indent: string): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return value.map((v) => element(name, v, indent)).join('')
  if (value === null) return `${indent}<${name}/>\n`
  if (typeof value !== 'object') return `${indent}<${name}>${esc(String(value))}</${name}>\n`
  const children = Object.entries(value).filter(([k]) => !k.startsWith('@') && k !== '#text')
  const text = value['#text']
  if (children.length === 0) {
    return text === undefined
      ? `${indent}<${name}${attrs(value)}/>\n`
      : `${indent}<${name}${attrs(value)}>${esc(String(text))}</${name}>\n`
  }
  const inner = children.map(([k, v]) => element(k, v, indent + '  ')).join('')
  return `${indent}<${name}${attrs(value)}>\n${inner}${indent}</${name}>\n`
}

export function buildXml(root: string, body: XmlNode, version = '2.0', ns = ISAPI_NS): string {
  const node: XmlNode = { '@version': version, '@xmlns': ns, ...body }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, node, '')}`
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  processEntities: true,
})

/** Parses a request body; returns the root element name and its content, or null when not XML. */
export function parseXml(text: string): { root: string; node: XmlNode } | null {
  const trimmed = text.trim()
  if (!trimmed.startsWith('<')) return null
  let doc: unknown
  try {
    doc = parser.parse(trimmed, true)
  } catch {
    return null
  }
  if (!doc || typeof doc !== 'object') return null
  const keys = Object.keys(doc)
  if (keys.length !== 1) return null
  const root = keys[0]!
  const content = (doc as Record<string, unknown>)[root]
  return { root, node: content && typeof content === 'object' ? (content as XmlNode) : {} }
}
