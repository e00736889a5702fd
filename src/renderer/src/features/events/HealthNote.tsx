// Mask and skin temperature of an access event (guide 21.24, 21.32), as the terminal measured
// them: a temperature outside its thresholds is marked.
import type { EventsT } from '../../i18n/feature-hooks'
import type { EventHealth } from '@shared/model'

const UNITS: Record<string, string> = { celsius: '°C', fahrenheit: '°F' }

export function HealthNote({ health, t }: { health: EventHealth; t: EventsT }) {
  const parts: string[] = []
  if (health.mask === 'yes') parts.push(t('health.mask'))
  else if (health.mask === 'no') parts.push(t('health.noMask'))
  if (health.temperature !== null) {
    const args = {
      value: health.temperature.toFixed(1),
      unit: UNITS[health.temperatureUnit ?? 'celsius'] ?? health.temperatureUnit ?? '',
    }
    parts.push(
      health.temperatureAbnormal ? t('health.abnormal', args) : t('health.temperature', args),
    )
  }
  if (parts.length === 0) return null
  return (
    <span
      data-testid="event-health"
      style={health.temperatureAbnormal ? { color: 'var(--mantine-color-red-7)' } : undefined}
    >
      {' · '}
      {parts.join(' · ')}
    </span>
  )
}
