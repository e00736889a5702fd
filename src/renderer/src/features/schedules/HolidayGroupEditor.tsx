import { MultiSelect } from '@mantine/core'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { HolidayGroupDef } from '../../../../shared/model'
import type { AppError } from '../../../../shared/result'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { EditorModal } from './EditorModal'
import { NumberNameFields } from './NumberNameFields'
import { checkHolidayGroup } from './plan-issues'
import { useSchedules } from './store'
import { nextFree } from './usage'
import { useShown } from './use-shown'

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
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, run] = useBusy()

  const input = { groupNo: Number(no === '' ? NaN : no), name, holidayPlanNos: plans.map(Number) }
  const problems = checkHolidayGroup(input)
  const { shown, touch, submit, submitted } = useShown(problems)
  const thing = (n: number) => t('thing.holidayGroup', { no: n })
  const numberTaken =
    group === null && taken.includes(input.groupNo)
      ? t('field.numberTaken', { thing: thing(input.groupNo) })
      : null
  const plansProblem = shown('holidayPlanNos')

  const onSave = async () => {
    submit()
    if (Object.keys(problems).length || numberTaken) return
    const r = await run(() => save(input))
    if (r.ok) {
      notify({ color: 'green', message: t('saved', { thing: thing(r.value.groupNo) }) })
      onClose()
    } else setFailure(r.error)
  }

  return (
    <EditorModal
      title={
        group ? t('group.editTitle', { no: group.groupNo, name: group.name }) : t('group.newTitle')
      }
      onClose={onClose}
      onSubmit={() => void onSave()}
      busy={busy}
      blocked={submitted && (Object.keys(problems).length > 0 || numberTaken !== null)}
      failure={failure}
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
        error={plansProblem ? t(`invalid.${plansProblem}`) : undefined}
        comboboxProps={{ withinPortal: true }}
      />
    </EditorModal>
  )
}
