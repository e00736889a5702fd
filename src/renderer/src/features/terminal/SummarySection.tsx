import { Badge, Group, Stack, Table, Text } from '@mantine/core'
import { useTerminalText } from '../../i18n/feature-hooks'
import type { SectionProps } from './sections'

const KINDS = ['card', 'fingerprint', 'face', 'iris'] as const

/** What the terminal can hold and how many, from its capability summary. */
export function SummarySection({ caps }: SectionProps) {
  const { t } = useTerminalText()
  const s = caps.summary
  if (!s)
    return (
      <Text size="sm" c="dimmed">
        {t('summary.notRead')}
      </Text>
    )
  const kinds = KINDS.filter((k) => s[k])
  const n = (v: number | null) => (v === null ? t('summary.unknown') : v.toLocaleString())
  return (
    <Stack gap="md" maw={560}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('summary.canHold')}
        </Text>
        {kinds.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('summary.none')}
          </Text>
        )}
        {kinds.map((k) => (
          <Badge key={k} variant="outline" color="gray" tt="none">
            {k}
          </Badge>
        ))}
      </Group>
      <Table aria-label={t('summary.capacity')} data-testid="terminal-capacity">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('summary.doors')}</Table.Th>
            <Table.Td>{s.doors}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('summary.persons')}</Table.Th>
            <Table.Td>{n(s.maxPersons)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('summary.cards')}</Table.Th>
            <Table.Td>{n(s.maxCards)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('summary.faces')}</Table.Th>
            <Table.Td>{n(s.maxFaces)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('summary.fingerprints')}</Table.Th>
            <Table.Td>{n(s.maxFingerprints)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
