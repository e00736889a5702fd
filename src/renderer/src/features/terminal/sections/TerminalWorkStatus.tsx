// The terminal-wide working status it reports (power supply, tamper, anti-passback, …), only the
// fields its AcsWorkStatus capability lists (guide 21.25.1); values in the terminal's own words.
import { Badge, Group, Text } from '@mantine/core'
import { useTerminalMoreText } from '../../../i18n/feature-hooks'
import { terminalMoreEn } from '../../../i18n/terminal-more.en'

type Field = keyof typeof terminalMoreEn.workStatus.fields
const named = (f: string): f is Field => f in terminalMoreEn.workStatus.fields

export function TerminalWorkStatus({ items }: { items: { field: string; value: string }[] }) {
  const { t } = useTerminalMoreText()
  if (items.length === 0) return null
  return (
    <Group gap="xs" aria-label={t('workStatus.title')} data-testid="terminal-work-status">
      <Text size="sm" fw={600}>
        {t('workStatus.title')}
      </Text>
      {items.map((i) => (
        <Badge
          key={i.field}
          variant="light"
          color="gray"
          tt="none"
          data-testid={`status-${i.field}`}
        >
          {named(i.field) ? t(`workStatus.fields.${i.field}`) : i.field}: {i.value}
        </Badge>
      ))}
    </Group>
  )
}
