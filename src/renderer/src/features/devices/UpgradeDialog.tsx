// Firmware upgrade of one terminal: pick a package (refused up front past the inline cap, with
// the CLI for larger ones), confirm with the terminal's name and version, then the pushed
// progress until it is back with its new version. While it runs the dialog does not close by
// accident; the upgrade itself runs on the station and goes on if the window closes.
import { Alert, Button, Code, Group, Modal, Progress, Stack, Text } from '@mantine/core'
import { IconCircleCheck, IconUpload } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMaintenanceText } from '../../i18n/feature-hooks'
import { MAX_INLINE_FIRMWARE_BYTES, type UpgradeOutcome } from '@shared/contract/maintenance'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { notify } from '../../lib/notify'
import { FilePick, mebibytes } from './FilePick'
import { useMaintenance } from './maintenance-store'
import { MaintenanceProblem } from './maintenance-problem'
import { useReasonWords } from '../../lib/reason-words'

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
  const { t } = useMaintenanceText()
  const { t: tc } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'pick' })
  const upgrade = useMaintenance((s) => s.upgrade)
  const clear = useMaintenance((s) => s.clear)
  const progress = useMaintenance((s) => (device ? s.progress[device.id] : undefined))
  const reasonWords = useReasonWords()
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
        message: t('upgrade.upgraded', {
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
      title={running ? t('upgrade.running', { name }) : t('upgrade.title', { name })}
      centered
      size="lg"
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {device && (
        <Stack gap="md">
          {stage.kind !== 'done' && (
            <Text size="sm" data-testid="upgrade-current">
              {t('upgrade.current', {
                name,
                model: device.model || '—',
                version: device.firmwareVersion || '—',
              })}
            </Text>
          )}
          {stage.kind === 'pick' && (
            <>
              <FilePick
                label={t('fileLabel')}
                hint={t('fileHint')}
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
                  {t('fileSize', { name: file.name, size: mebibytes(file.size) })}
                </Text>
              )}
              {tooLarge && (
                <Alert
                  color="orange"
                  variant="light"
                  title={t('tooLargeTitle')}
                  data-testid="upgrade-too-large"
                >
                  <Text size="sm">
                    {t('tooLarge', {
                      name: file.name,
                      size: mebibytes(file.size),
                      limit: `${MAX_INLINE_FIRMWARE_BYTES / 1024 / 1024} MiB`,
                    })}
                  </Text>
                  <Code block mt={6}>
                    {t('cliCommand', { terminal: name })}
                  </Code>
                </Alert>
              )}
              <Alert color="yellow" variant="light">
                <Text size="sm">{t('upgrade.warning')}</Text>
              </Alert>
            </>
          )}
          {running && (
            <Stack gap={6} data-testid="upgrade-progress">
              <Group justify="space-between">
                <Text size="sm" fw={600} data-testid="upgrade-phase">
                  {t(`upgrade.phase.${phase}`)}
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
                  aria-label={t('upgrade.progressLabel')}
                  aria-valuetext={`${t(`upgrade.phase.${phase}`)} ${progress?.percent ?? 0}%`}
                />
              </Progress.Root>
              <Text size="sm" role="status" aria-live="polite" data-testid="upgrade-message">
                {reasonWords(progress?.reason, progress?.message ?? '')}
              </Text>
              <Text size="xs" c="dimmed">
                {file && t('fileSize', { name: file.name, size: mebibytes(file.size) })}
                {' · '}
                {t('upgrade.keepsRunning')}
              </Text>
            </Stack>
          )}
          {stage.kind === 'done' && (
            <Alert
              color="green"
              variant="light"
              title={t('upgrade.doneTitle')}
              icon={<IconCircleCheck size={18} aria-hidden />}
              data-testid="upgrade-done"
            >
              <Text size="sm">
                {stage.outcome.firmwareVersion === stage.outcome.previousVersion
                  ? t('upgrade.sameVersion', {
                      name,
                      version: stage.outcome.firmwareVersion,
                    })
                  : t('upgrade.done', {
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
                {t('upgrade.failedDuring', {
                  phase: t(`upgrade.phase.${progress.phase}`),
                  percent: progress.percent,
                })}
              </Text>
            )}
          {stage.kind === 'failed' && (
            <MaintenanceProblem
              error={stage.error}
              device={device}
              title={t('upgrade.failedTitle')}
            />
          )}
          <Group justify="flex-end" gap="xs">
            {stage.kind === 'pick' ? (
              <>
                <Button variant="default" onClick={close}>
                  {tc('common.cancel')}
                </Button>
                <Button
                  leftSection={<IconUpload size={16} aria-hidden />}
                  disabled={!file || tooLarge}
                  onClick={() => void start()}
                >
                  {t('upgrade.confirm', { name })}
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
                      {t('upgrade.another')}
                    </Button>
                  )}
                  <Button variant="default" onClick={close}>
                    {tc('common.close')}
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
