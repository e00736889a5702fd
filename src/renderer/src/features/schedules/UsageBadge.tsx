import { Badge, Group, Text } from '@mantine/core'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { UsedBy } from './usage'

/** "Used by 2 templates", "12 persons", or "Not used". */
export function UsageBadge({ used }: { used: UsedBy }) {
  const { t } = useSchedulesText()
  const templates = used.refs.filter((r) => r.kind === 'template').length
  const groups = used.refs.filter((r) => r.kind === 'holidayGroup').length
  const parts = [
    templates > 0 && t('used.templates', { count: templates }),
    groups > 0 && t('used.groups', { count: groups }),
    used.persons > 0 && t('used.persons', { count: used.persons }),
  ].filter((x): x is string => typeof x === 'string')
  if (parts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('used.notUsed')}
      </Text>
    )
  return (
    <Group gap={4} data-testid="used-by">
      {parts.map((p) => (
        <Badge key={p} variant="light" size="sm" radius="sm" style={{ textTransform: 'none' }}>
          {p}
        </Badge>
      ))}
    </Group>
  )
}
