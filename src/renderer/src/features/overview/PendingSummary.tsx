// Overview: "12 changes waiting for 2 terminals" (or that nothing waits), with a way to the list.
import { Button, Group, Paper, Text } from '@mantine/core'
import { IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { usePendingText } from '../../i18n/feature-hooks'
import { useLivePending, usePending } from '../apply/pending-store'
import { useNav } from '../shell/nav-store'

export function PendingSummary() {
  const { t } = usePendingText()
  const { i18n } = useTranslation()
  const { pending, auto } = usePending(useShallow((s) => ({ pending: s.pending, auto: s.auto })))
  const go = useNav((s) => s.go)
  useLivePending()
  if (!pending) return null
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="overview-pending">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text fw={600} role="status">
            {pending.total === 0
              ? t('nothing')
              : t('summary', {
                  count: pending.total,
                  terminals: pending.terminals.toLocaleString(i18n.language),
                })}
          </Text>
          <Text size="sm" c="dimmed">
            {auto ? t('auto') : t('manual')}
          </Text>
        </div>
        {pending.total > 0 && (
          <Button
            variant="light"
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={() => go('apply')}
          >
            {t('title')}
          </Button>
        )}
      </Group>
    </Paper>
  )
}
