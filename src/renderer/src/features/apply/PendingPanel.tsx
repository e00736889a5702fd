// What waits to be sent, before it is sent: a summary ("12 changes waiting for 2 terminals"),
// counts per terminal, and the list of persons (removals first, called out in red).
import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import type { PendingChange } from '@shared/contract/continuous'
import { usePendingText } from '../../i18n/feature-hooks'
import { useLivePending, usePending } from './pending-store'
import { localDate } from '../../lib/local-date'

const COLOR: Record<PendingChange['change'], string> = {
  add: 'blue',
  update: 'gray',
  remove: 'red',
}

export function PendingPanel() {
  const { t } = usePendingText()
  const { i18n } = useTranslation()
  const { pending, auto } = usePending(useShallow((s) => ({ pending: s.pending, auto: s.auto })))
  useLivePending()
  if (!pending) return null
  const n = (x: number) => x.toLocaleString(i18n.language)
  const names = new Map(pending.devices.map((d) => [d.deviceId, d.deviceName]))
  const removals = pending.devices.reduce((sum, d) => sum + d.removals, 0)
  return (
    <Paper withBorder p="md" radius="md" data-testid="apply-pending" component="section">
      <Title order={2} size="h4" mb={4}>
        {t('title')}
      </Title>
      <Text size="sm" data-testid="pending-summary" role="status">
        {pending.total === 0
          ? t('nothing')
          : t('summary', { count: pending.total, terminals: n(pending.terminals) })}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {auto ? t('auto') : t('manual')}
      </Text>
      {pending.total > 0 && (
        <Stack gap="sm">
          {removals > 0 && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              data-testid="pending-removals"
            >
              {t('removalsCallout', { count: removals })}
            </Alert>
          )}
          {pending.schedules.length > 0 && (
            <Text size="sm" data-testid="pending-schedules">
              {t('schedulesWaiting', {
                names: pending.schedules.map((s) => s.deviceName).join(', '),
              })}
            </Text>
          )}
          {pending.devices.length > 0 && (
            <>
              <Table withTableBorder striped aria-label={t('perTerminal')} maw={620}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('terminal')}</Table.Th>
                    <Table.Th ta="right">{t('adds')}</Table.Th>
                    <Table.Th ta="right">{t('updates')}</Table.Th>
                    <Table.Th ta="right">{t('removals')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pending.devices.map((d) => (
                    <Table.Tr key={d.deviceId} data-testid="pending-device">
                      <Table.Td>{d.deviceName}</Table.Td>
                      <Table.Td ta="right">{n(d.adds)}</Table.Td>
                      <Table.Td ta="right">{n(d.updates)}</Table.Td>
                      <Table.Td ta="right" c={d.removals > 0 ? 'red' : undefined}>
                        {n(d.removals)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Table aria-label={t('listLabel')} maw={820} data-testid="pending-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('change')}</Table.Th>
                    <Table.Th>{t('person')}</Table.Th>
                    <Table.Th>{t('terminal')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pending.items.map((item) => (
                    <Table.Tr
                      key={`${item.deviceId}/${item.employeeNo}`}
                      data-testid="pending-item"
                    >
                      <Table.Td>
                        <Badge color={COLOR[item.change]} variant="light">
                          {t(`kind.${item.change}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          {item.name && (
                            <Text size="sm" fw={500}>
                              {item.name}
                            </Text>
                          )}
                          <Text size="sm" c="dimmed" className="mono">
                            {item.employeeNo}
                          </Text>
                          {!item.inRoster && (
                            <Text size="xs" c="red">
                              {t('notInRoster')}
                            </Text>
                          )}
                          {item.startsAt && (
                            <Text size="xs" c="blue" data-testid="pending-starts">
                              {t('startsAt', { date: localDate(item.startsAt) })}
                            </Text>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{names.get(item.deviceId) ?? item.deviceId}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          {pending.truncated && (
            <Text size="sm" c="dimmed">
              {t('more', { count: pending.total - pending.items.length })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  )
}
