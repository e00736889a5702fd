// Structure of a JSON-like value, for comparing simulator answers with real captures:
// same keys, nesting and value types, values free. "REDACTED"/"OMITTED" leaves match anything.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/real')

export function fixture<T = Record<string, unknown>>(rel: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as T
}

export function fixtureText(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8')
}

const WILD = new Set(['REDACTED', 'OMITTED'])
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Differences between a real value and the simulator's. `subset`: keys the real device sent
 * must exist in the simulator's answer (extra simulator keys allowed). Otherwise key sets must
 * be equal. `ignore` lists key paths to skip (device-specific nodes).
 */
export function diff(
  real: unknown,
  sim: unknown,
  opts: { subset?: boolean; ignore?: string[] } = {},
  path = '',
): string[] {
  const out: string[] = []
  if (typeof real === 'string' && WILD.has(real)) return out
  if (Array.isArray(real)) {
    if (!Array.isArray(sim)) return [`${path}: array expected, got ${typeof sim}`]
    if (real.length > 0 && sim.length > 0) {
      const r = real.every(isObj) ? Object.assign({}, ...real) : real[0]
      const s = sim.every(isObj) ? Object.assign({}, ...sim) : sim[0]
      out.push(...diff(r, s, opts, `${path}[]`))
    }
    return out
  }
  if (isObj(real)) {
    if (!isObj(sim)) return [`${path}: object expected, got ${JSON.stringify(sim)?.slice(0, 40)}`]
    for (const k of Object.keys(real)) {
      const p = path ? `${path}.${k}` : k
      if (opts.ignore?.includes(p)) continue
      if (!(k in sim)) out.push(`${p}: missing in simulator`)
      else out.push(...diff(real[k], sim[k], opts, p))
    }
    if (!opts.subset)
      for (const k of Object.keys(sim))
        if (!(k in real) && !opts.ignore?.includes(path ? `${path}.${k}` : k))
          out.push(`${path ? `${path}.${k}` : k}: not in the real answer`)
    return out
  }
  if (real === null) return sim === null ? out : [`${path}: null expected`]
  if (typeof real !== typeof sim)
    out.push(`${path}: ${typeof real} expected, got ${typeof sim} (${JSON.stringify(sim)})`)
  return out
}

/** Only the keys both sides have must agree in shape (different models, different feature sets). */
export function diffCommon(real: unknown, sim: unknown, path = ''): string[] {
  if (!isObj(real) || !isObj(sim)) return diff(real, sim, { subset: true }, path)
  const out: string[] = []
  for (const k of Object.keys(real))
    if (k in sim) out.push(...diffCommon(real[k], sim[k], path ? `${path}.${k}` : k))
  return out
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
})

/** XML → the probe records' dict form: "@attr" keys, string leaves, xmlns dropped. */
export function xmlNorm(text: string): Record<string, unknown> {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (!isObj(v)) return v
    const o: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (k !== '@xmlns' && k !== '?xml') o[k] = strip(x)
    return o
  }
  return strip(xmlParser.parse(text)) as Record<string, unknown>
}

/**
 * The layout of cJSON's formatted print, written out line by line (independently of the
 * simulator's printer): members one a line at depth tabs, `"key":<TAB>value`, arrays inline
 * with ", " so a list of objects opens `[{` and continues `}, {`. Checked against the real
 * santanapedro files byte for byte, then used on the simulator's answers.
 */
export function cjsonLayout(value: unknown): string {
  const lines: string[] = []
  const scalar = (v: unknown): string => (v === null ? 'null' : JSON.stringify(v))
  // Returns the text of `v` printed at `depth` (object members at depth + 1 tabs).
  const print = (v: unknown, depth: number): string => {
    if (Array.isArray(v)) return '[' + v.map((x) => print(x, depth + 1)).join(', ') + ']'
    if (!isObj(v)) return scalar(v)
    const inner = Object.entries(v).map(
      ([k, x]) => '\t'.repeat(depth + 1) + JSON.stringify(k) + ':\t' + print(x, depth + 1),
    )
    return ['{', inner.join(',\n'), '\t'.repeat(depth) + '}'].filter((s) => s !== '').join('\n')
  }
  lines.push(print(value, 0))
  return lines.join('\n')
}
