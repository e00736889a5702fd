import { Stack, Text } from '@mantine/core'
import { IconCalendarWeek } from '@tabler/icons-react'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { WeekPlanDef } from '@shared/model'
import { DefinitionList } from './DefinitionList'
import { RemoveDialog, type RemoveTarget } from './RemoveDialog'
import { useSchedules } from './store'
import { UsageBadge } from './UsageBadge'
import { usedBy } from './usage'
import { useWeekSummary } from './use-week-summary'
import { WeekBars } from './WeekBars'
import { WeekPlanEditor } from './WeekPlanEditor'

export function WeekPlanList() {
  const { t } = useSchedulesText()
  const summary = useWeekSummary()
  const { roster, usage } = useSchedules(useShallow((s) => ({ roster: s.roster, usage: s.usage })))
  const [editing, setEditing] = useState<WeekPlanDef | 'new' | null>(null)
  const [removing, setRemoving] = useState<RemoveTarget | null>(null)
  if (!roster) return null
  return (
    <>
      <DefinitionList<WeekPlanDef>
        testId="week-plans"
        title={t('tabs.weekPlans')}
        listLabel={t('week.listLabel')}
        addLabel={t('week.add')}
        onAdd={() => setEditing('new')}
        empty={{
          title: t('week.emptyTitle'),
          body: t('week.emptyBody'),
          icon: <IconCalendarWeek size={28} aria-hidden />,
        }}
        items={roster.weekPlans}
        keyOf={(p) => p.planNo}
        nameOf={(p) => p.name}
        thingOf={(p) => t('thing.weekPlan', { no: p.planNo })}
        columns={[
          {
            header: t('col.week'),
            cell: (p) => (
              <Stack gap={4}>
                <WeekBars days={p.days} compact />
                <Text size="xs" c="dimmed" data-testid="week-summary">
                  {summary(p.days)}
                </Text>
              </Stack>
            ),
          },
          {
            header: t('col.usedBy'),
            width: 150,
            cell: (p) => <UsageBadge used={usedBy(roster, usage, 'weekPlan', p.planNo)} />,
          },
        ]}
        onEdit={(p) => setEditing(p)}
        onRemove={(p) => setRemoving({ kind: 'weekPlan', no: p.planNo, name: p.name })}
      />
      {editing !== null && (
        <WeekPlanEditor
          plan={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && <RemoveDialog target={removing} onClose={() => setRemoving(null)} />}
    </>
  )
}
