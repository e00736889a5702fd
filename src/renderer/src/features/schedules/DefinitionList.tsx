import {
  ActionIcon,
  Button,
  EmptyState,
  Group,
  Paper,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useSchedulesText } from '../../i18n/feature-hooks'

export interface Column<T> {
  header: string
  cell(item: T): React.ReactNode
  width?: number | string
}

interface Props<T> {
  title: string
  /** The table's accessible name. */
  listLabel: string
  addLabel: string
  /** Why nothing can be added yet (a template needs a week plan); the add button waits. */
  addBlocked?: string | null
  onAdd(): void
  empty: { title: string; body: string; icon: React.ReactNode }
  items: T[]
  /** The definition's number and name: the table's first two columns. */
  keyOf(item: T): number
  nameOf(item: T): string
  /** "Week plan 2", for the row buttons' names. */
  thingOf(item: T): string
  /** The columns after number and name. */
  columns: Column<T>[]
  onEdit(item: T): void
  onRemove(item: T): void
  testId: string
}

/** A kind of definition: its table (or an empty state saying what it is for) and an add button. */
export function DefinitionList<T>(p: Props<T>) {
  const { t } = useSchedulesText()
  const columns: Column<T>[] = [
    {
      header: t('col.no'),
      width: 60,
      cell: (item) => <span className="mono">{p.keyOf(item)}</span>,
    },
    {
      header: t('col.name'),
      width: '22%',
      cell: (item) => (
        <Text size="sm" fw={500}>
          {p.nameOf(item)}
        </Text>
      ),
    },
    ...p.columns,
  ]
  return (
    <Paper withBorder p="md" radius="md" data-testid={p.testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {p.title}
        </Title>
        <Button
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={p.onAdd}
          disabled={!!p.addBlocked}
        >
          {p.addLabel}
        </Button>
      </Group>
      {p.addBlocked && (
        <Text size="sm" c="dimmed" mb="sm">
          {p.addBlocked}
        </Text>
      )}
      {p.items.length === 0 ? (
        <EmptyState
          icon={p.empty.icon}
          variant="light"
          title={p.empty.title}
          description={p.empty.body}
          py="lg"
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={p.listLabel}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.header} w={c.width}>
                    {c.header}
                  </Table.Th>
                ))}
                <Table.Th w={90}>
                  <VisuallyHidden>{t('col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.items.map((item) => (
                <Table.Tr key={p.keyOf(item)} data-testid={`${p.testId}-row`}>
                  {columns.map((c) => (
                    <Table.Td key={c.header}>{c.cell(item)}</Table.Td>
                  ))}
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('edit', { thing: p.thingOf(item) })}
                        onClick={() => p.onEdit(item)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('remove', { thing: p.thingOf(item) })}
                        onClick={() => p.onRemove(item)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  )
}
