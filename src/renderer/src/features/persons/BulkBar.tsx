// Shown while persons are picked: how many, "select all N matching", edit, delete, clear.
import { Button, Group, Paper, Text } from '@mantine/core'
import { IconEdit, IconTrash, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { usePersonListText } from '../../i18n/feature-hooks'
import { ErrorNotice } from '../shell/ErrorNotice'
import { BulkEditDialog } from './BulkEditDialog'
import { BulkRemoveDialog } from './BulkRemoveDialog'
import { usePersonsList } from './list-store'
import { selectedCount, useSelection } from './selection-store'

export function BulkBar() {
  const { t } = usePersonListText()
  const { i18n } = useTranslation()
  const { picked, allMatching, rangeError, selectAllMatching, clear } = useSelection(
    useShallow((s) => ({
      picked: s.picked,
      allMatching: s.allMatching,
      rangeError: s.rangeError,
      selectAllMatching: s.selectAllMatching,
      clear: s.clear,
    })),
  )
  const total = usePersonsList((s) => s.total ?? 0)
  const [dialog, setDialog] = useState<'edit' | 'remove' | null>(null)
  const count = selectedCount({ picked, allMatching })
  if (count === 0 && !rangeError) return null
  const n = (v: number) => v.toLocaleString(i18n.language)
  return (
    <Paper withBorder radius="md" p="xs" mb="sm" data-testid="bulk-bar">
      <Group gap="sm">
        <Text size="sm" fw={600} role="status" data-testid="selected-count">
          {allMatching
            ? t('allMatching', { count, n: n(count) })
            : t('selected', { count, n: n(count) })}
        </Text>
        {!allMatching && total > picked.size && (
          <Button variant="subtle" size="xs" onClick={selectAllMatching}>
            {t('selectAllMatching', { n: n(total) })}
          </Button>
        )}
        <Group gap="xs" ml="auto">
          <Button
            size="xs"
            leftSection={<IconEdit size={14} aria-hidden />}
            onClick={() => setDialog('edit')}
          >
            {t('edit')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={() => setDialog('remove')}
          >
            {t('remove')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={clear}
          >
            {t('clearSelection')}
          </Button>
        </Group>
      </Group>
      {rangeError && <ErrorNotice error={rangeError} />}
      {dialog === 'edit' && <BulkEditDialog count={count} onClose={() => setDialog(null)} />}
      {dialog === 'remove' && <BulkRemoveDialog count={count} onClose={() => setDialog(null)} />}
    </Paper>
  )
}
