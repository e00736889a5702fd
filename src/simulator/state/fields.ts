// Field readers that validate as a terminal does: wrong type, length or range is badParameters
// with the field name in errorMsg; a missing required field is MessageParametersLack.
import { fail } from '../http/errors.js'
import type { Obj } from '../http/body.js'
import { parseIso } from './clock.js'

export function byteLen(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

export function reqStr(o: Obj, key: string, min: number, max: number): string {
  const v = o[key]
  if (v === undefined || v === null) fail('MessageParametersLack', key)
  if (typeof v !== 'string') fail('badParameters', key)
  const n = byteLen(v)
  if (n < min || n > max) fail('badParameters', key)
  return v
}

export function optStr(o: Obj, key: string, max: number, min = 0): string | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string') fail('badParameters', key)
  const n = byteLen(v)
  if (n < min || n > max) fail('badParameters', key)
  return v
}

export function optInt(o: Obj, key: string, min: number, max: number): number | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    fail('badParameters', key)
  return v
}

export function optBool(o: Obj, key: string): boolean | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'boolean') fail('badParameters', key)
  return v
}

export function optEnum(o: Obj, key: string, allowed: readonly string[]): string | undefined {
  const v = optStr(o, key, 64)
  if (v === undefined) return undefined
  if (!allowed.includes(v)) fail('badParameters', key)
  return v
}

export function optObj(o: Obj, key: string): Obj | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'object' || Array.isArray(v)) fail('badParameters', key)
  return v as Obj
}

export function optArr(o: Obj, key: string, maxSize: number): unknown[] | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v) || v.length > maxSize) fail('badParameters', key)
  return v
}

/** `[{"employeeNo":"1"}, …]` → ["1", …] */
export function idList(
  o: Obj,
  listKey: string,
  itemKey: string,
  maxSize: number,
  maxLen: number,
): string[] | undefined {
  const arr = optArr(o, listKey, maxSize)
  if (!arr) return undefined
  return arr.map((item) => {
    if (typeof item !== 'object' || item === null) fail('badParameters', itemKey)
    return reqStr(item as Obj, itemKey, 1, maxLen)
  })
}

/** Local time without offset, e.g. "2024-01-01T00:00:00". */
export function isLocalTime(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(s) && parseIso(s, 0) !== null
}
