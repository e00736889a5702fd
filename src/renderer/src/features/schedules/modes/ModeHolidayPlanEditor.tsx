// A holiday plan of the Verify or DoorStatus family: a date range and the segments (time span
// and mode) that hold on those dates instead of the week plan. Saved in the station; "Write to
// terminals" sends it (VerifyHolidayPlanCfg / DoorStatusHolidayPlanCfg).
import { Group, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { ModeFamily, ModeHolidayPlanDef, ModeSegment } from '@shared/model'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { ModeEditorFrame } from './ModeEditorFrame'
import { AddSegmentButton, ModeSpanFields, wholeDay } from './ModeSpanFields'
import { useScheduleModes } from './modes-store'

const hhmm = (s: ModeSegment): ModeSegment => ({
  begin: s.begin.slice(0, 5),
  end: s.end.slice(0, 5),
  mode: s.mode,
})

export function ModeHolidayPlanEditor({
  family,
  plan,
  nextNo,
  onClose,
}: {
  family: ModeFamily
  plan: ModeHolidayPlanDef | null
  nextNo: number
  onClose: () => void
}) {
  const { t } = useScheduleModesText()
  const save = useScheduleModes((s) => s.saveHolidayPlan)
  const [no, setNo] = useState<number>(plan?.planNo ?? nextNo)
  const [name, setName] = useState(plan?.name ?? '')
  const [beginDate, setBeginDate] = useState(plan?.beginDate ?? '')
  const [endDate, setEndDate] = useState(plan?.endDate ?? '')
  const [segments, setSegments] = useState<ModeSegment[]>(
    () => plan?.segments.map(hhmm) ?? [wholeDay(family)],
  )
  const setSegment = (i: number, patch: Partial<ModeSegment>) =>
    setSegments(segments.map((s, j) => (j === i ? { ...s, ...patch } : s)))

  return (
    <ModeEditorFrame
      title={`${t('holiday.planTitle')} · ${t(`familyTabs.${family}`)}`}
      size="lg"
      testId="mode-holiday-editor"
      no={no}
      onNo={setNo}
      fixedNumber={plan !== null}
      name={name}
      onName={setName}
      sideBySide
      canSave={!!beginDate && !!endDate}
      save={() => save({ family, planNo: no, name, beginDate, endDate, segments })}
      onClose={onClose}
    >
      <Group grow>
        <TextInput
          type="date"
          label={t('holiday.beginDate')}
          value={beginDate}
          onChange={(e) => setBeginDate(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('holiday.endDate')}
          value={endDate}
          min={beginDate || undefined}
          onChange={(e) => setEndDate(e.currentTarget.value)}
          required
        />
      </Group>
      <Text size="sm">{t('holiday.segmentsHint')}</Text>
      {segments.map((s, i) => (
        <Group key={i} gap="xs" align="end" data-testid="mode-holiday-segment">
          <ModeSpanFields
            family={family}
            index={i}
            segment={s}
            onChange={(patch) => setSegment(i, patch)}
            onRemove={() => setSegments(segments.filter((_, j) => j !== i))}
            widths={{ time: 90, mode: 240 }}
          />
        </Group>
      ))}
      <AddSegmentButton onAdd={() => setSegments([...segments, wholeDay(family)])} />
    </ModeEditorFrame>
  )
}
