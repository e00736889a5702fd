// Upgrade one external card reader / module through the terminal (guide ch 12): the readers and
// their versions come from the terminal (devices.peripherals), the package from a file; progress
// is the terminal's own (upgrade.progress), and the reader's new version is shown afterwards.
import { Button, Group, Loader, Modal, Progress, Select, Stack, Text } from '@mantine/core'
import { IconCpu } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PeripheralList, PeripheralUpgradeOutcome } from '@shared/contract/peripheral'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useMaintenanceText } from '../../../i18n/feature-hooks'
import { useErrorText } from '../../../lib/error-text'
import { blobToBase64 } from '../../../lib/files'
import { station } from '../../../lib/station'
import { FilePick, mebibytes } from '../../devices/FilePick'
import { MaintenanceProblem } from '../../devices/maintenance-problem'
import { useMaintenance } from '../../devices/maintenance-store'
import { useReasonWords } from '../../../lib/reason-words'

const keyOf = (type: string, no: number) => `${type}:${no}`

export function PeripheralUpgradeDialog({
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
  const [list, setList] = useState<PeripheralList | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [done, setDone] = useState<PeripheralUpgradeOutcome | null>(null)
  const progress = useMaintenance((s) => s.progress[device.id])
  const reasonWords = useReasonWords()

  useEffect(() => {
    if (!opened) return
    let live = true
    setList(null)
    setError(null)
    setDone(null)
    void station.devices.peripherals({ id: device.id }).then((r) => {
      if (!live) return
      if (!r.ok) return setError(r.error)
      setList(r.value)
      const first = r.value.modules[0]
      setChosen(first ? keyOf(first.type, first.no) : null)
    })
    return () => {
      live = false
    }
  }, [opened, device.id])

  const typeName = (type: string) =>
    type === 'cardReader' || type === 'securityModule' ? t(`peripheral.types.${type}`) : type
  const options = (list?.modules ?? []).map((m) => ({
    value: keyOf(m.type, m.no),
    label: t('peripheral.module', {
      type: typeName(m.type),
      no: m.no,
      version: m.version ?? t('peripheral.noVersion'),
    }),
  }))
  const target = list?.modules.find((m) => keyOf(m.type, m.no) === chosen)

  const close = () => {
    if (running) return
    setFile(null)
    onClose()
  }
  const start = async () => {
    if (!file || !target) return
    setRunning(true)
    setError(null)
    setDone(null)
    const firmwareBase64 = await blobToBase64(file)
    const r = await station.devices.upgradePeripheral({
      id: device.id,
      type: target.type,
      module: target.no,
      firmwareBase64,
      fileName: file.name,
    })
    setRunning(false)
    if (!r.ok) return setError(r.error)
    setDone(r.value)
    setList(
      (l) =>
        l && {
          ...l,
          modules: l.modules.map((m) =>
            m.type === r.value.type && m.no === r.value.module
              ? { ...m, version: r.value.version }
              : m,
          ),
        },
    )
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('peripheral.title', { name: device.name })}
      centered
      size="lg"
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md" data-testid="peripheral-dialog">
        <Text size="sm">{t('peripheral.body', { name: device.name })}</Text>
        {!list && !error && <Loader size="sm" aria-label={t('peripheral.loading')} />}
        {list && (
          <Select
            label={t('peripheral.target')}
            data={options}
            value={chosen}
            onChange={setChosen}
            allowDeselect={false}
            disabled={running}
            data-testid="peripheral-target"
          />
        )}
        {list && (
          <FilePick
            label={t('peripheral.fileLabel')}
            hint={t('peripheral.fileHint')}
            accept=".dav,.bin,application/octet-stream"
            disabled={running}
            onPick={setFile}
          />
        )}
        {file && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('fileSize', { name: file.name, size: mebibytes(file.size) })}
          </Text>
        )}
        {running && progress && (
          <Stack gap={4} role="status" aria-live="polite">
            <Progress value={progress.percent} aria-label={t('upgrade.progressLabel')} />
            <Text size="sm">
              {reasonWords(progress.reason, t(`upgrade.phase.${progress.phase}`))}
            </Text>
          </Stack>
        )}
        {done && (
          <Text size="sm" fw={500} role="status" data-testid="peripheral-done">
            {t('peripheral.done', {
              type: typeName(done.type),
              no: done.module,
              version: done.version ?? t('peripheral.noVersion'),
              previous: done.previousVersion ?? t('peripheral.noVersion'),
            })}
          </Text>
        )}
        {error && (
          <MaintenanceProblem error={error} device={device} title={errorText(error).title} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={running}>
            {done ? tc('common.close') : tc('common.cancel')}
          </Button>
          <Button
            leftSection={<IconCpu size={16} aria-hidden />}
            loading={running}
            disabled={!file || !target}
            onClick={() => void start()}
          >
            {t('peripheral.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
