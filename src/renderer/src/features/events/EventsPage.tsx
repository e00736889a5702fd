import { EmptyState, Group, Loader, Paper, Text } from '@mantine/core'
import { IconCalendarEvent } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useEventsText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { Device } from '@shared/model'
import { useDevices } from '../devices/store'
import { ErrorNotice } from '../shell/ErrorNotice'
import { EventFeed } from './EventFeed'
import { FilterBar } from './FilterBar'
import { HourChart } from './HourChart'
import { useEvents } from './store'

const NO_DEVICES: Device[] = []

export function EventsPage() {
  const { t } = useEventsText()
  const { t: tc, i18n } = useTranslation()
  const { items, total, searching, error, filter, stats, search, loadStats } = useEvents(
    useShallow((s) => ({
      items: s.items,
      total: s.total,
      searching: s.searching,
      error: s.error,
      filter: s.filter,
      stats: s.stats,
      search: s.search,
      loadStats: s.loadStats,
    })),
  )
  const { deviceList, loadDevices } = useDevices(
    useShallow((s) => ({ deviceList: s.devices, loadDevices: s.load })),
  )
  const devices = deviceList ?? NO_DEVICES
  useEffect(() => {
    void search({})
    void loadStats()
    void loadDevices()
  }, [search, loadStats, loadDevices])
  const narrowed = Object.keys(filter).length > 0

  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, gap: 12 }}>
      <FilterBar devices={devices} />
      {stats && <HourChart stats={stats} />}
      <Group gap="sm" mih={24}>
        <Text size="sm" c="dimmed" role="status" data-testid="event-count">
          {searching
            ? t('searching')
            : total === null
              ? tc('common.loading')
              : t('count', { count: total, n: total.toLocaleString(i18n.language) })}
        </Text>
        {searching && <Loader size={14} aria-hidden />}
        <Text size="xs" c="dimmed">
          {narrowed ? t('filtered') : `${t('live')}: ${t('liveHint')}`}
        </Text>
      </Group>
      {error && <ErrorNotice error={error} onRetry={() => void search()} />}
      {total === 0 && items.length === 0 && !searching ? (
        <Paper withBorder p="xl" radius="md" maw={760}>
          {narrowed ? (
            <Text size="sm">{t('noMatch')}</Text>
          ) : (
            <EmptyState
              icon={<IconCalendarEvent size={28} aria-hidden />}
              variant="light"
              title={t('emptyTitle')}
              description={t('emptyBody')}
            />
          )}
        </Paper>
      ) : (
        <EventFeed items={items} devices={devices} />
      )}
    </div>
  )
}
