// Upgrade, back up, restore, reboot (the Devices screen's dialogs) and factory reset with a
// typed confirmation — each only where the terminal's capabilities offer it.
import { Button, Group, Modal, Radio, Stack, Text, TextInput, Title } from '@mantine/core'
import {
  IconCpu,
  IconDownload,
  IconKey,
  IconPower,
  IconRestore,
  IconTrashX,
  IconUpload,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useMaintenanceText, useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { downloadBackup, useMaintenance } from '../../devices/maintenance-store'
import { RestartDialog } from '../../devices/RestartDialog'
import { UpgradeDialog } from '../../devices/UpgradeDialog'
import { BackupKeyDialog } from './BackupKeyDialog'
import { PeripheralUpgradeDialog } from './PeripheralUpgradeDialog'
import { Lacks, SectionProblem } from './SectionProblem'

type Open = 'upgrade' | 'peripheral' | 'backupKey' | 'restore' | 'reboot' | 'reset' | null
const OFFERS = ['upgrade', 'peripheral', 'backup', 'restore', 'reboot', 'factoryReset'] as const

export function MaintenanceSection({ device }: { device: Device }) {
  const { t } = useTerminalOpsText()
  const { t: tm } = useMaintenanceText()
  const ops = device.capabilities?.ops
  const [open, setOpen] = useState<Open>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const offered = {
    upgrade: ops?.upgrade === true,
    peripheral: ops?.peripheralUpgrade === true,
    backup: ops?.backup === true,
    restore: ops?.restore === true,
    reboot: ops?.reboot === true,
    factoryReset: (ops?.factoryReset.length ?? 0) > 0,
  }
  const online = device.health === 'online'
  const backup = async () => {
    setBusy(true)
    const r = await useMaintenance.getState().backup(device.id)
    setBusy(false)
    if (!r.ok) return setError(r.error)
    setError(null)
    downloadBackup(r.value)
  }
  const lacks = OFFERS.filter((k) => !offered[k]).map((k) =>
    k === 'peripheral' ? tm('peripheral.lacks') : t(`maintenance.offers.${k}`),
  )
  return (
    <Stack gap="md" data-testid="maintenance-section">
      <Title order={3} size="h4">
        {t('maintenance.title')}
      </Title>
      <Group gap="sm">
        {offered.upgrade && (
          <Button
            variant="default"
            disabled={!online}
            leftSection={<IconUpload size={16} aria-hidden />}
            onClick={() => setOpen('upgrade')}
          >
            {t('maintenance.upgrade')}
          </Button>
        )}
        {offered.peripheral && (
          <Button
            variant="default"
            disabled={!online}
            leftSection={<IconCpu size={16} aria-hidden />}
            onClick={() => setOpen('peripheral')}
          >
            {tm('peripheral.button')}
          </Button>
        )}
        {offered.backup && (
          <Button
            variant="default"
            disabled={!online}
            loading={busy}
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void backup()}
          >
            {t('maintenance.backup')}
          </Button>
        )}
        {offered.backup && (
          <Button
            variant="default"
            disabled={!online || device.protocol !== 'https'}
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={() => setOpen('backupKey')}
          >
            {tm('backupKey.button')}
          </Button>
        )}
        {offered.restore && (
          <Button
            variant="default"
            disabled={!online}
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={() => setOpen('restore')}
          >
            {t('maintenance.restore')}
          </Button>
        )}
        {offered.reboot && (
          <Button
            variant="default"
            disabled={!online}
            leftSection={<IconPower size={16} aria-hidden />}
            onClick={() => setOpen('reboot')}
          >
            {t('maintenance.reboot')}
          </Button>
        )}
        {offered.factoryReset && (
          <Button
            color="red"
            variant="light"
            disabled={!online}
            leftSection={<IconTrashX size={16} aria-hidden />}
            onClick={() => setOpen('reset')}
          >
            {t('maintenance.factoryReset')}
          </Button>
        )}
      </Group>
      {offered.backup && device.protocol !== 'https' && (
        <Text size="sm" c="dimmed" data-testid="backup-key-insecure">
          {tm('backupKey.insecure')}
        </Text>
      )}
      {lacks.length > 0 && <Lacks items={[t('lacks', { list: lacks.join(', ') })]} />}
      <SectionProblem error={error} />
      <UpgradeDialog device={open === 'upgrade' ? device : null} onClose={() => setOpen(null)} />
      <RestartDialog
        kind="reboot"
        device={open === 'reboot' ? device : null}
        onClose={() => setOpen(null)}
      />
      <PeripheralUpgradeDialog
        device={device}
        opened={open === 'peripheral'}
        onClose={() => setOpen(null)}
      />
      <BackupKeyDialog
        device={device}
        opened={open === 'backupKey'}
        onClose={() => setOpen(null)}
      />
      <RestartDialog
        kind="restore"
        device={open === 'restore' ? device : null}
        onClose={() => setOpen(null)}
      />
      <FactoryResetDialog
        device={device}
        modes={ops?.factoryReset ?? []}
        opened={open === 'reset'}
        onClose={() => setOpen(null)}
      />
    </Stack>
  )
}

function FactoryResetDialog({
  device,
  modes,
  opened,
  onClose,
}: {
  device: Device
  modes: string[]
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTerminalOpsText()
  const { t: tc } = useTranslation()
  const [mode, setMode] = useState(modes.includes('basic') ? 'basic' : (modes[0] ?? 'basic'))
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const close = () => {
    if (busy) return
    setTyped('')
    setError(null)
    onClose()
  }
  const reset = async () => {
    setBusy(true)
    const r = await station.devices.factoryReset({
      id: device.id,
      mode: mode as 'basic' | 'full' | 'part',
      confirm: typed,
    })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    notify({ color: 'green', message: t('maintenance.resetDone', { name: device.name, mode }) })
    setTyped('')
    onClose()
  }
  const known = (m: string): m is 'basic' | 'part' | 'full' =>
    m === 'basic' || m === 'part' || m === 'full'
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={opened}
      onClose={close}
      title={t('maintenance.resetTitle', { name: device.name })}
      closeOnClickOutside={!busy}
      withCloseButton={!busy}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (typed === device.name) void reset()
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('maintenance.resetWarning')}</Text>
          <Radio.Group label={t('maintenance.mode')} value={mode} onChange={setMode}>
            <Stack gap={6} mt={4}>
              {modes.map((m) => (
                <Radio key={m} value={m} label={known(m) ? t(`maintenance.modes.${m}`) : m} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('maintenance.typeName', { name: device.name })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-testid="reset-confirm"
          />
          {busy && (
            <Text size="sm" c="dimmed">
              {t('maintenance.resetting')}
            </Text>
          )}
          <SectionProblem error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('accounts.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy} disabled={typed !== device.name}>
              {t('maintenance.confirm', { name: device.name })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
