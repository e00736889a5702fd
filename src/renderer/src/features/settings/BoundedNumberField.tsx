import { NumberInput } from '@mantine/core'
import { useEffect, useState } from 'react'

const within = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max

/** A whole number within bounds: checked as typed, saved on blur or Enter when valid. */
export function BoundedNumberField({
  label,
  description,
  invalid,
  min,
  max,
  value,
  onSave,
  testId,
}: {
  label: string
  description: string
  invalid: string
  min: number
  max: number
  value: number | undefined
  onSave(value: number): void
  testId?: string
}) {
  const [draft, setDraft] = useState<string | number>(value ?? '')
  useEffect(() => setDraft(value ?? ''), [value])
  const commit = () => {
    if (within(draft, min, max) && draft !== value) onSave(draft)
  }
  return (
    <NumberInput
      label={label}
      description={description}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={false}
      clampBehavior="none"
      error={draft !== '' && !within(draft, min, max) ? invalid : undefined}
      hideControls
      styles={{ input: { width: 220 } }}
      data-testid={testId}
    />
  )
}
