import { Text } from '@mantine/core'
import { IconStack2 } from '@tabler/icons-react'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { HolidayGroupDef } from '@shared/model'
import { DefinitionList } from './DefinitionList'
import { HolidayGroupEditor } from './HolidayGroupEditor'
import { RemoveDialog, type RemoveTarget } from './RemoveDialog'
import { useSchedules } from './store'
import { UsageBadge } from './UsageBadge'
import { usedBy } from './usage'

export function HolidayGroupList() {
  const { t } = useSchedulesText()
  const { roster, usage } = useSchedules(useShallow((s) => ({ roster: s.roster, usage: s.usage })))
  const [editing, setEditing] = useState<HolidayGroupDef | 'new' | null>(null)
  const [removing, setRemoving] = useState<RemoveTarget | null>(null)
  if (!roster) return null
  const planName = (no: number) => roster.holidayPlans.find((p) => p.planNo === no)?.name
  return (
    <>
      <DefinitionList<HolidayGroupDef>
        testId="holiday-groups"
        title={t('group.title')}
        listLabel={t('group.listLabel')}
        addLabel={t('group.add')}
        addBlocked={roster.holidayPlans.length === 0 ? t('group.needPlans') : null}
        onAdd={() => setEditing('new')}
        empty={{
          title: t('group.emptyTitle'),
          body: t('group.emptyBody'),
          icon: <IconStack2 size={28} aria-hidden />,
        }}
        items={roster.holidayGroups}
        keyOf={(g) => g.groupNo}
        nameOf={(g) => g.name}
        thingOf={(g) => t('thing.holidayGroup', { no: g.groupNo })}
        columns={[
          {
            header: t('col.plans'),
            cell: (g) => (
              <Text size="sm" c={g.holidayPlanNos.length ? undefined : 'dimmed'}>
                {g.holidayPlanNos.length
                  ? g.holidayPlanNos
                      .map((n) => t('numbered', { no: n, name: planName(n) ?? '?' }))
                      .join(', ')
                  : t('none')}
              </Text>
            ),
          },
          {
            header: t('col.usedBy'),
            width: 150,
            cell: (g) => <UsageBadge used={usedBy(roster, usage, 'holidayGroup', g.groupNo)} />,
          },
        ]}
        onEdit={(g) => setEditing(g)}
        onRemove={(g) => setRemoving({ kind: 'holidayGroup', no: g.groupNo, name: g.name })}
      />
      {editing !== null && (
        <HolidayGroupEditor
          group={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && <RemoveDialog target={removing} onClose={() => setRemoving(null)} />}
    </>
  )
}
