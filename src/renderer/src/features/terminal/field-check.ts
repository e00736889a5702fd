// The inline check of a typed value against the terminal's own constraints (config.caps): the
// same rule the station applies before sending, so the form can say it before Save.
import type { ConfigField } from '@shared/contract/config'
import type { TerminalT } from '../../i18n/feature-hooks'

const bytes = (s: string): number => new TextEncoder().encode(s).length

/** A problem with the value, in words with the terminal's range; null when it is fine. */
export function fieldProblem(f: ConfigField, value: string, t: TerminalT): string | null {
  if (f.readOnly) return null
  if (f.type === 'number') {
    if (value.trim() === '' || !Number.isFinite(Number(value))) return t('form.number')
    const n = Number(value)
    if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))
      return t('form.range', { min: f.min ?? '…', max: f.max ?? '…' })
    return null
  }
  if (f.type === 'string') {
    const n = bytes(value)
    if (f.maxLength !== undefined && n > f.maxLength) return t('form.tooLong', { max: f.maxLength })
    if (f.minLength !== undefined && f.minLength > 0 && n < f.minLength)
      return t('form.tooShort', { min: f.minLength })
    return null
  }
  if (f.type === 'enum' && !f.options?.includes(value)) return t('form.option')
  return null
}
