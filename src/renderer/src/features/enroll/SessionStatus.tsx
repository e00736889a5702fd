import { Alert, Button, Group, Loader, Text } from '@mantine/core'
import { useEffect } from 'react'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useEnrollText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { isErrorCode } from '@shared/result'
import { useErrorText } from '../../lib/error-text'
import { ErrorNotice } from '../shell/ErrorNotice'
import { useEnroll, type Kind } from './store'
import { useReasonWords } from '../../lib/reason-words'

const ADVISED = [
  'TIMEOUT',
  'DEVICE_BUSY',
  'NOT_SUPPORTED',
  'OFFLINE',
  'DEVICE_REJECTED',
  'CONFLICT',
  'CANCELLED',
] as const
type Advised = (typeof ADVISED)[number]
const isAdvised = (c: string | undefined): c is Advised =>
  c !== undefined && (ADVISED as readonly string[]).includes(c)

/** Where a capture of this kind stands: waiting (with cancel), saved, or failed (why, try again). */
export function SessionStatus({
  kind,
  waiting,
  onRetry,
  failedTitle,
}: {
  kind: Kind
  waiting: string
  onRetry: () => void
  /** Whose what failed ("Rui Tan's left index was not enrolled"), instead of the code's title. */
  failedTitle?: string
}) {
  const { t } = useEnrollText()
  const errorText = useErrorText()
  const reasonWords = useReasonWords()
  const { session, startError, cancel } = useEnroll(
    useShallow((s) => ({ session: s.session, startError: s.startError, cancel: s.cancel })),
  )
  const waitingHere =
    session?.kind === kind && (session.phase === 'starting' || session.phase === 'waiting')
  // Esc cancels a capture that waits for the person at the terminal
  useEffect(() => {
    if (!waitingHere) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) void cancel()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [waitingHere, cancel])
  if (startError) return <ErrorNotice error={startError} onRetry={onRetry} />
  if (!session || session.kind !== kind) return null
  const { phase } = session
  if (phase === 'starting' || phase === 'waiting' || phase === 'captured')
    return (
      <Group gap="sm" role="status" data-testid="enroll-phase" data-phase={phase}>
        <Loader size={18} aria-hidden />
        <div>
          <Text size="sm" fw={600}>
            {t(`phase.${phase}`)}
          </Text>
          {phase === 'waiting' && <Text size="sm">{waiting}</Text>}
        </div>
        {phase !== 'captured' && (
          <Button variant="default" size="xs" onClick={() => void cancel()}>
            {t('cancel')}
          </Button>
        )}
      </Group>
    )
  if (phase === 'saved')
    return (
      <Group gap="xs" role="status" data-testid="enroll-phase" data-phase="saved">
        <IconCircleCheck size={20} color="var(--mantine-color-green-8)" aria-hidden />
        <Text size="sm" fw={600}>
          {t('phase.saved')}
        </Text>
      </Group>
    )
  const code = session.code
  const advised = isAdvised(code) && !(code === 'DEVICE_REJECTED' && session.reason)
  const title =
    phase === 'cancelled'
      ? t('phase.cancelled')
      : (failedTitle ??
        (code && isErrorCode(code) ? errorText({ code, message: '' }).title : t(`phase.${phase}`)))
  return (
    <Alert
      role="alert"
      color={phase === 'cancelled' ? 'gray' : 'red'}
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={title}
      data-testid="enroll-phase"
      data-phase={phase}
    >
      {/* one message per refusal: the advice for its code, or the station's words when it has
          none; a terminal's refusal is said in the station's words (what it found, what to do) */}
      {phase === 'failed' && advised && <Text size="sm">{t(`failed.${code}`)}</Text>}
      {phase === 'failed' && !advised && session.reason && (
        <Text size="sm">{reasonWords(session.reason, session.message)}</Text>
      )}
      {phase === 'failed' && !advised && !session.reason && !(code && isErrorCode(code)) && (
        <Text size="sm">{session.message}</Text>
      )}
      <Button variant="default" size="xs" mt="xs" onClick={onRetry}>
        {t('retry')}
      </Button>
    </Alert>
  )
}
