// List fields of a resource edited as text: a list of numbers ("2,3", e.g. the readers allowed
// after this one, the doors an event opens) or a list of items as JSON (multi-factor rules, the
// days of a week schedule). Each is checked against the list's own capability node (its size,
// each number's range, each item's fields with their ranges and options) before anything is
// sent; a value outside them is refused with what is allowed.
import type { CapField } from '../../isapi'
import { codedFailure, type ReasonParams } from '@shared/coded-failure'
import type { ReasonCode } from '@shared/reason-text'

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

interface Where {
  device: string
  resource: string
  key: string
}

/** Refused with what is allowed: `code` says which kind of limit, `params` its figures. */
function refuse(
  where: Where,
  path: string,
  code: ReasonCode,
  params: ReasonParams = {},
  details: Json = {},
): never {
  throw codedFailure(
    'OUT_OF_RANGE',
    code,
    { resource: where.resource, at: path, terminal: where.device, ...params },
    { resource: where.resource, field: where.key, at: path, device: where.device, ...details },
  )
}

function checkLeaf(where: Where, path: string, value: unknown, cap: CapField | undefined): void {
  if (!cap) return
  if (cap.boolean) {
    if (typeof value !== 'boolean') refuse(where, path, 'configListNotBoolean')
    return
  }
  if (cap.options && cap.options.length > 0 && !cap.options.includes(String(value)))
    refuse(
      where,
      path,
      'configListChoice',
      { options: cap.options.join(', ') },
      { options: cap.options },
    )
  if (typeof value === 'number') {
    if ((cap.min !== undefined && value < cap.min) || (cap.max !== undefined && value > cap.max))
      refuse(
        where,
        path,
        'configListOutOfRange',
        { allowed: `${cap.min ?? ''}–${cap.max ?? ''}` },
        { min: cap.min, max: cap.max },
      )
  } else if (typeof value === 'string' && cap.max !== undefined && !cap.options) {
    if (Buffer.byteLength(value) > cap.max) refuse(where, path, 'configListBytes', { max: cap.max })
  }
}

function checkItem(where: Where, path: string, item: unknown, cap: CapField | undefined): void {
  if (!cap?.fields) return checkLeaf(where, path, item, cap)
  if (!isObj(item))
    refuse(where, path, 'configListNotObject', { fields: Object.keys(cap.fields).join(', ') })
  for (const [k, v] of Object.entries(item)) {
    const sub = cap.fields[k]
    if (!sub)
      refuse(where, `${path}.${k}`, 'configListUnknownField', {
        fields: Object.keys(cap.fields).join(', '),
      })
    if (Array.isArray(v)) checkList(where, `${path}.${k}`, v, sub)
    else checkItem(where, `${path}.${k}`, v, sub)
  }
}

function checkList(where: Where, path: string, list: unknown[], cap: CapField | undefined): void {
  if (cap?.maxSize !== undefined && list.length > cap.maxSize)
    refuse(where, path, 'configListTooMany', { max: cap.maxSize }, { maxSize: cap.maxSize })
  list.forEach((item, i) => checkItem(where, `${path}[${i}]`, item, cap))
}

/** The list a user typed, parsed and checked against the capability node of the list. */
export function listValue(
  kind: 'numbers' | 'json',
  input: string,
  cap: CapField | undefined,
  where: Where,
): unknown[] {
  const text = input.trim()
  let list: unknown
  if (kind === 'numbers' && !text.startsWith('[')) {
    const parts = text === '' ? [] : text.split(/[\s,]+/).filter((p) => p !== '')
    if (parts.some((p) => !/^-?\d+$/.test(p)))
      throw codedFailure(
        'INVALID_ARGS',
        'configNeedsNumberList',
        { resource: where.resource, field: where.key },
        { resource: where.resource, field: where.key },
      )
    list = parts.map(Number)
  } else {
    try {
      list = JSON.parse(text === '' ? '[]' : text) as unknown
    } catch {
      list = undefined
    }
  }
  if (!Array.isArray(list))
    throw codedFailure(
      'INVALID_ARGS',
      kind === 'json' ? 'configNeedsJsonList' : 'configNeedsList',
      { resource: where.resource, field: where.key },
      { resource: where.resource, field: where.key },
    )
  if (kind === 'numbers' && list.some((n) => typeof n !== 'number'))
    throw codedFailure(
      'INVALID_ARGS',
      'configNeedsNumbers',
      { resource: where.resource, field: where.key },
      { resource: where.resource, field: where.key },
    )
  checkList(where, where.key, list, cap)
  return list
}
