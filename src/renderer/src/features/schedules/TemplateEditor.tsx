import { MultiSelect, Select } from '@mantine/core'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { PlanTemplateDef } from '@shared/model'
import { EditorModal } from './EditorModal'
import { NumberNameFields } from './NumberNameFields'
import { checkTemplate } from './plan-issues'
import { useSchedules } from './store'
import { nextFree } from './usage'
import { useDefinitionSave } from './use-definition-save'

/** Creates or edits a template: a week plan and the holiday groups that replace it on their dates. */
export function TemplateEditor({
  template,
  onClose,
}: {
  template: PlanTemplateDef | null
  onClose(): void
}) {
  const { t } = useSchedulesText()
  const roster = useSchedules((s) => s.roster)
  const save = useSchedules((s) => s.saveTemplate)
  const taken = (roster?.templates ?? []).map((x) => x.templateNo)
  const weekPlans = roster?.weekPlans ?? []
  const [no, setNo] = useState<number | string>(template?.templateNo ?? nextFree(taken))
  const [name, setName] = useState(template?.name ?? '')
  const [weekPlan, setWeekPlan] = useState<string | null>(
    template
      ? String(template.weekPlanNo)
      : weekPlans.length === 1
        ? String(weekPlans[0]!.planNo)
        : null,
  )
  const [groups, setGroups] = useState<string[]>(template?.holidayGroupNos.map(String) ?? [])

  const input = {
    templateNo: Number(no === '' ? NaN : no),
    name,
    weekPlanNo: weekPlan === null ? 0 : Number(weekPlan),
    holidayGroupNos: groups.map(Number),
  }
  const { shown, touch, problem, numberTaken, modal } = useDefinitionSave({
    problems: checkTemplate(input),
    no: input.templateNo,
    taken: template === null ? taken : null,
    thing: (n) => t('thing.template', { no: n }),
    save: () => save(input),
    savedNo: (x) => x.templateNo,
    onClose,
  })

  return (
    <EditorModal
      title={
        template
          ? t('template.editTitle', { no: template.templateNo, name: template.name })
          : t('template.newTitle')
      }
      {...modal}
    >
      <NumberNameFields
        no={no}
        name={name}
        fixedNumber={template !== null}
        numberProblem={shown('templateNo')}
        nameProblem={shown('name')}
        taken={numberTaken}
        factoryWarning={input.templateNo === 1 ? t('field.factoryTemplate') : null}
        onNo={setNo}
        onName={setName}
        onBlur={(f) => touch(f === 'no' ? 'templateNo' : 'name')}
      />
      <Select
        label={t('template.weekPlan')}
        description={t('template.weekPlanHint')}
        placeholder={t('template.weekPlanPlaceholder')}
        required
        data={weekPlans.map((p) => ({
          value: String(p.planNo),
          label: t('numbered', { no: p.planNo, name: p.name }),
        }))}
        value={weekPlan}
        onChange={(v) => {
          setWeekPlan(v)
          touch('weekPlanNo')
        }}
        onBlur={() => touch('weekPlanNo')}
        error={problem('weekPlanNo')}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label={t('template.groups')}
        description={t('template.groupsHint')}
        placeholder={groups.length ? undefined : t('template.groupsPlaceholder')}
        data={(roster?.holidayGroups ?? []).map((g) => ({
          value: String(g.groupNo),
          label: t('numbered', { no: g.groupNo, name: g.name }),
        }))}
        value={groups}
        onChange={setGroups}
        searchable
        clearable
        error={problem('holidayGroupNos')}
        comboboxProps={{ withinPortal: true }}
      />
    </EditorModal>
  )
}
