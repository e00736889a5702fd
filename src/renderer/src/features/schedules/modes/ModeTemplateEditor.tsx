import { MultiSelect, Select } from '@mantine/core'
import { useState } from 'react'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import type {
  ModeFamily,
  ModeHolidayGroupDef,
  ModeTemplateDef,
  ModeWeekPlanDef,
} from '@shared/model'
import { ModeEditorFrame } from './ModeEditorFrame'
import { useScheduleModes } from './modes-store'

/**
 * A template of one family: the week plan a reader or door bound to it follows, and the holiday
 * groups whose plans take over on their dates.
 */
export function ModeTemplateEditor({
  family,
  template,
  weekPlans,
  holidayGroups,
  nextNo,
  onClose,
}: {
  family: ModeFamily
  template: ModeTemplateDef | null
  weekPlans: ModeWeekPlanDef[]
  holidayGroups: ModeHolidayGroupDef[]
  nextNo: number
  onClose: () => void
}) {
  const { t } = useScheduleModesText()
  const save = useScheduleModes((s) => s.saveTemplate)
  const [no, setNo] = useState<number>(template?.templateNo ?? nextNo)
  const [name, setName] = useState(template?.name ?? '')
  const [week, setWeek] = useState<string | null>(
    String(template?.weekPlanNo ?? weekPlans[0]?.planNo ?? ''),
  )
  const [groups, setGroups] = useState<string[]>(
    (template?.holidayGroupNos ?? []).map((n) => String(n)),
  )
  return (
    <ModeEditorFrame
      title={`${t('editor.templateTitle')} · ${t(`familyTabs.${family}`)}`}
      no={no}
      onNo={setNo}
      fixedNumber={template !== null}
      name={name}
      onName={setName}
      canSave={!!week}
      save={() =>
        save({
          family,
          templateNo: no,
          name,
          weekPlanNo: Number(week),
          holidayGroupNos: groups.map(Number),
        })
      }
      onClose={onClose}
    >
      <Select
        label={t('editor.weekPlan')}
        data={weekPlans.map((p) => ({
          value: String(p.planNo),
          label: `${p.planNo} · ${p.name}`,
        }))}
        value={week}
        onChange={setWeek}
        allowDeselect={false}
      />
      <MultiSelect
        label={t('holiday.groups')}
        placeholder={holidayGroups.length ? undefined : t('holiday.none')}
        data={holidayGroups.map((g) => ({
          value: String(g.groupNo),
          label: `${g.groupNo} · ${g.name}`,
        }))}
        value={groups}
        onChange={setGroups}
        disabled={holidayGroups.length === 0}
        maxValues={16}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
      />
    </ModeEditorFrame>
  )
}
