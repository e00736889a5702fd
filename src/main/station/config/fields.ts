// The editable shape of a resource on one terminal: the document's leaves, each typed and
// bounded by the terminal's own capability document (never by constants here), and the check
// of a change against them before anything is sent.
import type { CapField } from '../../isapi'
import type { ConfigField, ConfigValue } from '@shared/contract/config'
import type { FlatValues } from './document'
import { FIELD_LABELS, FIELD_OPTION_LABELS } from './field-labels'
import type { ResourceDef } from './resource-def'
import { codedFailure, type ReasonParams } from '@shared/coded-failure'
import type { ReasonCode } from '@shared/reason-text'

const NUMERIC = /^-?\d+(\.\d+)?$/

/** A resource's capability document keyed like its document (capsItem: the caps describe one item). */
export function resourceCaps(
  def: ResourceDef,
  caps: Record<string, CapField>,
): Record<string, CapField> {
  return def.capsItem ? { [def.capsItem]: { fields: caps } } : caps
}

/** The capability node for a dotted key (items of a keyed list share one item description). */
export function capAt(
  caps: Record<string, CapField>,
  key: string,
  itemKey: string | undefined,
): CapField | undefined {
  const parts = key.split('.')
  if (itemKey) parts.shift()
  let fields: Record<string, CapField> | undefined = caps
  let node: CapField | undefined
  for (const part of parts) {
    node = fields?.[part]
    fields = node?.fields
  }
  return node
}

function typed(
  key: string,
  value: ConfigValue | null,
  cap: CapField | undefined,
  def: ResourceDef,
): ConfigField {
  const hint = def.fields?.[key]
  const label = hint?.label ?? FIELD_LABELS[def.id]?.[key] ?? null
  const readOnly = hint?.readOnly === true || cap === undefined || cap.fields !== undefined
  // lists edited as text ("2,3" or a JSON list), checked item by item (list-fields.ts)
  if (hint?.numberList || hint?.jsonList)
    return { key, label, type: 'string', readOnly: hint.readOnly === true || cap === undefined }
  if (typeof value === 'boolean' || cap?.boolean)
    return {
      key,
      label,
      type: 'boolean',
      readOnly: hint?.readOnly === true || cap?.boolean !== true,
    }
  if (cap?.options && cap.options.length > 0) {
    const field: ConfigField = {
      key,
      label,
      type: 'enum',
      options: cap.options,
      readOnly: hint?.readOnly === true,
    }
    const words = { ...FIELD_OPTION_LABELS[def.id]?.[key], ...hint?.optionLabels }
    const known = cap.options.filter((o) => words[o])
    if (known.length > 0) field.optionLabels = Object.fromEntries(known.map((o) => [o, words[o]!]))
    return field
  }
  const numeric =
    hint?.type === 'number' ||
    (hint?.type !== 'string' &&
      (typeof value === 'number' ||
        (def.format === 'xml' && typeof value === 'string' && NUMERIC.test(value))))
  const field: ConfigField = { key, label, type: numeric ? 'number' : 'string', readOnly }
  if (hint?.secret) field.secret = true
  if (cap?.min !== undefined) field[numeric ? 'min' : 'minLength'] = cap.min
  if (cap?.max !== undefined) field[numeric ? 'max' : 'maxLength'] = cap.max
  const frac = (n: unknown) => n !== null && n !== '' && !Number.isInteger(Number(n))
  if (numeric && (hint?.decimals || frac(value) || frac(cap?.min) || frac(cap?.max)))
    field.decimals = true
  return field
}

