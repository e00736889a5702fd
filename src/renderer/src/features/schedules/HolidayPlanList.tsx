import { Text } from '@mantine/core'
import { IconBeach } from '@tabler/icons-react'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { HolidayPlanDef } from '@shared/model'
import { DefinitionList } from './DefinitionList'
import { HolidayPlanEditor } from './HolidayPlanEditor'
import { RemoveDialog, type RemoveTarget } from './RemoveDialog'
import { useSchedules } from './store'
import { shortTime } from './time-text'
import { UsageBadge } from './UsageBadge'
import { usedBy } from './usage'

export function HolidayPlanList() {
  const { t } = useSchedulesText()
  const { roster, usage } = useSchedules(useShallow((s) => ({ roster: s.roster, usage: s.usage })))
  const [editing, setEditing] = useState<HolidayPlanDef | 'new' | null>(null)
  const [removing, setRemoving] = useState<RemoveTarget | null>(null)
  if (!roster) return null
  return (
    <>
      <DefinitionList<HolidayPlanDef>
        testId="holiday-plans"
        title={t('holiday.plansTitle')}
        listLabel={t('holiday.plansLabel')}
        addLabel={t('holiday.add')}
        onAdd={() => setEditing('new')}
        empty={{
          title: t('holiday.emptyTitle'),
          body: t('holiday.emptyBody'),
          icon: <IconBeach size={28} aria-hidden />,
        }}
        items={roster.holidayPlans}
        keyOf={(p) => p.planNo}
        nameOf={(p) => p.name}
        thingOf={(p) => t('thing.holidayPlan', { no: p.planNo })}
        columns={[
          {
            header: t('col.dates'),
            cell: (p) => (
              <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {p.beginDate === p.endDate
                  ? p.beginDate
                  : t('holiday.dateRange', { begin: p.beginDate, end: p.endDate })}
              </Text>
            ),
          },
          {
            header: t('col.hours'),
            cell: (p) => (
              <Text size="sm" c={p.segments.length ? undefined : 'dimmed'}>
                {p.segments.length
                  ? p.segments.map((s) => `${shortTime(s.begin)}–${shortTime(s.end)}`).join(', ')
                  : t('holiday.closedAllDay')}
              </Text>
            ),
          },
          {
            header: t('col.usedBy'),
            width: 150,
            cell: (p) => <UsageBadge used={usedBy(roster, usage, 'holidayPlan', p.planNo)} />,
          },
        ]}
        onEdit={(p) => setEditing(p)}
        onRemove={(p) => setRemoving({ kind: 'holidayPlan', no: p.planNo, name: p.name })}
      />
      {editing !== null && (
        <HolidayPlanEditor
          plan={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && <RemoveDialog target={removing} onClose={() => setRemoving(null)} />}
    </>
  )
}
