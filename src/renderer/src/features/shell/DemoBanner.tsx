// "Demo site" banner above every screen while the demo site's simulated terminals are in the
// roster, with its one-action removal.
import { Alert, Button, Group, Text } from '@mantine/core'
import { IconFlask, IconTrash } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import type { DemoStatus } from '@shared/contract/demo'
import { useDemoText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'

export function DemoBanner() {
  const { t } = useDemoText()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const [status, setStatus] = useState<DemoStatus | null>(null)
  const devices = useDevices((s) => s.devices)
  const loadDevices = useDevices((s) => s.load)
  const deviceKey = devices?.map((d) => d.id).join(',') ?? ''

  useEffect(() => {
    if (useDevices.getState().devices === null) void loadDevices()
  }, [loadDevices])
  useEffect(() => {
    let current = true
    void station.demo.status().then((r) => {
      if (current && r.ok) setStatus(r.value)
    })
    return () => {
      current = false
    }
  }, [deviceKey])

  if (!status?.active) return null
  const remove = async () => {
    const r = await run(() => station.demo.remove())
    if (r.ok) {
      setStatus({ active: false, deviceIds: [] })
      await loadDevices()
      return notify({ color: 'green', message: t('removed', r.value) })
    }
    const e = errorText(r.error)
    notify({ color: 'red', title: e.title, message: e.advice ?? e.detail })
  }
  return (
    <Alert
      role="region"
      aria-label={t('banner')}
      color="grape"
      variant="light"
      mb="md"
      icon={<IconFlask size={18} aria-hidden />}
      title={t('banner')}
      data-testid="demo-banner"
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{t('bannerBody')}</Text>
        <Button
          size="xs"
          variant="default"
          color="red"
          loading={busy}
          style={{ flexShrink: 0 }}
          onClick={() => void remove()}
          leftSection={<IconTrash size={14} aria-hidden />}
        >
          {t('remove')}
        </Button>
      </Group>
    </Alert>
  )
}
