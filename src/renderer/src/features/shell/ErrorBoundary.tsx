import { Alert, Button, Stack, Text } from '@mantine/core'
import { Component, type ReactNode } from 'react'
import { i18next } from '../../i18n'

interface State {
  failed: boolean
}

/**
 * Keeps one failing part (a screen, a dialog whose code could not be loaded because the
 * station stopped) from blanking the whole window; says what happened and what to do.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    const t = i18next.t.bind(i18next)
    return (
      <Alert color="red" variant="light" role="alert" title={t('errors.uiFailed')} m="md">
        <Stack gap="xs">
          <Text size="sm">{t('errors.uiFailedAdvice')}</Text>
          <Button
            size="xs"
            variant="default"
            w="fit-content"
            onClick={() => window.location.reload()}
          >
            {t('errors.reload')}
          </Button>
        </Stack>
      </Alert>
    )
  }
}
