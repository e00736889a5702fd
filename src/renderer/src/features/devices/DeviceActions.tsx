import { ActionIcon, Loader, Menu } from '@mantine/core'
import {
  IconClockCheck,
  IconDoorEnter,
  IconDots,
  IconPencil,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Device } from '../../../../shared/model'
import type { Result } from '../../../../shared/result'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from './store'

/** Check now, sync time, open door, edit, remove: one menu per terminal. */
export function DeviceActions({
  device,
  onEdit,
  onRemove,
}: {
  device: Device
  onEdit: () => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const { check, syncTime, openDoor } = useDevices.getState()

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
  const caps = device.capabilities
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('devices.actionsFor', { name: device.name })}
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
              (d) => t('devices.checked', { name: d.name, state: t(`devices.health.${d.health}`) }),
              (d) => d.health === 'online',
            )
          }
        >
          {t('devices.checkNow')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconClockCheck size={16} aria-hidden />}
          onClick={() =>
            void act(
              () => syncTime(device.id),
              (d) => t('devices.timeSynced', { name: d.name }),
            )
          }
        >
          {t('devices.syncTime')}
        </Menu.Item>
        {(caps?.doors ?? 1) > 0 && (
          <Menu.Item
            leftSection={<IconDoorEnter size={16} aria-hidden />}
            onClick={() =>
              void act(
                () => openDoor(device.id),
                () => t('devices.doorOpened', { name: device.name }),
              )
            }
          >
            {t('devices.openDoor')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          {t('devices.edit')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onRemove}>
          {t('devices.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
