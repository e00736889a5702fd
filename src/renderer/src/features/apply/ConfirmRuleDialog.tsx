// Asked before a rule change that takes persons off terminals is saved (CONFIRMATION_NEEDED).
import { Button, Group, Modal, Text } from '@mantine/core'
import type { RuleImpact } from '@shared/contract/continuous'
import { usePendingText } from '../../i18n/feature-hooks'

export function ConfirmRuleDialog({
  impact,
  busy,
  onConfirm,
  onCancel,
}: {
  impact: RuleImpact | null
  busy: boolean
  onConfirm(): void
  onCancel(): void
}) {
  const { t } = usePendingText()
  return (
    <Modal opened={impact !== null} onClose={onCancel} title={t('confirm.title')} centered>
      {impact && (
        <>
          <Text size="sm" data-testid="rule-impact">
            {t('confirm.body', {
              persons: impact.persons,
              terminals: impact.terminals,
              removals: impact.removals,
            })}
          </Text>
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={onCancel} data-autofocus>
              {t('confirm.no')}
            </Button>
            <Button color="red" loading={busy} onClick={onConfirm}>
              {t('confirm.yes')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  )
}
