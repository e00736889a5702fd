// Configuration backup encrypted by the terminal with an operator's key (guide 21.5.11): the key
// typed twice, never kept; the file downloads like a plain backup.
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useMaintenanceText } from '../../../i18n/feature-hooks'
import { useErrorText } from '../../../lib/error-text'
import { downloadBackup, useMaintenance } from '../../devices/maintenance-store'
import { MaintenanceProblem } from '../../devices/maintenance-problem'

export function BackupKeyDialog({
  device,
  opened,
  onClose,
}: {
  device: Device
  opened: boolean
  onClose: () => void
}) {
  const { t } = useMaintenanceText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const [key, setKey] = useState('')
  const [again, setAgain] = useState('')
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const differ = again.length > 0 && again !== key
  const close = () => {
    if (running) return
    setKey('')
    setAgain('')
    setError(null)
    onClose()
  }
  const start = async () => {
    setRunning(true)
    const r = await useMaintenance.getState().backup(device.id, key)
    setRunning(false)
    if (!r.ok) return setError(r.error)
    downloadBackup(r.value)
    setKey('')
    setAgain('')
    setError(null)
    onClose()
  }
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('backupKey.title', { name: device.name })}
      centered
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md" data-testid="backup-key-dialog">
        <Text size="sm">{t('backupKey.body')}</Text>
        <PasswordInput
          label={t('backupKey.label')}
          description={t('keyHint')}
          value={key}
          maxLength={32}
          autoComplete="new-password"
          disabled={running}
          data-autofocus
          onChange={(e) => setKey(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('backupKey.again')}
          value={again}
          maxLength={32}
          autoComplete="new-password"
          disabled={running}
          error={differ ? t('backupKey.differ') : undefined}
          onChange={(e) => setAgain(e.currentTarget.value)}
        />
        {error && (
          <MaintenanceProblem error={error} device={device} title={errorText(error).title} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={running}>
            {tc('common.cancel')}
          </Button>
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={running}
            disabled={!key || key !== again}
            onClick={() => void start()}
          >
            {t('backupKey.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
