// Firmware upgrade of one terminal: pick a package (refused up front past the inline cap, with
// the CLI for larger ones), confirm with the terminal's name and version, then the pushed
// progress until it is back with its new version. While it runs the dialog does not close by
// accident; the upgrade itself runs on the station and goes on if the window closes.
import { Alert, Button, Code, Group, Modal, Progress, Stack, Text } from '@mantine/core'
import { IconCircleCheck, IconUpload } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  MAX_INLINE_FIRMWARE_BYTES,
  type UpgradeOutcome,
} from '../../../../shared/contract/maintenance'
import type { Device } from '../../../../shared/model'
import type { AppError } from '../../../../shared/result'
import { notify } from '../../lib/notify'
import { FilePick, mebibytes } from './FilePick'
import { useMaintenance } from './maintenance-store'
import { MaintenanceProblem } from './maintenance-problem'

type Stage =
  | { kind: 'pick' }
  | { kind: 'running' }
  | { kind: 'done'; outcome: UpgradeOutcome }
  | { kind: 'failed'; error: AppError }

/** Warns before the tab closes while something runs (the station carries on regardless). */
export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return
    const guard = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', guard)
    return () => window.removeEventListener('beforeunload', guard)
  }, [active])
}

export function UpgradeDialog({ device, onClose }: { device: Device | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'pick' })
  const upgrade = useMaintenance((s) => s.upgrade)
  const clear = useMaintenance((s) => s.clear)
  const progress = useMaintenance((s) => (device ? s.progress[device.id] : undefined))
  const running = stage.kind === 'running'
  useLeaveGuard(running)

  const tooLarge = file !== null && file.size > MAX_INLINE_FIRMWARE_BYTES
  const close = () => {
    if (running) return
    if (device) clear(device.id)
    setFile(null)
    setStage({ kind: 'pick' })
    onClose()
  }
  const start = async () => {
    if (!device || !file || tooLarge) return
    setStage({ kind: 'running' })
    const r = await upgrade(device.id, file)
    if (r.ok) {
      setStage({ kind: 'done', outcome: r.value })
      notify({
        color: 'green',
        message: t('maintenance.upgrade.upgraded', {
          name: device.name,
          version: r.value.firmwareVersion,
        }),
      })
    } else setStage({ kind: 'failed', error: r.error })
  }

  const name = device?.name ?? ''
  const phase = progress?.phase ?? 'reading'
  return (
    <Modal
      opened={device !== null}
      onClose={close}
      title={
        running
          ? t('maintenance.upgrade.running', { name })
          : t('maintenance.upgrade.title', { name })
      }
      centered
      size="lg"
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {device && (
        <Stack gap="md">
          {stage.kind !== 'done' && (
            <Text size="sm" data-testid="upgrade-current">
              {t('maintenance.upgrade.current', {
                name,
                model: device.model || '—',
                version: device.firmwareVersion || '—',
              })}
            </Text>
          )}
          {stage.kind === 'pick' && (
            <>
              <FilePick
                label={t('maintenance.fileLabel')}
                hint={t('maintenance.fileHint')}
                accept=".dav,.bin,.pkg,application/octet-stream"
                onPick={setFile}
              />
              {file && !tooLarge && (
                <Text
                  size="sm"
                  c="dimmed"
                  data-testid="upgrade-file"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {t('maintenance.fileSize', { name: file.name, size: mebibytes(file.size) })}
                </Text>
              )}
              {tooLarge && (
                <Alert
                  color="orange"
                  variant="light"
                  title={t('maintenance.tooLargeTitle')}
                  data-testid="upgrade-too-large"
                >
                  <Text size="sm">
                    {t('maintenance.tooLarge', {
                      name: file.name,
                      size: mebibytes(file.size),
                      limit: `${MAX_INLINE_FIRMWARE_BYTES / 1024 / 1024} MiB`,
                    })}
                  </Text>
                  <Code block mt={6}>
                    {t('maintenance.cliCommand', { terminal: name })}
                  </Code>
                </Alert>
              )}
              <Alert color="yellow" variant="light">
                <Text size="sm">{t('maintenance.upgrade.warning')}</Text>
              </Alert>
            </>
          )}
          {running && (
            <Stack gap={6} data-testid="upgrade-progress">
              <Group justify="space-between">
                <Text size="sm" fw={600} data-testid="upgrade-phase">
                  {t(`maintenance.upgrade.phase.${phase}`)}
                </Text>
                {phase !== 'reading' && (
                  <Text size="sm" c="dimmed">
                    {progress?.percent ?? 0}%
                  </Text>
                )}
              </Group>
              <Progress.Root size="lg">
                <Progress.Section
                  value={phase === 'reading' ? 100 : (progress?.percent ?? 0)}
                  animated
                  striped
                  aria-label={t('maintenance.upgrade.progressLabel')}
                  aria-valuetext={`${t(`maintenance.upgrade.phase.${phase}`)} ${progress?.percent ?? 0}%`}
                />
              </Progress.Root>
              <Text size="sm" role="status" aria-live="polite" data-testid="upgrade-message">
                {progress?.message ?? ''}
              </Text>
              <Text size="xs" c="dimmed">
                {file && t('maintenance.fileSize', { name: file.name, size: mebibytes(file.size) })}
                {' · '}
                {t('maintenance.upgrade.keepsRunning')}
              </Text>
            </Stack>
          )}
          {stage.kind === 'done' && (
            <Alert
              color="green"
              variant="light"
              title={t('maintenance.upgrade.doneTitle')}
              icon={<IconCircleCheck size={18} aria-hidden />}
              data-testid="upgrade-done"
            >
              <Text size="sm">
                {stage.outcome.firmwareVersion === stage.outcome.previousVersion
                  ? t('maintenance.upgrade.sameVersion', {
                      name,
                      version: stage.outcome.firmwareVersion,
                    })
                  : t('maintenance.upgrade.done', {
                      name,
                      version: stage.outcome.firmwareVersion,
                      previous: stage.outcome.previousVersion,
                    })}
              </Text>
            </Alert>
          )}
          {stage.kind === 'failed' &&
            progress &&
            progress.phase !== 'reading' &&
            progress.percent > 0 && (
              <Text size="sm" c="dimmed" data-testid="upgrade-stopped">
                {t('maintenance.upgrade.failedDuring', {
                  phase: t(`maintenance.upgrade.phase.${progress.phase}`),
                  percent: progress.percent,
                })}
              </Text>
            )}
          {stage.kind === 'failed' && (
            <MaintenanceProblem
              error={stage.error}
              device={device}
              title={t('maintenance.upgrade.failedTitle')}
            />
          )}
          <Group justify="flex-end" gap="xs">
            {stage.kind === 'pick' ? (
              <>
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button
                  leftSection={<IconUpload size={16} aria-hidden />}
                  disabled={!file || tooLarge}
                  onClick={() => void start()}
                >
                  {t('maintenance.upgrade.confirm', { name })}
                </Button>
              </>
            ) : (
              !running && (
                <>
                  {stage.kind === 'failed' && (
                    <Button
                      variant="default"
                      onClick={() => {
                        setFile(null)
                        setStage({ kind: 'pick' })
                      }}
                    >
                      {t('maintenance.upgrade.another')}
                    </Button>
                  )}
                  <Button variant="default" onClick={close}>
                    {t('common.close')}
                  </Button>
                </>
              )
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
