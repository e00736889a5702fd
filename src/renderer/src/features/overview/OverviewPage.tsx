import {
  Button,
  EmptyState,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconDeviceDesktop, IconUsers } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useOverviewText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { RosterCounts } from '@shared/model'
import { ErrorNotice } from '../shell/ErrorNotice'
import { useNav } from '../shell/nav-store'
import { PendingSummary } from './PendingSummary'
import { useOverview } from './store'

const COUNTS: (keyof RosterCounts)[] = [
  'persons',
  'cards',
  'fingerprints',
  'faces',
  'irises',
  'devices',
]

export function OverviewPage() {
  const { t } = useOverviewText()
  const { t: tc, i18n } = useTranslation()
  const { info, error, load } = useOverview(
    useShallow((s) => ({ info: s.info, error: s.error, load: s.load })),
  )
  const go = useNav((s) => s.go)
  useEffect(() => void load(), [load])

  if (error) return <ErrorNotice error={error} onRetry={() => void load()} />
  if (!info)
    return (
      <Stack align="flex-start" gap="xs">
        <Loader size="sm" aria-label={tc('common.connecting')} />
        <Text c="dimmed">{tc('common.connecting')}</Text>
      </Stack>
    )

  const facts: [string, React.ReactNode, string?][] = [
    [t('version'), info.version, 'station-version'],
    [t('runningAs'), info.bridge === 'electron' ? tc('app.desktop') : tc('app.browser')],
    [t('dataDir'), <span className="mono">{info.dataDir}</span>, 'station-data-dir'],
    [t('schema'), `v${info.schemaVersion}`],
    [t('started'), new Date(info.startedAt).toLocaleString(i18n.language)],
  ]
  return (
    <Stack gap="md" maw={1100}>
      <SimpleGrid
        cols={{ base: 2, sm: 3, lg: 6 }}
        aria-label={t('countsLabel')}
        component="section"
      >
        {COUNTS.map((key) => (
          <Paper withBorder p="md" radius="md" key={key} data-testid={`count-${key}`}>
            <Text fz={28} fw={650} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {info.counts[key].toLocaleString(i18n.language)}
            </Text>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`counts.${key}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {info.counts.devices > 0 && <PendingSummary />}
      {info.counts.persons === 0 && (
        <Paper withBorder p="xl" radius="md">
          <EmptyState
            icon={<IconUsers size={28} aria-hidden />}
            variant="light"
            title={t('emptyTitle')}
            description={t('emptyBody')}
          >
            <EmptyState.Actions>
              <Button onClick={() => go('persons')}>{t('goPersons')}</Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      )}
      {info.counts.persons > 0 && info.counts.devices === 0 && (
        <Paper withBorder p="xl" radius="md">
          <EmptyState
            icon={<IconDeviceDesktop size={28} aria-hidden />}
            variant="light"
            title={t('noTerminalsTitle')}
            description={t('noTerminalsBody')}
          >
            <EmptyState.Actions>
              <Button onClick={() => go('devices')}>{t('goDevices')}</Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      )}
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="station-title">
        <Title order={2} size="h4" mb="sm" id="station-title">
          {t('station')}
        </Title>
        <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
          <Table.Tbody>
            {facts.map(([label, value, testId]) => (
              <Table.Tr key={label}>
                <Table.Th w={180} fw={500} c="dimmed" bg="transparent">
                  {label}
                </Table.Th>
                <Table.Td data-testid={testId}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  )
}
