import { Button, Paper, Text, Title } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import { useSettingsText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { station } from '../../lib/station'

/** The demo site: simulated terminals on this computer, added as devices, with sample persons. */
export function DemoSection() {
  const { t } = useSettingsText()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const start = async () => {
    const r = await run(() => station.demo.start())
    if (r.ok)
      return notify({
        color: 'green',
        message: t('demoStarted', {
          devices: r.value.devices.length,
          persons: r.value.persons,
        }),
      })
    const e = errorText(r.error)
    notify({
      color: r.error.code === 'CONFLICT' ? 'yellow' : 'red',
      title: r.error.code === 'CONFLICT' ? t('demoRunning') : e.title,
      message: r.error.code === 'CONFLICT' ? t('demoRunningAdvice') : (e.advice ?? e.detail),
    })
  }
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t('demo')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('demoBody')}
      </Text>
      <Button
        variant="default"
        loading={busy}
        onClick={() => void start()}
        leftSection={<IconPlayerPlay size={16} aria-hidden />}
      >
        {t('demoStart')}
      </Button>
    </Paper>
  )
}
