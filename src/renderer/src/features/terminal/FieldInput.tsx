import { NumberInput, PasswordInput, Select, Switch, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConfigField } from '@shared/contract/config'

/** One field of a configuration form, as its type and the terminal's constraints say. */
export function FieldInput({
  field,
  label,
  value,
  error,
  description,
  disabled,
  onChange,
}: {
  field: ConfigField
  label: string
  value: string
  error: string | null
  description?: string
  disabled: boolean
  onChange: (value: string) => void
}) {
  const { i18n } = useTranslation()
  const zh = i18n.language.startsWith('zh')
  const word = (o: string) => {
    const l = field.optionLabels?.[o]
    return l ? (zh ? l.zh : l.en) : o
  }
  const common = {
    label,
    description,
    error: error ?? undefined,
    disabled: disabled || field.readOnly,
    'data-field': field.key,
  }
  if (field.type === 'boolean')
    return (
      <Switch
        label={label}
        description={description}
        checked={value === 'true'}
        disabled={common.disabled}
        data-field={field.key}
        onChange={(e) => onChange(e.currentTarget.checked ? 'true' : 'false')}
      />
    )
  if (field.type === 'enum')
    return (
      <Select
        {...common}
        data={(field.options ?? []).map((o) => ({ value: o, label: word(o) }))}
        value={value}
        allowDeselect={false}
        onChange={(v) => onChange(v ?? '')}
        comboboxProps={{ withinPortal: true }}
      />
    )
  if (field.type === 'number')
    return (
      <NumberInput
        {...common}
        value={value}
        clampBehavior="none"
        allowDecimal={field.decimals === true}
        onChange={(v) => onChange(String(v))}
      />
    )
  // write-only (a verification code, a key): never shown, never filled by the browser
  if (field.secret)
    return (
      <PasswordInput
        {...common}
        value={value}
        autoComplete="new-password"
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    )
  if (field.readOnly && value === '')
    return (
      <Text size="sm" c="dimmed">
        {label}: —
      </Text>
    )
  return <TextInput {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
}