/** The fields of a document as this terminal's capabilities describe them. */
export function fieldsOf(
  def: ResourceDef,
  caps: Record<string, CapField>,
  values: FlatValues,
): ConfigField[] {
  const out: ConfigField[] = []
  const seen = new Set<string>()
  for (const [key, value] of Object.entries(values)) {
    if (def.fields?.[key]?.hidden) continue
    if (def.only && !def.only.includes(key)) continue
    if (def.except?.includes(key)) continue
    seen.add(key)
    out.push(typed(key, value, capAt(caps, key, def.itemKey), def))
  }
  // fields the registry names and the capabilities describe, absent from the document now
  // (an NTP server's hostName while it is addressed by IP)
  for (const key of Object.keys(def.fields ?? {})) {
    const cap = capAt(caps, key, def.itemKey)
    if (seen.has(key) || def.fields?.[key]?.hidden || !cap || cap.fields) continue
    out.push(typed(key, null, cap, def))
  }
  // the fields the registry names first, in its order (the entry lists what matters most first)
  const named = Object.keys(def.fields ?? {})
  const rank = (k: string) => (named.includes(k) ? named.indexOf(k) : named.length)
  const sorted = out.sort((a, b) => rank(a.key) - rank(b.key))
  return def.readOnly ? sorted.map((f) => ({ ...f, readOnly: true })) : sorted
}

const range = (min?: number, max?: number): string =>
  min !== undefined && max !== undefined
    ? `${min}–${max}`
    : min !== undefined
      ? `≥ ${min}`
      : `≤ ${max}`

/**
 * A change checked against the terminal's capabilities and turned into its typed value; a value
 * outside them is refused (OUT_OF_RANGE, with what is allowed), an unknown or read-only field too.
 */
export function checkChange(
  field: ConfigField | undefined,
  key: string,
  input: ConfigValue,
  where: { device: string; resource: string; fields: ConfigField[] },
): ConfigValue {
  const known = where.fields.filter((f) => !f.readOnly).map((f) => f.key)
  if (!field)
    throw codedFailure(
      'INVALID_ARGS',
      'configFieldUnknown',
      { resource: where.resource, terminal: where.device, field: key, editable: known.join(', ') },
      { resource: where.resource, field: key, editable: known },
    )
  if (field.readOnly)
    throw codedFailure(
      'INVALID_ARGS',
      'configFieldReadOnly',
      { resource: where.resource, field: key, terminal: where.device },
      { resource: where.resource, field: key, editable: known },
    )
  const refuse = (
    code: ReasonCode,
    params: ReasonParams,
    details: Record<string, unknown>,
  ): never => {
    throw codedFailure(
      'OUT_OF_RANGE',
      code,
      {
        resource: where.resource,
        field: key,
        value: String(input),
        terminal: where.device,
        ...params,
      },
      { resource: where.resource, field: key, value: input, device: where.device, ...details },
    )
  }
  switch (field.type) {
    case 'boolean': {
      const s = String(input).toLowerCase()
      if (s !== 'true' && s !== 'false')
        refuse('configValueNotBoolean', {}, { options: ['true', 'false'] })
      return s === 'true'
    }
    case 'enum': {
      const s = String(input)
      if (!field.options?.includes(s))
        refuse(
          'configValueChoice',
          { options: field.options?.join(', ') ?? '' },
          { options: field.options },
        )
      return s
    }
    case 'number': {
      const n = typeof input === 'number' ? input : Number(String(input).trim())
      if (String(input).trim() === '' || !Number.isFinite(n))
        throw codedFailure(
          'INVALID_ARGS',
          'configNeedsNumber',
          { resource: where.resource, field: key },
          { resource: where.resource, field: key },
        )
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
        refuse(
          'configValueOutOfRange',
          { allowed: range(field.min, field.max) },
          { min: field.min, max: field.max },
        )
      return n
    }
    case 'string': {
      const s = String(input)
      const bytes = Buffer.byteLength(s)
      if (
        (field.maxLength !== undefined && bytes > field.maxLength) ||
        (field.minLength !== undefined && bytes < field.minLength)
      )
        refuse(
          'configValueBytes',
          { allowed: range(field.minLength, field.maxLength) },
          { minLength: field.minLength, maxLength: field.maxLength },
        )
      return s
    }
  }
}
