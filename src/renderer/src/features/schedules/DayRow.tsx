import { ActionIcon, Box, Group, Menu, Text } from '@mantine/core'
import { IconDots, IconPlus } from '@tabler/icons-react'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { Problem } from './plan-issues'
import { SegmentFields } from './SegmentFields'
import { MAX_SEGMENTS, type SegmentDraft } from './week-grid'

interface Props {
  /** Id stem for this row's message ("days-Monday"). */
  id: string
  label: string
  segments: SegmentDraft[]
  /** The problem shown for the day as a whole (overlap, too many). */
  dayProblem: Problem | undefined
  /** Shown problems per segment: begin / end. */
  segmentProblem(index: number, which: 'begin' | 'end'): Problem | undefined
  overlapping: Set<number>
  onChange(index: number, patch: Partial<SegmentDraft>): void
  onLeave(index: number): void
  onAdd(): void
  onRemove(index: number): void
  /** Copy / clear actions for a week day; absent for a holiday. */
  menu?: { label: string; onClick(): void }[]
}

/** One day's segments in a row, what is wrong with them underneath. */
export function DayRow(p: Props) {
  const { t } = useSchedulesText()
  const messageId = `${p.id}-problems`
  const messages: string[] = []
  if (p.dayProblem) messages.push(t(`invalid.${p.dayProblem}`))
  p.segments.forEach((_, i) => {
    const pr = p.segmentProblem(i, 'begin') ?? p.segmentProblem(i, 'end')
    if (pr) messages.push(t('invalid.segment', { n: i + 1, problem: t(`invalid.${pr}`) }))
  })
  const full = p.segments.length >= MAX_SEGMENTS
  return (
    <Box data-testid={`day-${p.id}`}>
      <Group gap="xs" wrap="nowrap" align="center">
        <Text size="sm" fw={500} w={96} style={{ flexShrink: 0 }}>
          {p.label}
        </Text>
        <Group gap={10} style={{ flex: 1, rowGap: 6 }}>
          {p.segments.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="day-closed">
              {t('week.closedDay')}
            </Text>
          )}
          {p.segments.map((s, i) => (
            <SegmentFields
              key={i}
              owner={p.label}
              index={i}
              value={s}
              badBegin={!!p.segmentProblem(i, 'begin') || p.overlapping.has(i)}
              badEnd={!!p.segmentProblem(i, 'end') || p.overlapping.has(i)}
              describedBy={messages.length ? messageId : undefined}
              onChange={(patch) => p.onChange(i, patch)}
              onLeave={() => p.onLeave(i)}
              onRemove={() => p.onRemove(i)}
            />
          ))}
        </Group>
        <Text size="xs" c="dimmed" w={30} ta="right" aria-hidden>
          {t('week.count', { count: p.segments.length })}
        </Text>
        <ActionIcon
          variant="light"
          size="md"
          aria-label={
            full ? t('week.full', { day: p.label }) : t('week.addSegment', { day: p.label })
          }
          disabled={full}
          onClick={p.onAdd}
        >
          <IconPlus size={16} aria-hidden />
        </ActionIcon>
        {p.menu && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="md"
                aria-label={t('week.dayMenu', { day: p.label })}
              >
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {p.menu.map((m) => (
                <Menu.Item key={m.label} onClick={m.onClick}>
                  {m.label}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {messages.length > 0 && (
        <Text
          id={messageId}
          size="xs"
          c="var(--mantine-color-error)"
          ml={104}
          mt={4}
          data-testid="day-problem"
        >
          {messages.join(' ')}
        </Text>
      )}
    </Box>
  )
}
