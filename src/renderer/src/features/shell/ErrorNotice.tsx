import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/result'
import { useErrorText } from '../../lib/error-text'

/** A station error: what happened (by code), what to do, and the station's own words. */
export function ErrorNotice({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { t } = useTranslation()
  const text = useErrorText()(error)
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={text.title}
      icon={<IconAlertTriangle size={18} aria-hidden />}
    >
      <Stack gap={6}>
        {text.advice && <Text size="sm">{text.advice}</Text>}
        <Text size="xs" c="dimmed">
          {t('errors.detail', { message: text.detail })}
        </Text>
        {onRetry && (
          <Button variant="default" size="xs" w="fit-content" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
