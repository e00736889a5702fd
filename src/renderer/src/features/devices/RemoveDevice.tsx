import { Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useDevicesText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from './store'

export function RemoveDevice({ device, onClose }: { device: Device | null; onClose: () => void }) {
  const { t } = useDevicesText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const remove = useDevices((s) => s.remove)
  const [busy, run] = useBusy()
  const confirm = async () => {
    if (!device) return
    const r = await run(() => remove(device.id))
    onClose()
    if (r.ok) notify({ color: 'green', message: t('removed', { name: device.name }) })
    else
      notify({ color: 'red', title: errorText(r.error).title, message: errorText(r.error).words })
  }
  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={t('removeTitle', { name: device?.name ?? '' })}
      centered
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Text size="sm">{t('removeBody', { name: device?.name ?? '' })}</Text>
      <Group justify="flex-end" mt="lg" gap="xs">
        <Button variant="default" onClick={onClose} data-autofocus>
          {tc('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()}>
          {t('removeConfirm')}
        </Button>
      </Group>
    </Modal>
  )
}
