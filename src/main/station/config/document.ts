// A resource document as the UI and the CLI see it: every leaf by dotted key. Lists of items
// named by a key field (RFCardCfg's `cardType`) are addressed by that name (`EMCard.enabled`);
// other lists are shown whole and are not editable here.
import type { ConfigValue } from '@shared/contract/config'

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

export type FlatValues = Record<string, ConfigValue | null>

const leaf = (v: unknown): ConfigValue | null =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? v
    : v === null || v === undefined
      ? null
      : JSON.stringify(v)

function keyedItems(list: unknown[], itemKey: string): [string, Json][] | null {
  if (!list.every((i) => isObj(i) && typeof i[itemKey] === 'string')) return null
  return list.map((i) => [String((i as Json)[itemKey]), i as Json])
}

export function flatten(doc: unknown, itemKey?: string, prefix = ''): FlatValues {
  const out: FlatValues = {}
  if (Array.isArray(doc)) {
    const items = itemKey ? keyedItems(doc, itemKey) : null
    if (!items) {
      out[prefix.replace(/\.$/, '') || 'value'] = leaf(doc)
      return out
    }
    for (const [name, item] of items)
      for (const [k, v] of Object.entries(item))
        if (k !== itemKey) Object.assign(out, flatten(v, undefined, `${prefix}${name}.${k}.`))
    return out
  }
  if (!isObj(doc)) {
    out[prefix.replace(/\.$/, '')] = leaf(doc)
    return out
  }
  for (const [k, v] of Object.entries(doc)) {
    if (k.startsWith('@')) continue
    if (isObj(v)) Object.assign(out, flatten(v, undefined, `${prefix}${k}.`))
    else if (Array.isArray(v)) out[`${prefix}${k}`] = leaf(v)
    else out[`${prefix}${k}`] = leaf(v)
  }
  return out
}

/** The value at a dotted key of the document (items of a keyed list by their name). */
export function valueAt(doc: unknown, key: string, itemKey?: string): unknown {
  let node: unknown = doc
  for (const part of key.split('.')) {
    if (Array.isArray(node) && itemKey) node = node.find((i) => isObj(i) && i[itemKey] === part)
    else if (isObj(node)) node = node[part]
    else return undefined
  }
  return node
}

/** A copy of the document with `key` set to `value` (the path must exist up to the leaf's parent). */
export function withValue(doc: unknown, key: string, value: unknown, itemKey?: string): unknown {
  const copy: unknown = structuredClone(doc)
  const parts = key.split('.')
  let node: unknown = copy
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(node) && itemKey) node = node.find((i) => isObj(i) && i[itemKey] === part)
    else if (isObj(node)) {
      if (node[part] === undefined) node[part] = {}
      node = node[part]
    } else node = undefined
    if (node === undefined) throw new Error(`no ${key} in the document`)
  }
  if (!isObj(node)) throw new Error(`no ${key} in the document`)
  node[parts.at(-1)!] = value
  return copy
}

export interface Change {
  key: string
  before: ConfigValue | null
  after: ConfigValue | null
}

/** Keys whose value differs between two flattened documents. */
export function diff(before: FlatValues, after: FlatValues): Change[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  const out: Change[] = []
  for (const key of keys) {
    const b = before[key] ?? null
    const a = after[key] ?? null
    if (String(b) !== String(a)) out.push({ key, before: b, after: a })
  }
  return out
}
