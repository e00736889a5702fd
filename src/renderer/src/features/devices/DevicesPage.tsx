import { Button, EmptyState, Group, Loader, Paper, Text } from '@mantine/core'
import { IconDeviceDesktop, IconPlayerPlay, IconPlus } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDevicesText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { Device } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'
import type { MaintenanceKind } from './DeviceActions'
import { DeviceDialog } from './DeviceDialog'
import { DeviceTable } from './DeviceTable'
import { RemoveDevice } from './RemoveDevice'
import { RestartDialog } from './RestartDialog'
import { useDevices } from './store'
import { UpgradeDialog } from './UpgradeDialog'
import { BatchBar } from './batch/BatchBar'
import { FindTerminalsButton } from '../onboard/FindTerminalsButton'

export function DevicesPage() {
  const { t } = useDevicesText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const { devices, error, load, startDemo } = useDevices(
    useShallow((s) => ({
      devices: s.devices,
      error: s.error,
      load: s.load,
      startDemo: s.startDemo,
    })),
  )
  const [editing, setEditing] = useState<Device | 'new' | null>(null)
  const [removing, setRemoving] = useState<Device | null>(null)
  const [maintaining, setMaintaining] = useState<{ kind: MaintenanceKind; device: Device } | null>(
    null,
  )
  const endMaintenance = () => setMaintaining(null)
  const maintained = (kind: MaintenanceKind) =>
    maintaining?.kind === kind ? maintaining.device : null
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const select = (ids: string[], on: boolean) => {
    const next = new Set(selected)
    for (const id of ids)
      if (on) next.add(id)
      else next.delete(id)
    setSelected(next)
  }
  const [demoBusy, runDemo] = useBusy()
  useEffect(() => void load(), [load])

  const demo = async () => {
    const r = await runDemo(startDemo)
    if (r.ok)
      notify({
        color: 'green',
        message: t('demoStarted', {
          devices: r.value.devices.length,
          persons: r.value.persons,
        }),
      })
    else
      notify({ color: 'red', title: errorText(r.error).title, message: errorText(r.error).words })
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, gap: 12 }}>
      <Group gap="md" mih={36}>
        <Text size="sm" c="dimmed" role="status" data-testid="device-count">
          {devices === null ? tc('common.loading') : t('count', { count: devices.length })}
        </Text>
        <FindTerminalsButton />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('add')}
        </Button>
      </Group>
      {error && <ErrorNotice error={error} onRetry={() => void load()} />}
      {devices === null && !error && <Loader aria-label={tc('common.loading')} />}
      {devices?.length === 0 && (
        <Paper withBorder p="xl" radius="md" maw={760}>
          <EmptyState
            icon={<IconDeviceDesktop size={28} aria-hidden />}
            variant="light"
            title={t('emptyTitle')}
            description={t('emptyBody')}
          >
            <EmptyState.Actions>
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing('new')}
              >
                {t('add')}
              </Button>
              <Button
                variant="default"
                loading={demoBusy}
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                onClick={() => void demo()}
              >
                {t('startDemo')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      )}
      {devices && selected.size > 0 && (
        <BatchBar
          devices={devices.filter((d) => selected.has(d.id))}
          onClear={() => setSelected(new Set())}
        />
      )}
      {devices && devices.length > 0 && (
        <DeviceTable
          selected={selected}
          onSelect={select}
          devices={devices}
          onEdit={setEditing}
          onRemove={setRemoving}
          onMaintain={(device, kind) => setMaintaining({ device, kind })}
        />
      )}
      <DeviceDialog
        opened={editing !== null}
        device={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <RemoveDevice device={removing} onClose={() => setRemoving(null)} />
      <UpgradeDialog device={maintained('upgrade')} onClose={endMaintenance} />
      <RestartDialog kind="reboot" device={maintained('reboot')} onClose={endMaintenance} />
      <RestartDialog kind="restore" device={maintained('restore')} onClose={endMaintenance} />
    </div>
  )
}
