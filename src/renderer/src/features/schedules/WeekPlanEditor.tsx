import { Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core'
import { IconChevronDown } from '@tabler/icons-react'
import { useState } from 'react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { WEEKDAYS, type WeekPlanDef, type Weekday } from '@shared/model'
import { DayRow } from './DayRow'
import { EditorModal } from './EditorModal'
import { NumberNameFields } from './NumberNameFields'
import { checkWeekPlan } from './plan-issues'
import { useSchedules } from './store'
import { useDefinitionSave } from './use-definition-save'
import { nextFree } from './usage'
import {
  WORKDAYS,
  addSegment,
  copyDay,
  daysOf,
  emptyWeek,
  overlapping,
  preset,
  removeSegment,
  updateSegment,
  weekFromDays,
  type Preset,
  type WeekDraft,
} from './week-grid'
import { WeekBars } from './WeekBars'

/** Creates or edits a week plan: a grid of days × segments, checked as typed, drawn below. */
export function WeekPlanEditor({ plan, onClose }: { plan: WeekPlanDef | null; onClose(): void }) {
  const { t } = useSchedulesText()
  const roster = useSchedules((s) => s.roster)
  const save = useSchedules((s) => s.saveWeekPlan)
  const taken = (roster?.weekPlans ?? []).map((p) => p.planNo)
  const [no, setNo] = useState<number | string>(plan?.planNo ?? nextFree(taken))
  const [name, setName] = useState(plan?.name ?? '')
  const [week, setWeek] = useState<WeekDraft>(() =>
    plan ? weekFromDays(plan.days) : preset('workdays'),
  )

  const input = { planNo: Number(no === '' ? NaN : no), name, days: daysOf(week) }
  const problems = checkWeekPlan(input)
  const { shown, touch, numberTaken, modal } = useDefinitionSave({
    problems,
    no: input.planNo,
    taken: plan === null ? taken : null,
    thing: (n) => t('thing.weekPlan', { no: n }),
    save: () => save(input),
    savedNo: (p) => p.planNo,
    onClose,
  })
  const overlaps = Object.fromEntries(WEEKDAYS.map((d) => [d, overlapping(week[d])])) as Record<
    Weekday,
    Set<number>
  >

  const dayMenu = (d: Weekday) => [
    {
      label: t('week.copyToWorkdays'),
      onClick: () => setWeek((w) => copyDay(w, d, WORKDAYS)),
    },
    {
      label: t('week.copyToAll'),
      onClick: () => setWeek((w) => copyDay(w, d, WEEKDAYS)),
    },
    { label: t('week.clearDay'), onClick: () => setWeek((w) => ({ ...w, [d]: [] })) },
  ]
  const presets: [Preset | 'clear', string][] = [
    ['workdays', t('week.preset.workdays')],
    ['allDay', t('week.preset.allDay')],
    ['clear', t('week.preset.clear')],
  ]

  return (
    <EditorModal
      title={plan ? t('week.editTitle', { no: plan.planNo, name: plan.name }) : t('week.newTitle')}
      {...modal}
      size={920}
    >
      <NumberNameFields
        no={no}
        name={name}
        fixedNumber={plan !== null}
        numberProblem={shown('planNo')}
        nameProblem={shown('name')}
        taken={numberTaken}
        factoryWarning={input.planNo === 1 ? t('field.factoryWeekPlan') : null}
        onNo={setNo}
        onName={setName}
        onBlur={(f) => touch(f === 'no' ? 'planNo' : 'name')}
      />
      <Group justify="space-between" mt="xs">
        <div>
          <Title order={3} size="h5">
            {t('week.days')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('week.timeHint')}
          </Text>
        </div>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              variant="default"
              size="xs"
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {t('week.startFrom')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {presets.map(([kind, label]) => (
              <Menu.Item
                key={kind}
                onClick={() => setWeek(kind === 'clear' ? emptyWeek() : preset(kind))}
              >
                {label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Stack gap={8} data-testid="week-grid">
        {WEEKDAYS.map((d) => (
          <DayRow
            key={d}
            id={`days-${d}`}
            label={t(`days.${d}`)}
            segments={week[d]}
            dayProblem={shown(`days.${d}`)}
            segmentProblem={(i, which) => shown(`days.${d}.${i}.${which}`)}
            overlapping={problems[`days.${d}`] === 'overlap' ? overlaps[d] : new Set()}
            onChange={(i, patch) => setWeek((w) => updateSegment(w, d, i, patch))}
            onLeave={(i) => touch(`days.${d}.${i}`)}
            onAdd={() => setWeek((w) => addSegment(w, d))}
            onRemove={(i) => setWeek((w) => removeSegment(w, d, i))}
            menu={dayMenu(d)}
          />
        ))}
      </Stack>
      <Paper withBorder p="sm" radius="md" mt="xs">
        <Text size="sm" fw={500} mb={6}>
          {t('week.preview')}
        </Text>
        <WeekBars days={week} marked={overlaps} />
      </Paper>
    </EditorModal>
  )
}
