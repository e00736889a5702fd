// Reboot and configuration restore: both restart the terminal, so both confirm first and then
// wait (non-closable) until the station has checked it back; a failure is explained in place.
import { Button, Group, Loader, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { IconPower, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMaintenanceText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import type { AppError, Result } from '@shared/result'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { FilePick, mebibytes } from './FilePick'
import { useMaintenance } from './maintenance-store'
import { MaintenanceProblem } from './maintenance-problem'
import { useLeaveGuard } from './UpgradeDialog'

export type RestartKind = 'reboot' | 'restore'

export function RestartDialog({
  kind,
  device,
  onClose,
}: {
  kind: RestartKind
  device: Device | null
  onClose: () => void
}) {
  const { t } = useMaintenanceText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const { reboot, restore } = useMaintenance.getState()
  const [file, setFile] = useState<File | null>(null)
  const [key, setKey] = useState('')
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  useLeaveGuard(running)
  const name = device?.name ?? ''

  const close = () => {
    if (running) return
    setFile(null)
    setKey('')
    setError(null)
    onClose()
  }
  const start = async () => {
    if (!device || (kind === 'restore' && !file)) return
    setRunning(true)
    setError(null)
    let r: Result<unknown>
    let message: string
    if (kind === 'reboot') {
      const rb = await reboot(device.id)
      r = rb
      message = rb.ok
        ? t('reboot.done', { name, seconds: Math.round(rb.value.downtimeMs / 1000) })
        : ''
    } else {
      r = await restore(device.id, file!, key || undefined)
      message = t('restore.done', { name })
    }
    setRunning(false)
    if (r.ok) {
      notify({ color: 'green', message })
      setFile(null)
      setKey('')
      onClose()
    } else setError(r.error)
  }

  return (
    <Modal
      opened={device !== null}
      onClose={close}
      title={t(`${kind}.title`, { name })}
      centered
      size={kind === 'restore' ? 'lg' : 'md'}
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {device && (
        <Stack gap="md">
          <Text size="sm">{t(`${kind}.body`, { name })}</Text>
          {kind === 'restore' && (
            <>
              <FilePick
                label={t('configFileLabel')}
                hint={t('configFileHint')}
                accept=".cfg,.bin,application/octet-stream"
                disabled={running}
                onPick={setFile}
              />
              {file && (
                <Text
                  size="sm"
                  c="dimmed"
                  data-testid="restore-file"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {t('fileSize', { name: file.name, size: mebibytes(file.size) })}
                </Text>
              )}
              <PasswordInput
                label={t('keyLabel')}
                description={device.protocol === 'https' ? t('keyHint') : t('backupKey.insecure')}
                value={key}
                maxLength={32}
                autoComplete="off"
                disabled={running || device.protocol !== 'https'}
                data-testid="restore-key"
                onChange={(e) => setKey(e.currentTarget.value)}
              />
            </>
          )}
          {running && (
            <Group
              gap="sm"
              wrap="nowrap"
              role="status"
              aria-live="polite"
              data-testid="restart-waiting"
            >
              <Loader size="sm" aria-hidden style={{ flex: 'none' }} />
              <Text size="sm">{t(`${kind}.waiting`, { name })}</Text>
            </Group>
          )}
          {error && (
            <MaintenanceProblem error={error} device={device} title={errorText(error).title} />
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={running} data-autofocus>
              {tc('common.cancel')}
            </Button>
            <Button
              leftSection={
                kind === 'reboot' ? (
                  <IconPower size={16} aria-hidden />
                ) : (
                  <IconRestore size={16} aria-hidden />
                )
              }
              loading={running}
              disabled={kind === 'restore' && !file}
              onClick={() => void start()}
            >
              {t(`${kind}.confirm`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
