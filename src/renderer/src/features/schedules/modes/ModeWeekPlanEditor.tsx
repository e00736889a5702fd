// A reader-authentication or door-status week plan: segments, each for some weekdays with a time
// span and the mode that holds during it. Saved as the station's week plan (days → segments).
import { Chip, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { WEEKDAYS, type ModeFamily, type ModeWeekPlanDef, type Weekday } from '@shared/model'
import { modeOptions } from './mode-options'
import { ModeEditorFrame } from './ModeEditorFrame'
import { AddSegmentButton, ModeSpanFields, wholeDay } from './ModeSpanFields'
import { useScheduleModes } from './modes-store'

interface Row {
  days: Weekday[]
  begin: string
  end: string
  mode: string
}

/** Segments grouped back into rows: the same span and mode on several days is one row. */
function rowsOf(plan: ModeWeekPlanDef | null, family: ModeFamily): Row[] {
  if (!plan)
    return [
      {
        days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        begin: '08:00',
        end: '18:00',
        mode: modeOptions(family)[0]!,
      },
    ]
  const rows: Row[] = []
  for (const d of WEEKDAYS)
    for (const s of plan.days[d] ?? []) {
      const b = s.begin.slice(0, 5)
      const e = s.end.slice(0, 5)
      const same = rows.find((r) => r.begin === b && r.end === e && r.mode === s.mode)
      if (same) same.days.push(d)
      else rows.push({ days: [d], begin: b, end: e, mode: s.mode })
    }
  return rows
}

export function ModeWeekPlanEditor({
  family,
  plan,
  nextNo,
  onClose,
}: {
  family: ModeFamily
  plan: ModeWeekPlanDef | null
  nextNo: number
  onClose: () => void
}) {
  const { t } = useScheduleModesText()
  const save = useScheduleModes((s) => s.saveWeekPlan)
  const [no, setNo] = useState<number>(plan?.planNo ?? nextNo)
  const [name, setName] = useState(plan?.name ?? '')
  const [rows, setRows] = useState<Row[]>(() => rowsOf(plan, family))
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))

  const submit = () => {
    const days: Partial<Record<Weekday, { begin: string; end: string; mode: string }[]>> = {}
    for (const r of rows)
      for (const d of r.days)
        days[d] = [...(days[d] ?? []), { begin: r.begin, end: r.end, mode: r.mode }]
    return save({ family, planNo: no, name, days })
  }

  return (
    <ModeEditorFrame
      title={`${t('editor.weekTitle')} · ${t(`familyTabs.${family}`)}`}
      size="xl"
      no={no}
      onNo={setNo}
      fixedNumber={plan !== null}
      name={name}
      onName={setName}
      sideBySide
      canSave
      save={submit}
      onClose={onClose}
    >
      <Text size="sm" fw={500}>
        {t('editor.segments')}
      </Text>
      {rows.map((r, i) => (
        <Group key={i} gap="xs" align="end" data-testid="mode-segment">
          <Chip.Group multiple value={r.days} onChange={(v) => setRow(i, { days: v as Weekday[] })}>
            <Group gap={4} aria-label={t('editor.days')} role="group">
              {WEEKDAYS.map((d) => (
                <Chip key={d} value={d} size="xs">
                  {t(`weekday.${d}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <ModeSpanFields
            family={family}
            index={i}
            segment={r}
            onChange={(patch) => setRow(i, patch)}
            onRemove={() => setRows(rows.filter((_, j) => j !== i))}
            widths={{ time: 80, mode: 190 }}
          />
        </Group>
      ))}
      <AddSegmentButton onAdd={() => setRows([...rows, { days: [], ...wholeDay(family) }])} />
    </ModeEditorFrame>
  )
}
