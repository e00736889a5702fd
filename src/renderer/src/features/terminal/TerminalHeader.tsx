import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTerminalText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { HealthBadge } from '../devices/HealthBadge'
import { useNav } from '../shell/nav-store'

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" className="mono" data-testid={testId}>
        {value || '—'}
      </Text>
    </Stack>
  )
}

/** Name, model, firmware, serial and online state of the open terminal. */
export function TerminalHeader({ device }: { device: Device }) {
  const { t } = useTerminalText()
  const go = useNav((s) => s.go)
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Anchor component="button" type="button" size="sm" onClick={() => go('devices')}>
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('back')}
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" data-testid="terminal-name">
            {device.name}
          </Title>
          <HealthBadge device={device} />
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Fact label={t('header.model')} value={device.model} testId="terminal-model" />
          <Fact
            label={t('header.firmware')}
            value={device.firmwareVersion}
            testId="terminal-firmware"
          />
          <Fact label={t('header.serial')} value={device.serialNumber} testId="terminal-serial" />
          <Fact
            label={t('header.address')}
            value={`${device.protocol}://${device.host}:${device.port}`}
            testId="terminal-address"
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  )
}
