import { Paper, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useEventsText } from '../../i18n/feature-hooks'
import type { HourStat } from './store'

const W = 720
const H = 120
const PAD = 18

/** Passes (green) and denials (red) per hour as stacked bars, in plain SVG. */
export function HourChart({ stats }: { stats: HourStat[] }) {
  const { t } = useEventsText()
  const { i18n } = useTranslation()
  const end = new Date()
  end.setMinutes(0, 0, 0)
  const byHour = new Map(stats.map((s) => [new Date(s.hour).getTime(), s]))
  const hours = Array.from({ length: 24 }, (_, i) => {
    const at = end.getTime() - (23 - i) * 3600_000
    const s = byHour.get(at)
    return { at, granted: s?.granted ?? 0, denied: s?.denied ?? 0 }
  })
  const max = Math.max(1, ...hours.map((h) => h.granted + h.denied))
  const granted = hours.reduce((n, h) => n + h.granted, 0)
  const denied = hours.reduce((n, h) => n + h.denied, 0)
  const bw = (W - PAD) / 24
  const y = (n: number) => ((H - PAD) * n) / max
  const fmt = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' })
  const summary = t('chartSummary', { granted, denied })

  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={2} size="h6" mb={4}>
        {t('chartTitle')}
      </Title>
      {granted + denied === 0 ? (
        <Text size="sm" c="dimmed">
          {t('chartEmpty')}
        </Text>
      ) : (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width="100%"
          height={H}
          role="img"
          aria-label={summary}
          data-testid="hour-chart"
          preserveAspectRatio="none"
        >
          <line
            x1={0}
            x2={W}
            y1={H - PAD}
            y2={H - PAD}
            stroke="var(--mantine-color-default-border)"
          />
          {hours.map((h, i) => {
            const x = i * bw + 2
            const g = y(h.granted)
            const d = y(h.denied)
            const label = t('chartHour', {
              hour: fmt.format(h.at),
              granted: h.granted,
              denied: h.denied,
            })
            return (
              <g key={h.at}>
                <title>{label}</title>
                <rect
                  x={x}
                  width={bw - 4}
                  y={H - PAD - g}
                  height={g}
                  fill="var(--mantine-color-green-7)"
                />
                <rect
                  x={x}
                  width={bw - 4}
                  y={H - PAD - g - d}
                  height={d}
                  fill="var(--mantine-color-red-7)"
                />
                {i % 3 === 0 && (
                  <text x={x} y={H - 4} fontSize={10} fill="var(--mantine-color-dimmed)">
                    {fmt.format(h.at)}
                  </text>
                )}
              </g>
            )
          })}
        </svg>
      )}
    </Paper>
  )
}
