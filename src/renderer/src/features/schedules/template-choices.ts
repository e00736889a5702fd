// Plan templates as a person's form offers them: the station's templates by name, the terminals'
// factory all-day template 1 unless the station redefines it, and any number a person already
// names that the station does not define (kept, never dropped silently).
import type { PlanTemplateDef } from '@shared/model'

export interface TemplateChoice {
  value: string
  no: number
  /** The station's name for it; null for the factory template 1 or an undefined number. */
  name: string | null
  kind: 'station' | 'factory' | 'unknown'
}

/** "1,3" → [1, 3]; anything not a number is left out. */
export const templateNos = (list: string): number[] =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^\d+$/.test(s))
    .map(Number)

export function templateChoices(
  templates: readonly PlanTemplateDef[],
  current: string,
): TemplateChoice[] {
  const out = new Map<number, TemplateChoice>()
  for (const t of templates)
    out.set(t.templateNo, {
      value: String(t.templateNo),
      no: t.templateNo,
      name: t.name,
      kind: 'station',
    })
  if (!out.has(1)) out.set(1, { value: '1', no: 1, name: null, kind: 'factory' })
  for (const no of templateNos(current))
    if (!out.has(no)) out.set(no, { value: String(no), no, name: null, kind: 'unknown' })
  return [...out.values()].sort((a, b) => a.no - b.no)
}

/** The form's value for chosen template numbers: ascending, comma-separated. */
export const joinTemplateNos = (values: readonly string[]): string =>
  [...new Set(values.map(Number))].sort((a, b) => a - b).join(',')
