import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSchedulesText } from '../../i18n/feature-hooks'
import type { AppError } from '@shared/result'
import { useErrorText } from '../../lib/error-text'

interface Props {
  title: string
  onClose(): void
  onSubmit(): void
  busy: boolean
  /** Set when Save was pressed with problems left: nothing was sent. */
  blocked: boolean
  /** The station's refusal, when it was not placed next to a field. */
  failure: AppError | null
  size?: string | number
  children: React.ReactNode
}

/** A definition's editor: a form in a modal (Esc closes, focus stays inside), Save with progress. */
export function EditorModal({
  title,
  onClose,
  onSubmit,
  busy,
  blocked,
  failure,
  size,
  children,
}: Props) {
  const { t } = useSchedulesText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const text = failure ? errorText(failure) : null
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size={size ?? 'lg'}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          onSubmit()
        }}
      >
        <Stack gap="sm">
          {children}
          {text && (
            <Alert
              color="red"
              variant="light"
              title={text.title}
              role="alert"
              icon={<IconAlertTriangle size={18} aria-hidden />}
            >
              <Text size="sm">{text.advice ?? text.detail}</Text>
              {text.advice && (
                <Text size="xs" c="dimmed" mt={4}>
                  {tc('errors.detail', { message: text.detail })}
                </Text>
              )}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            {blocked && (
              <Text size="sm" c="var(--mantine-color-error)" mr="auto" role="alert">
                {t('invalid.fixFirst')}
              </Text>
            )}
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {tc('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
