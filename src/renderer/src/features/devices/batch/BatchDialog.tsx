// The batch actions' dialog: firmware file, NTP server or time zone for the selected terminals,
// then the per-terminal progress list until every one has its outcome.
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBatchText } from '../../../i18n/feature-hooks'
import { MAX_INLINE_FIRMWARE_BYTES } from '@shared/contract/maintenance'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useErrorText } from '../../../lib/error-text'
import { FilePick } from '../FilePick'
import { useLeaveGuard } from '../UpgradeDialog'
import { BatchProgress } from './BatchProgress'
import { useBatch } from './batch-store'

export type BatchKind = 'upgrade' | 'ntp' | 'timeZone'

export function BatchDialog({
  kind,
  devices,
  onClose,
}: {
  kind: BatchKind
  devices: Device[]
  onClose: () => void
}) {
  const { t } = useBatchText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const { running, upgrade, time, reset } = useBatch()
  const [file, setFile] = useState<File | null>(null)
  const [host, setHost] = useState('')
  const [interval, setIntervalMin] = useState<number>(60)
  const [tz, setTz] = useState('CST-8:00:00')
  const [error, setError] = useState<AppError | null>(null)
  const [started, setStarted] = useState(false)
  useLeaveGuard(running)
  const ids = devices.map((d) => d.id)
  const count = devices.length
  const tooLarge = file !== null && file.size > MAX_INLINE_FIRMWARE_BYTES

  const start = async () => {
    setError(null)
    setStarted(true)
    const r =
      kind === 'upgrade'
        ? file
          ? await upgrade(ids, file)
          : null
        : kind === 'ntp'
          ? await time(ids, { kind: 'ntp', host, intervalMinutes: interval })
          : await time(ids, { kind: 'timeZone', timeZone: tz })
    if (r && !r.ok) {
      setError(r.error)
      setStarted(false)
    }
  }
  const close = () => {
    if (running) return
    reset()
    onClose()
  }
  const title =
    kind === 'upgrade'
      ? t('upgradeTitle', { count })
      : kind === 'ntp'
        ? t('ntpTitle', { count })
        : t('tzTitle', { count })
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      onClose={close}
      title={title}
      size="lg"
      centered
      closeOnClickOutside={!running}
    >
      <Stack gap="sm">
        {!started && kind === 'upgrade' && (
          <FilePick
            label={t('fileLabel')}
            hint={t('fileHint', { model: devices[0]?.model ?? '' })}
            onPick={setFile}
          />
        )}
        {!started && kind === 'ntp' && (
          <Group grow>
            <TextInput
              label={t('ntpHost')}
              value={host}
              onChange={(e) => setHost(e.currentTarget.value)}
              required
            />
            <NumberInput
              label={t('ntpInterval')}
              min={1}
              max={10080}
              value={interval}
              onChange={(v) => setIntervalMin(Number(v) || 60)}
            />
          </Group>
        )}
        {!started && kind === 'timeZone' && (
          <TextInput
            label={t('tzLabel')}
            description={t('tzHint')}
            value={tz}
            onChange={(e) => setTz(e.currentTarget.value)}
          />
        )}
        {error && (
          <Alert color="red" role="alert" title={errorText(error).title}>
            <Text size="sm">{errorText(error).detail}</Text>
          </Alert>
        )}
        <BatchProgress devices={devices} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={running}>
            {t('close')}
          </Button>
          {!started && (
            <Button
              onClick={() => void start()}
              disabled={
                (kind === 'upgrade' && (!file || tooLarge)) || (kind === 'ntp' && !host.trim())
              }
            >
              {t('start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
