// A configuration resource's capability document, parsed into typed constraints, the same way
// for JSON (`"true,false"`, `{"@min":1,"@max":255}`, `{"@opt":"a,b"}`, `["a","b"]`, `maxSize`)
// and XML (`<openDuration min="1" max="255"/>`, `opt="…"`, `size="…"`, and text stated beside
// the attributes, e.g. `<characterType opt="any,number">number</characterType>`).
import { isObj, num, text, type Obj } from '../codec/read'

export interface CapField {
  /** Allowed values (`opt` or a bare list), as the terminal spells them. */
  options?: string[]
  /** `opt` is exactly true/false. */
  boolean?: boolean
  /** Numeric range, or a string's length range (which one: the document's value decides). */
  min?: number
  max?: number
  /** Text stated beside the constraint (a default, or the value in force). */
  value?: string
  /** List size limit (`maxSize` in JSON, `size` in XML). */
  maxSize?: number
  /** Nested elements. */
  fields?: Record<string, CapField>
}

const splitOptions = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map((x) => text(x)).filter((x): x is string => x !== undefined && x !== '')
    : (text(v) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')

function withOptions(field: CapField, options: string[]): CapField {
  field.options = options
  if (options.length === 2 && options.includes('true') && options.includes('false'))
    field.boolean = true
  return field
}

/** One node of a capability document (JSON value or XML element as parsed). */
export function parseCapNode(node: unknown): CapField {
  if (Array.isArray(node)) return withOptions({}, splitOptions(node))
  if (typeof node === 'string')
    return node.includes(',') ? withOptions({}, splitOptions(node)) : { value: node }
  if (typeof node === 'number' || typeof node === 'boolean') return { value: String(node) }
  if (!isObj(node)) return {}
  const field: CapField = {}
  if (node['@opt'] !== undefined) withOptions(field, splitOptions(node['@opt']))
  const min = num(node['@min'])
  const max = num(node['@max'])
  if (min !== undefined) field.min = min
  if (max !== undefined) field.max = max
  const size = num(node.maxSize ?? node['@size'] ?? node['@maxSize'])
  if (size !== undefined) field.maxSize = size
  const stated = text(node['#text'])
  if (stated !== undefined && stated !== '') field.value = stated
  const fields: Record<string, CapField> = {}
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('@') || k === '#text' || k === 'maxSize') continue
    fields[k] = parseCapNode(v)
  }
  if (Object.keys(fields).length > 0) field.fields = fields
  return field
}

/** A whole capability document's root content (JSON root object or XML body) → its fields. */
export function parseCapDocument(root: Obj): Record<string, CapField> {
  return parseCapNode(root).fields ?? {}
}
