import { MultiSelect } from '@mantine/core'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { HolidayGroupDef } from '@shared/model'
import { EditorModal } from './EditorModal'
import { NumberNameFields } from './NumberNameFields'
import { checkHolidayGroup } from './plan-issues'
import { useSchedules } from './store'
import { nextFree } from './usage'
import { useDefinitionSave } from './use-definition-save'

/** Creates or edits a holiday group: a name and the holiday plans it gathers. */
export function HolidayGroupEditor({
  group,
  onClose,
}: {
  group: HolidayGroupDef | null
  onClose(): void
}) {
  const { t } = useSchedulesText()
  const roster = useSchedules((s) => s.roster)
  const save = useSchedules((s) => s.saveHolidayGroup)
  const taken = (roster?.holidayGroups ?? []).map((g) => g.groupNo)
  const [no, setNo] = useState<number | string>(group?.groupNo ?? nextFree(taken, 1))
  const [name, setName] = useState(group?.name ?? '')
  const [plans, setPlans] = useState<string[]>(group?.holidayPlanNos.map(String) ?? [])

  const input = { groupNo: Number(no === '' ? NaN : no), name, holidayPlanNos: plans.map(Number) }
  const { shown, touch, problem, numberTaken, modal } = useDefinitionSave({
    problems: checkHolidayGroup(input),
    no: input.groupNo,
    taken: group === null ? taken : null,
    thing: (n) => t('thing.holidayGroup', { no: n }),
    save: () => save(input),
    savedNo: (g) => g.groupNo,
    onClose,
  })

  return (
    <EditorModal
      title={
        group ? t('group.editTitle', { no: group.groupNo, name: group.name }) : t('group.newTitle')
      }
      {...modal}
    >
      <NumberNameFields
        no={no}
        name={name}
        fixedNumber={group !== null}
        numberProblem={shown('groupNo')}
        nameProblem={shown('name')}
        taken={numberTaken}
        factoryWarning={null}
        onNo={setNo}
        onName={setName}
        onBlur={(f) => touch(f === 'no' ? 'groupNo' : 'name')}
      />
      <MultiSelect
        label={t('group.plans')}
        description={t('group.plansHint')}
        placeholder={plans.length ? undefined : t('group.plansPlaceholder')}
        data={(roster?.holidayPlans ?? []).map((p) => ({
          value: String(p.planNo),
          label: t('numbered', { no: p.planNo, name: p.name }),
        }))}
        value={plans}
        onChange={setPlans}
        searchable
        clearable
        error={problem('holidayPlanNos')}
        comboboxProps={{ withinPortal: true }}
      />
    </EditorModal>
  )
}
