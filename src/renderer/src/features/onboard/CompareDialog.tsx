// Devices → a terminal → "Compare with roster": what the terminal holds against the roster
// (same / different with the fields / only on the terminal / only in the roster), then adopt,
// overwrite or remove by selection. Built on sync.pull / sync.resolve, as the CLI's sync.
import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Device, SyncDiff, SyncReport } from '@shared/model'
import type { AppError } from '@shared/result'
import { useOnboardText } from '../../i18n/feature-hooks'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'
import { useErrorText } from '../../lib/error-text'
import { useReasonWords } from '../../lib/reason-words'

type Section = 'different' | 'onlyOnDevice' | 'onlyInRoster'
type Action = 'adopt' | 'overwrite' | 'remove'
const FITS: Record<Action, Section[]> = {
  adopt: ['different', 'onlyOnDevice'],
  overwrite: ['different', 'onlyInRoster'],
  remove: ['different', 'onlyOnDevice'],
}

export function CompareDialog({ device, onClose }: { device: Device | null; onClose: () => void }) {
  const { t } = useOnboardText()
  const errorText = useErrorText()
  const reasonWords = useReasonWords()
  const { t: tc } = useTranslation()
  const [diff, setDiff] = useState<SyncDiff | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [report, setReport] = useState<SyncReport | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [busy, run] = useBusy()

  const pull = async (id: string) => {
    setError(null)
    const r = await run(() => station.sync.pull({ deviceId: id }))
    if (r.ok) {
      setDiff(r.value)
      setSelected(new Set())
    } else setError(r.error)
  }
  useEffect(() => {
    setDiff(null)
    setReport(null)
    if (device) void pull(device.id)
  }, [device])

  const sectionOf = (employeeNo: string): Section | null =>
    diff === null
      ? null
      : diff.different.some((p) => p.employeeNo === employeeNo)
        ? 'different'
        : diff.onlyOnDevice.some((p) => p.employeeNo === employeeNo)
          ? 'onlyOnDevice'
          : 'onlyInRoster'
  const fitting = (action: Action) =>
    [...selected].filter((e) => FITS[action].includes(sectionOf(e) ?? 'different'))
  const resolve = async (action: Action) => {
    if (!diff || !device) return
    const employeeNos = fitting(action)
    const r = await run(() =>
      station.sync.resolve({
        syncId: diff.syncId,
        actions: employeeNos.map((employeeNo) => ({ employeeNo, action })),
      }),
    )
    if (!r.ok) return setError(r.error)
    setReport(r.value)
    await pull(device.id)
  }
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected)
    for (const id of ids)
      if (on) next.add(id)
      else next.delete(id)
    setSelected(next)
  }

  const section = (
    key: Section,
    rows: { employeeNo: string; name: string; fields?: string[] }[],
  ) => {
    const ids = rows.map((r) => r.employeeNo)
    const all = ids.length > 0 && ids.every((id) => selected.has(id))
    return (
      <section aria-label={t(key)} data-testid={`compare-${key}`}>
        <Group gap="xs" mb={4}>
          <Checkbox
            aria-label={t('selectAllIn', { section: t(key) })}
            checked={all}
            disabled={ids.length === 0}
            onChange={(e) => toggle(ids, e.currentTarget.checked)}
          />
          <Title order={5}>
            {t(key)} ({rows.length})
          </Title>
        </Group>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('noneIn')}
          </Text>
        )}
        {rows.slice(0, 500).map((r) => (
          <Group key={r.employeeNo} gap="xs" wrap="nowrap" pl="lg">
            <Checkbox
              aria-label={t('selectPerson', { name: `${r.employeeNo} ${r.name}` })}
              checked={selected.has(r.employeeNo)}
              onChange={(e) => toggle([r.employeeNo], e.currentTarget.checked)}
            />
            <Text size="sm">
              {r.employeeNo} {r.name}
              {r.fields && (
                <Text span size="xs" c="dimmed">
                  {' — '}
                  {t('fields', { fields: r.fields.join(', ') })}
                </Text>
              )}
            </Text>
          </Group>
        ))}
      </section>
    )
  }

  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={t('compareTitle', { name: device?.name ?? '' })}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        {error && <ErrorNotice error={error} onRetry={() => device && void pull(device.id)} />}
        {!diff && busy && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('reading')}</Text>
          </Group>
        )}
        {report && (
          <Alert color={report.failed.length ? 'orange' : 'green'} role="status">
            {t('resolved', {
              adopted: report.adopted,
              overwritten: report.overwritten,
              removed: report.removed,
            })}
            {report.failed.length > 0 &&
              ' ' +
                t('failedSome', {
                  count: report.failed.length,
                  reasons: report.failed
                    .map(
                      (f) =>
                        `${f.employeeNo}: ${reasonWords(f.why, errorText({ code: f.code, message: f.reason }).title)}`,
                    )
                    .join('; '),
                })}
          </Alert>
        )}
        {diff && (
          <>
            <Text size="sm" data-testid="compare-same">
              {t('same', { count: diff.same })}
            </Text>
            {section('different', diff.different)}
            {section('onlyOnDevice', diff.onlyOnDevice)}
            {section('onlyInRoster', diff.onlyInRoster)}
            <Group justify="flex-end" gap="xs">
              {(['adopt', 'overwrite', 'remove'] as const).map((a) => (
                <Button
                  key={a}
                  variant={a === 'remove' ? 'light' : 'filled'}
                  color={a === 'remove' ? 'red' : undefined}
                  loading={busy}
                  disabled={fitting(a).length === 0}
                  onClick={() => void resolve(a)}
                >
                  {t(a)} ({fitting(a).length})
                </Button>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  )
}
