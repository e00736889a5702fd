import { Box, Text } from '@mantine/core'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { WEEKDAYS, type Weekday } from '@shared/model'
import { minutes } from './time-text'
import type { SegmentDraft } from './week-grid'
import { useWeekSummary } from './use-week-summary'

const HOURS = [0, 6, 12, 18, 24]

interface Props {
  days: Partial<Record<Weekday, readonly SegmentDraft[]>>
  /** Segments to draw as wrong (overlaps), by day. */
  marked?: Partial<Record<Weekday, Set<number>>>
  /** Small, for a list row: no hour scale, thin bars. */
  compact?: boolean
}

/** The week drawn as one bar per day over 24 hours; read out as a one-line summary. */
export function WeekBars({ days, marked, compact = false }: Props) {
  const { t } = useSchedulesText()
  const summary = useWeekSummary()
  const readable = Object.fromEntries(
    WEEKDAYS.map((d) => [
      d,
      (days[d] ?? []).filter((s) => {
        const [b, e] = [minutes(s.begin), minutes(s.end)]
        return b !== null && e !== null && b < e
      }),
    ]),
  )
  const rowHeight = compact ? 6 : 14
  return (
    <Box
      role="img"
      aria-label={t('week.previewLabel', { summary: summary(readable) })}
      data-testid="week-bars"
      style={{
        display: 'grid',
        gridTemplateColumns: compact ? '32px 1fr' : '44px 1fr',
        rowGap: compact ? 1 : 6,
        columnGap: compact ? 4 : 8,
        alignItems: 'center',
        minWidth: compact ? 220 : 320,
        maxWidth: compact ? 440 : undefined,
      }}
    >
      {!compact && (
        <>
          <span />
          <Box pos="relative" h={14} aria-hidden>
            {HOURS.map((h) => (
              <Text
                key={h}
                size="xs"
                c="dimmed"
                pos="absolute"
                top={-2}
                style={{
                  left: `${(h / 24) * 100}%`,
                  transform: h === 0 ? 'none' : h === 24 ? 'translateX(-100%)' : 'translateX(-50%)',
                  lineHeight: 1,
                }}
              >
                {String(h).padStart(2, '0')}
              </Text>
            ))}
          </Box>
        </>
      )}
      {WEEKDAYS.map((d) => (
        <DayBar
          key={d}
          label={t(`daysShort.${d}`)}
          compact={compact}
          segments={readable[d] ?? []}
          all={days[d] ?? []}
          marked={marked?.[d]}
          height={rowHeight}
        />
      ))}
    </Box>
  )
}

function DayBar({
  label,
  compact,
  segments,
  all,
  marked,
  height,
}: {
  label: string
  compact: boolean
  segments: readonly SegmentDraft[]
  all: readonly SegmentDraft[]
  marked: Set<number> | undefined
  height: number
}) {
  return (
    <>
      <Text fz={compact ? 10 : 'xs'} lh={compact ? '13px' : undefined} fw={500} aria-hidden>
        {label}
      </Text>
      <Box
        aria-hidden
        pos="relative"
        h={height}
        style={{ borderRadius: 3, background: 'var(--mantine-color-default-border)' }}
      >
        {height > 6 &&
          [25, 50, 75].map((p) => (
            <Box
              key={p}
              pos="absolute"
              top={0}
              h={height}
              w={1}
              style={{ left: `${p}%`, background: 'var(--mantine-color-body)', zIndex: 1 }}
            />
          ))}
        {segments.map((s) => {
          const b = minutes(s.begin) ?? 0
          const e = minutes(s.end) ?? 0
          const wrong = marked?.has(all.indexOf(s)) ?? false
          return (
            <Box
              key={`${s.begin}-${s.end}-${all.indexOf(s)}`}
              pos="absolute"
              top={0}
              h={height}
              style={{
                left: `${(b / 1440) * 100}%`,
                width: `${((e - b) / 1440) * 100}%`,
                borderRadius: 3,
                background: wrong
                  ? 'repeating-linear-gradient(45deg, var(--mantine-color-red-filled) 0 4px, var(--mantine-color-red-light) 4px 8px)'
                  : 'var(--mantine-primary-color-filled)',
                opacity: wrong ? 0.9 : 1,
              }}
            />
          )
        })}
      </Box>
    </>
  )
}
