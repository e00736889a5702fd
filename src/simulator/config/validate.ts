// Checks a PUT body against the resource's capability document and factory shape, the way
// terminals do: ranges, enumerations, list sizes, value types. Unknown keys are ignored.
// XML leaves arrive as strings and are coerced to the factory value's type.
import { fail } from '../http/errors.js'
import type { SubStatus } from '../http/errors.js'
import type { CapNode, Caps } from './doc-spec.js'

type Json = Record<string, unknown>

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

export class DocValidator {
  constructor(
    private readonly xml: boolean,
    private readonly sub: SubStatus = xml ? 'badXmlContent' : 'badParameters',
  ) {}

  private bad(key: string): never {
    return fail(this.sub, key, 400)
  }

  private leaf(key: string, value: unknown, cap: CapNode | undefined, sample: unknown): unknown {
    let v = value
    if (this.xml && typeof v === 'string') {
      if (typeof sample === 'number') {
        if (v.trim() === '' || Number.isNaN(Number(v))) this.bad(key)
        v = Number(v)
      } else if (typeof sample === 'boolean') {
        if (v !== 'true' && v !== 'false') this.bad(key)
        v = v === 'true'
      }
    }
    if (sample !== undefined && sample !== null && typeof v !== typeof sample) this.bad(key)
    if (cap === undefined) return v
    if (typeof cap === 'string' && cap === 'true,false') {
      if (typeof v !== 'boolean') this.bad(key)
    } else if (Array.isArray(cap)) {
      if (!cap.map(String).includes(String(v))) this.bad(key)
    } else if (isObj(cap)) {
      const o = cap['@opt']
      if (o !== undefined) {
        const list = Array.isArray(o) ? o.map(String) : String(o).split(',')
        if (!list.includes(String(v))) this.bad(key)
      }
      const min = cap['@min']
      const max = cap['@max']
      if (typeof min === 'number' && typeof max === 'number') {
        if (typeof v === 'number') {
          if (v < min || v > max) this.bad(key)
        } else if (typeof v === 'string') {
          const n = Buffer.byteLength(v)
          if (n > max || (n < min && n !== 0)) this.bad(key)
        }
      }
    }
    return v
  }

  /** Merges `body` onto `current`, validating each present key. */
  merge(body: Json, current: Json, caps: Caps, factory: Json): Json {
    const out: Json = { ...current }
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined) continue
      const cap = caps[key]
      const sample = factory[key] ?? current[key]
      if (Array.isArray(sample) || (isObj(cap) && typeof cap.maxSize === 'number')) {
        out[key] = this.list(key, value, cap, sample)
      } else if (isObj(sample)) {
        if (!isObj(value)) this.bad(key)
        out[key] = this.merge(
          value,
          isObj(current[key]) ? (current[key] as Json) : sample,
          isObj(cap) ? (cap as Caps) : {},
          sample,
        )
      } else if (sample === undefined && cap === undefined) {
        continue
      } else if (
        current[key] !== undefined &&
        !isObj(value) &&
        String(value) === String(current[key])
      ) {
        // its own value sent back unchanged (read-modify-write): kept, even where the factory
        // value lies outside the capabilities (S2's Ehome portNo 0 before it is configured)
        continue
      } else {
        out[key] = this.leaf(key, value, cap, sample)
      }
    }
    return out
  }

  private list(key: string, value: unknown, cap: CapNode | undefined, sample: unknown): unknown[] {
    const arr = Array.isArray(value)
      ? value
      : this.xml && value !== '' && value !== undefined
        ? [value]
        : this.xml
          ? []
          : this.bad(key)
    const capObj = isObj(cap) ? (cap as Caps) : {}
    const max = typeof capObj.maxSize === 'number' ? capObj.maxSize : Infinity
    if (arr.length > max) this.bad(key)
    const structured = Object.keys(capObj).some((k) => k !== 'maxSize' && !k.startsWith('@'))
    const first =
      Array.isArray(sample) && sample.length > 0 ? sample[0] : structured ? {} : undefined
    return arr.map((item) => {
      if (isObj(first)) {
        if (!isObj(item)) this.bad(key)
        return this.merge(item, first, capObj, first)
      }
      if (isObj(item)) this.bad(key)
      return this.leaf(
        key,
        item,
        capObj['@min'] !== undefined || capObj['@opt'] !== undefined ? capObj : undefined,
        first,
      )
    })
  }
}

/** JSON capability notation → XML attributes ("true,false" → opt, maxSize → size). */
export function capsToXml(caps: Caps): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(caps)) {
    if (k === 'maxSize') out['@size'] = v
    else if (k.startsWith('@')) out[k] = Array.isArray(v) ? v.join(',') : v
    else if (typeof v === 'string') out[k] = { '@opt': v }
    else if (Array.isArray(v)) out[k] = { '@opt': v.join(',') }
    else if (isObj(v)) out[k] = capsToXml(v as Caps)
    else out[k] = v
  }
  return out
}
