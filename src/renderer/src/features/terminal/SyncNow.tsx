import { Button, Group, Text } from '@mantine/core'
import { IconClockCheck } from '@tabler/icons-react'
import { useTerminalText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'
import type { SectionProps } from './sections'

/** "Sync now": the terminal's clock set to the station's (existing devices.syncTime). */
export function SyncNow({ device }: SectionProps) {
  const { t } = useTerminalText()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const drift = device.clockDriftSeconds
  return (
    <Group gap="md">
      <Button
        variant="default"
        leftSection={<IconClockCheck size={16} aria-hidden />}
        loading={busy}
        disabled={device.health !== 'online'}
        onClick={async () => {
          const r = await run(() => useDevices.getState().syncTime(device.id))
          if (r.ok) notify({ color: 'green', message: t('synced') })
          else
            notify({
              color: 'red',
              title: errorText(r.error).title,
              message: errorText(r.error).words,
            })
        }}
      >
        {t('syncNow')}
      </Button>
      <Text size="sm" c="dimmed" data-testid="terminal-drift">
        {drift === null ? t('driftUnknown') : t('drift', { seconds: drift })}
      </Text>
    </Group>
  )
}
