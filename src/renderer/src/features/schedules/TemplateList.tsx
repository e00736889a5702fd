import { Text } from '@mantine/core'
import { IconTemplate } from '@tabler/icons-react'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { PlanTemplateDef } from '@shared/model'
import { DefinitionList } from './DefinitionList'
import { RemoveDialog, type RemoveTarget } from './RemoveDialog'
import { useSchedules } from './store'
import { TemplateEditor } from './TemplateEditor'
import { UsageBadge } from './UsageBadge'
import { usedBy } from './usage'

export function TemplateList() {
  const { t } = useSchedulesText()
  const { roster, usage } = useSchedules(useShallow((s) => ({ roster: s.roster, usage: s.usage })))
  const [editing, setEditing] = useState<PlanTemplateDef | 'new' | null>(null)
  const [removing, setRemoving] = useState<RemoveTarget | null>(null)
  if (!roster) return null
  const weekName = (no: number) => roster.weekPlans.find((p) => p.planNo === no)?.name ?? '?'
  const groupName = (no: number) => roster.holidayGroups.find((g) => g.groupNo === no)?.name ?? '?'
  return (
    <>
      <DefinitionList<PlanTemplateDef>
        testId="templates"
        title={t('tabs.templates')}
        listLabel={t('template.listLabel')}
        addLabel={t('template.add')}
        addBlocked={roster.weekPlans.length === 0 ? t('template.needWeek') : null}
        onAdd={() => setEditing('new')}
        empty={{
          title: t('template.emptyTitle'),
          body: t('template.emptyBody'),
          icon: <IconTemplate size={28} aria-hidden />,
        }}
        items={roster.templates}
        keyOf={(x) => x.templateNo}
        nameOf={(x) => x.name}
        thingOf={(x) => t('thing.template', { no: x.templateNo })}
        columns={[
          {
            header: t('col.weekPlan'),
            cell: (x) => (
              <Text size="sm">
                {t('numbered', { no: x.weekPlanNo, name: weekName(x.weekPlanNo) })}
              </Text>
            ),
          },
          {
            header: t('col.groups'),
            cell: (x) => (
              <Text size="sm" c={x.holidayGroupNos.length ? undefined : 'dimmed'}>
                {x.holidayGroupNos.length
                  ? x.holidayGroupNos
                      .map((n) => t('numbered', { no: n, name: groupName(n) }))
                      .join(', ')
                  : t('none')}
              </Text>
            ),
          },
          {
            header: t('col.usedBy'),
            width: 150,
            cell: (x) => <UsageBadge used={usedBy(roster, usage, 'template', x.templateNo)} />,
          },
        ]}
        onEdit={(x) => setEditing(x)}
        onRemove={(x) => setRemoving({ kind: 'template', no: x.templateNo, name: x.name })}
      />
      {editing !== null && (
        <TemplateEditor
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && <RemoveDialog target={removing} onClose={() => setRemoving(null)} />}
    </>
  )
}
