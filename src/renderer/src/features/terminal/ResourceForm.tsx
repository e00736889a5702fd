import { Alert, Button, Group, Loader, Modal, SimpleGrid, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConfigChange, ConfigField, ConfigLabel } from '@shared/contract/config'
import type { AppError } from '@shared/result'
import { useTerminalText, type TerminalT } from '../../i18n/feature-hooks'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'
import { FieldInput } from './FieldInput'
import { StationRename } from './StationRename'
import { useResourceForm } from './use-resource-form'

export const useLabel = () => {
  const { i18n } = useTranslation()
  const zh = i18n.language.startsWith('zh')
  return (l: ConfigLabel | null, fallback: string) => (l ? (zh ? l.zh : l.en) : fallback)
}

function constraintText(f: ConfigField, t: TerminalT): string | undefined {
  if (f.readOnly) return undefined
  if (f.type === 'number' && (f.min !== undefined || f.max !== undefined))
    return t('form.allowed', { min: f.min ?? '…', max: f.max ?? '…' })
  if (f.type === 'string' && f.maxLength !== undefined) return t('form.upTo', { max: f.maxLength })
  return undefined
}

/** What the terminal answered, in plain words with its own codes. */
function Refusal({ error }: { error: AppError }) {
  const { t } = useTerminalText()
  const code = error.details?.deviceCode as
    { statusCode?: number; subStatusCode?: string; errorMsg?: string } | null | undefined
  return (
    <Stack gap={4} data-testid="config-refusal">
      <ErrorNotice error={error} />
      {code && (
        <Text size="xs" c="dimmed">
          {t('form.deviceCode', {
            sub: code.subStatusCode ?? '—',
            status: code.statusCode ?? '—',
            msg: code.errorMsg ?? '',
          })}
        </Text>
      )}
    </Stack>
  )
}

/** A generic form for one configuration resource (one instance), from the terminal's caps. */
export function ResourceForm({
  deviceId,
  resource,
  instance,
  reboots,
  canSend,
}: {
  deviceId: string
  resource: string
  instance: number | null
  reboots: boolean
  canSend: boolean
}) {
  const { t } = useTerminalText()
  const label = useLabel()
  const form = useResourceForm(deviceId, resource, instance, t)
  const [busy, run] = useBusy()
  const [confirming, setConfirming] = useState(false)
  const { t: tc } = useTranslation()
  if (form.loadError) return <ErrorNotice error={form.loadError} onRetry={form.reload} />
  if (!form.fields) return <Loader size="sm" aria-label={t('form.loading')} />
  const byKey = new Map(form.fields.map((f) => [f.key, f]))
  /** "Open duration (s) (openDuration): 5 → 10", values in words where the station has them. */
  const describe = (c: ConfigChange): string => {
    const f = byKey.get(c.key)
    const word = (v: ConfigChange['before']) =>
      v === null ? '—' : label(f?.optionLabels?.[String(v)] ?? null, String(v))
    const name = f?.label ? `${label(f.label, c.key)} (${c.key})` : c.key
    return `${name}: ${word(c.before)} → ${word(c.after)}`
  }
  const editable = form.fields.filter((f) => !f.readOnly)
  const reported = form.fields.filter((f) => f.readOnly)
  return (
    <form
      data-testid={`config-form-${resource}`}
      onSubmit={(e) => {
        e.preventDefault()
        if (reboots && form.dirty) setConfirming(true)
        else void run(form.save)
      }}
    >
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('form.rebootTitle')}
        centered
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <Text size="sm">{t('form.reboots')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
            {t('form.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setConfirming(false)
              void run(form.save)
            }}
          >
            {t('form.saveAndReboot')}
          </Button>
        </Group>
      </Modal>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {editable.map((f) => (
            <FieldInput
              key={f.key}
              field={f}
              label={label(f.label, f.key)}
              value={form.draft[f.key] ?? ''}
              error={form.problems[f.key] ?? null}
              description={constraintText(f, t)}
              disabled={!canSend || busy}
              onChange={(v) => form.edit(f.key, v)}
            />
          ))}
        </SimpleGrid>
        {reported.length > 0 && (
          <details>
            <summary>
              <Text span size="xs" c="dimmed">
                {t('form.reported', { count: reported.length })}
              </Text>
            </summary>
            <Text size="xs" c="dimmed" data-testid={`config-reported-${resource}`}>
              {reported
                .map((f) => `${label(f.label, f.key)}: ${form.draft[f.key] || '—'}`)
                .join(' · ')}
            </Text>
          </details>
        )}
        {reboots && (
          <Alert color="orange" variant="light" p="xs">
            <Text size="xs">{t('form.reboots')}</Text>
          </Alert>
        )}
        {form.saveError && form.saveError.code !== 'OUT_OF_RANGE' && (
          <Refusal error={form.saveError} />
        )}
        {form.saved && (
          <Alert color="green" variant="light" role="status" data-testid="config-saved">
            {form.saved.length === 0
              ? t('form.noChange')
              : t('form.saved', {
                  changes: form.saved.map(describe).join(', '),
                })}
          </Alert>
        )}
        {form.stationRename && <StationRename deviceId={deviceId} rename={form.stationRename} />}
        {form.notApplied.length > 0 && (
          <Alert color="orange" variant="light" role="status" data-testid="config-not-applied">
            <Text size="sm">{t('form.notApplied', { fields: form.notApplied.join(', ') })}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={busy} disabled={!canSend || !form.dirty}>
            {t('form.save')}
          </Button>
          <Button variant="default" disabled={!form.dirty || busy} onClick={form.reset}>
            {t('form.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
