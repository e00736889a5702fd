// Lenient readers that turn parsed device documents (JSON or XML-as-object) into typed values.
// Devices send numbers as strings, booleans as "true", one-element lists as objects and
// capability values as attributes; every reader accepts all of those and never throws.

export type Obj = Record<string, unknown>

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** The object itself, or an empty object for anything else. */
export function obj(x: unknown): Obj {
  return isObj(x) ? x : {}
}

/** Text content: strings as they are, numbers/booleans printed, XML `#text` nodes unwrapped. */
export function text(x: unknown): string | undefined {
  if (typeof x === 'string') return x
  if (typeof x === 'number' && Number.isFinite(x)) return String(x)
  if (typeof x === 'boolean') return x ? 'true' : 'false'
  if (isObj(x) && '#text' in x) return text(x['#text'])
  return undefined
}

export function str(x: unknown): string | undefined {
  return text(x)
}

const INT_RE = /^\s*[-+]?\d+\s*$/
const HEX_RE = /^\s*0x[0-9a-f]+\s*$/i
const NUM_RE = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/

/** Integer from a number, a decimal string or a 0x-hex string. */
export function int(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? Math.trunc(x) : undefined
  const t = text(x)
  if (t === undefined) return undefined
  if (INT_RE.test(t)) return Number.parseInt(t, 10)
  if (HEX_RE.test(t)) return Number.parseInt(t.trim(), 16)
  return undefined
}

export function num(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined
  const t = text(x)
  if (t === undefined || !NUM_RE.test(t)) return undefined
  return Number.parseFloat(t)
}

export function bool(x: unknown): boolean | undefined {
  if (typeof x === 'boolean') return x
  if (typeof x === 'number') return x !== 0
  const t = text(x)?.trim().toLowerCase()
  if (t === 'true' || t === '1' || t === 'yes') return true
  if (t === 'false' || t === '0' || t === 'no') return false
  return undefined
}

/** A list from an array, a single element (XML collapse) or nothing. */
export function list(x: unknown): unknown[] {
  if (Array.isArray(x)) return x
  if (x === undefined || x === null || x === '') return []
  return [x]
}

/**
 * Capability options: `"a,b"`, `["a","b"]`, `{"@opt":"a,b"}` or an XML `opt` attribute. An
 * element may also state its current value as text (`<characterType opt="any,number">number
 * </characterType>`): that is not an option list, read it with `stated`.
 */
export function opts(x: unknown): string[] {
  if (Array.isArray(x))
    return x.map((v) => text(v)).filter((v): v is string => v !== undefined && v !== '')
  if (isObj(x) && '@opt' in x) return opts(x['@opt'])
  const t = text(x)
  if (t === undefined || t === '') return []
  return t
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * The value a capability element states as its text besides `opt` / `min` / `max` (the
 * terminal's current setting): `{"@opt":"any,number","#text":"number"}` → `number`. A bare
 * single value (`"number"`) states itself; an option list without text states nothing.
 */
export function stated(x: unknown): string | undefined {
  if (isObj(x)) {
    const t = '#text' in x ? text(x['#text'])?.trim() : undefined
    return t === '' ? undefined : t
  }
  const t = text(x)?.trim()
  return t === undefined || t === '' || t.includes(',') ? undefined : t
}

/** The current value of a capability element: what it states, else its only or first option. */
export function current(x: unknown): string | undefined {
  return stated(x) ?? opts(x)[0]
}

export interface Range {
  min?: number
  max?: number
}

/** Capability range from `{"@min":1,"@max":30}` (JSON) or `min="1" max="30"` (XML). */
export function range(x: unknown): Range | undefined {
  if (!isObj(x)) return undefined
  const min = num(x['@min'])
  const max = num(x['@max'])
  if (min === undefined && max === undefined) return undefined
  const r: Range = {}
  if (min !== undefined) r.min = min
  if (max !== undefined) r.max = max
  return r
}

/** Comma list of integers ("1,3") or a JSON array of numbers. */
export function ints(x: unknown): number[] {
  if (Array.isArray(x)) return x.map(int).filter((n): n is number => n !== undefined)
  return opts(x)
    .map(int)
    .filter((n): n is number => n !== undefined)
}

/** Drops keys whose value is undefined so wire bodies carry only what was set. */
/** The object without its undefined fields (a copy only when there are some: `delete` would
 * turn the object into a slow dictionary for everything that reads it afterwards). */
export function compact<T extends Obj>(o: T): T {
  let clean = true
  for (const k in o) {
    if (o[k] === undefined) {
      clean = false
      break
    }
  }
  if (clean) return o
  const out: Obj = {}
  for (const k in o) if (o[k] !== undefined) out[k] = o[k]
  return out as T
}
