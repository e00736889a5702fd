import { MultiSelect } from '@mantine/core'
import { useEffect } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { useSchedules } from './store'
import {
  joinTemplateNos,
  templateChoices,
  templateNos,
  type TemplateChoice,
} from './template-choices'

interface Props {
  label: string
  /** Comma-separated template numbers, as Person.planTemplateNo. */
  value: string
  onChange(value: string): void
  error?: string
  /** A terminal's own reason (shown as it is, instead of "required"). */
  refusal?: string
}

/** A person's plan templates, chosen by name from the station's templates. */
export function TemplatePicker({ label, value, onChange, error, refusal }: Props) {
  const { t } = useSchedulesText()
  const templates = useSchedules((s) => s.roster?.templates)
  const load = useSchedules((s) => s.load)
  useEffect(() => void load(), [load])
  const text = (c: TemplateChoice) =>
    c.kind === 'station'
      ? t('numbered', { no: c.no, name: c.name ?? '' })
      : c.kind === 'factory'
        ? t('person.factory')
        : t('person.unknown', { no: c.no })
  return (
    <MultiSelect
      label={label}
      description={t('person.hint')}
      placeholder={templateNos(value).length ? undefined : t('person.placeholder')}
      data={templateChoices(templates ?? [], value).map((c) => ({
        value: c.value,
        label: text(c),
      }))}
      value={templateNos(value).map(String)}
      onChange={(v) => onChange(joinTemplateNos(v))}
      maxValues={4}
      searchable
      error={refusal ?? (error ? t('person.required') : undefined)}
      comboboxProps={{ withinPortal: true }}
      data-testid="plan-template-picker"
    />
  )
}
