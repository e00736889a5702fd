import { Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Device } from '../../../../shared/model'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from './store'

export function RemoveDevice({ device, onClose }: { device: Device | null; onClose: () => void }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const remove = useDevices((s) => s.remove)
  const [busy, run] = useBusy()
  const confirm = async () => {
    if (!device) return
    const r = await run(() => remove(device.id))
    onClose()
    if (r.ok) notify({ color: 'green', message: t('devices.removed', { name: device.name }) })
    else notify({ color: 'red', title: errorText(r.error).title, message: r.error.message })
  }
  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={t('devices.removeTitle', { name: device?.name ?? '' })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm">{t('devices.removeBody', { name: device?.name ?? '' })}</Text>
      <Group justify="flex-end" mt="lg" gap="xs">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()}>
          {t('devices.removeConfirm')}
        </Button>
      </Group>
    </Modal>
  )
}
