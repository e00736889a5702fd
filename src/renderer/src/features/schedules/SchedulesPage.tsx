import { Badge, Group, Loader, Stack, Tabs, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useScheduleModesText, useSchedulesText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { ErrorNotice } from '../shell/ErrorNotice'
import { ApplyPanel } from './ApplyPanel'
import { HolidayGroupList } from './HolidayGroupList'
import { HolidayPlanList } from './HolidayPlanList'
import { useSchedules } from './store'
import { TemplateList } from './TemplateList'
import { WeekPlanList } from './WeekPlanList'
import { ModesPanel } from './modes/ModesPanel'

type Tab = 'weekPlans' | 'holidays' | 'templates' | 'apply'
type Family = 'person' | 'Verify' | 'DoorStatus'

/** The three schedule families: person access, reader authentication, door status. */
export function SchedulesPage() {
  const { t } = useScheduleModesText()
  const [family, setFamily] = useState<Family>('person')
  return (
    <Tabs
      value={family}
      onChange={(v) => v && setFamily(v as Family)}
      keepMounted={false}
      variant="pills"
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Tabs.List aria-label={t('familyTabs.label')} mb="md">
        <Tabs.Tab value="person">{t('familyTabs.person')}</Tabs.Tab>
        <Tabs.Tab value="Verify">{t('familyTabs.Verify')}</Tabs.Tab>
        <Tabs.Tab value="DoorStatus">{t('familyTabs.DoorStatus')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="person" style={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <PersonSchedules />
      </Tabs.Panel>
      {(['Verify', 'DoorStatus'] as const).map((f) => (
        <Tabs.Panel key={f} value={f} style={{ flex: 1, minHeight: 0, overflow: 'auto' }} pb="md">
          <ModesPanel family={f} />
        </Tabs.Panel>
      ))}
    </Tabs>
  )
}

/** Access schedules: week plans, holidays, templates, and writing them to the terminals. */
function PersonSchedules() {
  const { t } = useSchedulesText()
  const { roster, error, load } = useSchedules(
    useShallow((s) => ({ roster: s.roster, error: s.error, load: s.load })),
  )
  const [tab, setTab] = useState<Tab>('weekPlans')
  useEffect(() => void load(), [load])

  const count = (n: number | undefined) =>
    n ? (
      <Badge size="xs" variant="light" circle aria-hidden>
        {n}
      </Badge>
    ) : null
  return (
    <Stack gap="md" style={{ flex: 1, minHeight: 0, overflow: 'auto' }} pb="md">
      <Stack gap={4} maw={860}>
        <Text size="sm">{t('lead')}</Text>
        <Text size="xs" c="dimmed">
          {t('factoryNote')}
        </Text>
      </Stack>
      {error && <ErrorNotice error={error} onRetry={() => void load()} />}
      {!roster && !error && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('loadingRoster')}</Text>
        </Group>
      )}
      {roster && (
        <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
          <Tabs.List aria-label={t('tabs.label')} mb="md">
            <Tabs.Tab value="weekPlans" rightSection={count(roster.weekPlans.length)}>
              {t('tabs.weekPlans')}
            </Tabs.Tab>
            <Tabs.Tab
              value="holidays"
              rightSection={count(roster.holidayPlans.length + roster.holidayGroups.length)}
            >
              {t('tabs.holidays')}
            </Tabs.Tab>
            <Tabs.Tab value="templates" rightSection={count(roster.templates.length)}>
              {t('tabs.templates')}
            </Tabs.Tab>
            <Tabs.Tab value="apply">{t('tabs.apply')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="weekPlans">
            <WeekPlanList />
          </Tabs.Panel>
          <Tabs.Panel value="holidays">
            <Stack gap="md">
              <HolidayPlanList />
              <HolidayGroupList />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="templates">
            <TemplateList />
          </Tabs.Panel>
          <Tabs.Panel value="apply">
            <ApplyPanel />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  )
}
