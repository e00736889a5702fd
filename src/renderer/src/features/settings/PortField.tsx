import { NumberInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useSettingsText } from '../../i18n/feature-hooks'

const valid = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1024 && n <= 65535

/** The listening-host port: checked as typed, saved on blur or Enter when valid. */
export function PortField({ value, onSave }: { value: number; onSave(port: number): void }) {
  const { t } = useSettingsText()
  const [draft, setDraft] = useState<string | number>(value)
  useEffect(() => setDraft(value), [value])
  const commit = () => {
    if (valid(draft) && draft !== value) onSave(draft)
  }
  return (
    <NumberInput
      label={t('listenPort')}
      description={t('listenPortHint')}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      min={1024}
      max={65535}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={false}
      error={draft !== '' && !valid(draft) ? t('listenPortInvalid') : undefined}
      hideControls
      styles={{ input: { width: 220 } }}
    />
  )
}
