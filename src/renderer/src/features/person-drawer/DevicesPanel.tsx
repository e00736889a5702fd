import { EmptyState, Paper, Title } from '@mantine/core'
import { IconDeviceDesktopOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Per-terminal status (applied / pending / failed + reason) arrives with apply.*; honest until then. */
export function DevicesPanel() {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md" radius="md" data-testid="device-status">
      <Title order={3} size="h5" mb="xs">
        {t('drawer.devices')}
      </Title>
      <EmptyState
        size="sm"
        align="left"
        icon={<IconDeviceDesktopOff size={20} aria-hidden />}
        withIndicatorBackground
        title={t('drawer.notApplied')}
        description={t('drawer.notAppliedBody')}
      />
    </Paper>
  )
}
