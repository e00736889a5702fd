import { ActionIcon, Loader, Menu } from '@mantine/core'
import { useState } from 'react'
import {
  IconClockCheck,
  IconDoorEnter,
  IconDots,
  IconDownload,
  IconPencil,
  IconPower,
  IconRefresh,
  IconRestore,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react'
import { useDevicesText, useMaintenanceText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import type { Result } from '@shared/result'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { downloadBackup, useMaintenance } from './maintenance-store'
import { CompareDialog } from '../onboard/CompareDialog'
import { CompareMenuItem } from '../onboard/CompareMenuItem'
import { useDevices } from './store'

export type MaintenanceKind = 'upgrade' | 'restore' | 'reboot'

/** Check now, sync time, open door, maintenance, edit, remove: one menu per terminal. */
export function DeviceActions({
  device,
  onEdit,
  onRemove,
  onMaintain,
}: {
  device: Device
  onEdit: () => void
  onRemove: () => void
  onMaintain: (kind: MaintenanceKind) => void
}) {
  const { t } = useDevicesText()
  const { t: tMaintenance } = useMaintenanceText()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const { check, syncTime, openDoor } = useDevices.getState()
  const { backup } = useMaintenance.getState()

  const act = async <T,>(
    action: () => Promise<Result<T>>,
    done: (value: T) => string,
    healthy: (value: T) => boolean = () => true,
  ) => {
    const r = await run(action)
    if (r.ok) notify({ color: healthy(r.value) ? 'green' : 'orange', message: done(r.value) })
    else {
      const e = errorText(r.error)
      notify({ color: 'red', title: e.title, message: e.advice ?? e.detail })
    }
  }
  const ops = device.capabilities?.ops
  const offers = {
    syncTime: ops?.syncTime === true,
    openDoor: ops?.doorCommands.includes('open') === true,
    upgrade: ops?.upgrade === true,
    backup: ops?.backup === true,
    restore: ops?.restore === true,
    reboot: ops?.reboot === true,
  }
  const [comparing, setComparing] = useState(false)
  const lacks = (Object.keys(offers) as (keyof typeof offers)[]).filter((k) => !offers[k])
  return (
    <>
      <CompareDialog device={comparing ? device : null} onClose={() => setComparing(false)} />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('actionsFor', { name: device.name })}
            aria-busy={busy}
          >
            {busy ? <Loader size={14} aria-hidden /> : <IconDots size={18} aria-hidden />}
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() =>
              void act(
                () => check(device.id),
                (d) => t('checked', { name: d.name, state: t(`health.${d.health}`) }),
                (d) => d.health === 'online',
              )
            }
          >
            {t('checkNow')}
          </Menu.Item>
          {offers.syncTime && (
            <Menu.Item
              leftSection={<IconClockCheck size={16} aria-hidden />}
              onClick={() =>
                void act(
                  () => syncTime(device.id),
                  (d) => t('timeSynced', { name: d.name }),
                )
              }
            >
              {t('syncTime')}
            </Menu.Item>
          )}
          {offers.openDoor && (
            <Menu.Item
              leftSection={<IconDoorEnter size={16} aria-hidden />}
              onClick={() =>
                void act(
                  () => openDoor(device.id),
                  () => t('doorOpened', { name: device.name }),
                )
              }
            >
              {t('openDoor')}
            </Menu.Item>
          )}
          <Menu.Divider />
          {offers.upgrade && (
            <Menu.Item
              leftSection={<IconUpload size={16} aria-hidden />}
              onClick={() => onMaintain('upgrade')}
            >
              {tMaintenance('menu.upgrade')}
            </Menu.Item>
          )}
          {offers.backup && (
            <Menu.Item
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() =>
                void act(
                  () => backup(device.id),
                  (b) => {
                    downloadBackup(b)
                    return tMaintenance('backup.done', { name: device.name, file: b.fileName })
                  },
                )
              }
            >
              {tMaintenance('menu.backup')}
            </Menu.Item>
          )}
          {offers.restore && (
            <Menu.Item
              leftSection={<IconRestore size={16} aria-hidden />}
              onClick={() => onMaintain('restore')}
            >
              {tMaintenance('menu.restore')}
            </Menu.Item>
          )}
          {offers.reboot && (
            <Menu.Item
              leftSection={<IconPower size={16} aria-hidden />}
              onClick={() => onMaintain('reboot')}
            >
              {tMaintenance('menu.reboot')}
            </Menu.Item>
          )}
          {lacks.length > 0 && (
            <Menu.Label c="dimmed" maw={260} style={{ whiteSpace: 'normal' }}>
              {t('notOffered', { list: lacks.map((k) => t(`offer.${k}`)).join(', ') })}
            </Menu.Label>
          )}
          <Menu.Divider />
          <CompareMenuItem onClick={() => setComparing(true)} />
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
            {t('edit')}
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={onRemove}
          >
            {t('remove')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  )
}
