import { SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { HolidayPlanDef } from '@shared/model'
import { DayRow } from './DayRow'
import { EditorModal } from './EditorModal'
import { NumberNameFields } from './NumberNameFields'
import { checkHolidayPlan } from './plan-issues'
import { useSchedules } from './store'
import { shortTime } from './time-text'
import { nextFree } from './usage'
import { useDefinitionSave } from './use-definition-save'
import { nextSegment, overlapping, type SegmentDraft } from './week-grid'

/** Creates or edits a holiday plan: a date range and the hours on those dates. */
export function HolidayPlanEditor({
  plan,
  onClose,
}: {
  plan: HolidayPlanDef | null
  onClose(): void
}) {
  const { t } = useSchedulesText()
  const roster = useSchedules((s) => s.roster)
  const save = useSchedules((s) => s.saveHolidayPlan)
  const taken = (roster?.holidayPlans ?? []).map((p) => p.planNo)
  const [no, setNo] = useState<number | string>(plan?.planNo ?? nextFree(taken, 1))
  const [name, setName] = useState(plan?.name ?? '')
  const [beginDate, setBeginDate] = useState(plan?.beginDate ?? '')
  const [endDate, setEndDate] = useState(plan?.endDate ?? '')
  const [segments, setSegments] = useState<SegmentDraft[]>(
    () => plan?.segments.map((s) => ({ begin: shortTime(s.begin), end: shortTime(s.end) })) ?? [],
  )

  const input = {
    planNo: Number(no === '' ? NaN : no),
    name,
    beginDate,
    endDate,
    segments: segments.map((s) => ({ begin: s.begin.trim(), end: s.end.trim() })),
  }
  const problems = checkHolidayPlan(input)
  const { shown, touch, problem, numberTaken, modal } = useDefinitionSave({
    problems,
    no: input.planNo,
    taken: plan === null ? taken : null,
    thing: (n) => t('thing.holidayPlan', { no: n }),
    save: () => save(input),
    savedNo: (p) => p.planNo,
    onClose,
  })

  return (
    <EditorModal
      title={
        plan ? t('holiday.editTitle', { no: plan.planNo, name: plan.name }) : t('holiday.newTitle')
      }
      {...modal}
      size={760}
    >
      <NumberNameFields
        no={no}
        name={name}
        fixedNumber={plan !== null}
        numberProblem={shown('planNo')}
        nameProblem={shown('name')}
        taken={numberTaken}
        factoryWarning={null}
        onNo={setNo}
        onName={setName}
        onBlur={(f) => touch(f === 'no' ? 'planNo' : 'name')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('holiday.beginDate')}
          required
          value={beginDate}
          onChange={(e) => setBeginDate(e.currentTarget.value)}
          onBlur={() => touch('beginDate')}
          error={problem('beginDate')}
        />
        <TextInput
          type="date"
          label={t('holiday.endDate')}
          required
          value={endDate}
          min={beginDate || undefined}
          onChange={(e) => setEndDate(e.currentTarget.value)}
          onBlur={() => touch('endDate')}
          error={problem('endDate')}
        />
      </SimpleGrid>
      <div>
        <Title order={3} size="h5">
          {t('holiday.hours')}
        </Title>
        <Text size="xs" c="dimmed" mb={6}>
          {t('holiday.hoursHint')}
        </Text>
        <Stack gap={8}>
          <DayRow
            id="holiday-segments"
            label={t('holiday.segmentDay')}
            segments={segments}
            dayProblem={shown('segments')}
            segmentProblem={(i, which) => shown(`segments.${i}.${which}`)}
            overlapping={problems.segments === 'overlap' ? overlapping(segments) : new Set()}
            onChange={(i, patch) =>
              setSegments((s) => s.map((x, j) => (j === i ? { ...x, ...patch } : x)))
            }
            onLeave={(i) => touch(`segments.${i}`)}
            onAdd={() => setSegments((s) => [...s, nextSegment(s)])}
            onRemove={(i) => setSegments((s) => s.filter((_, j) => j !== i))}
          />
        </Stack>
      </div>
    </EditorModal>
  )
}
