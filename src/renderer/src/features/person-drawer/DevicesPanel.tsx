import { Badge, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconDeviceDesktopOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { usePersonDrawerText } from '../../i18n/feature-hooks'
import type { PersonDeviceStatus } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { useReasonWords } from '../../lib/reason-words'
import { isErrorCode } from '@shared/result'
import { usePersonDrawer } from './store'
import { localDate } from '../../lib/local-date'

const COLOR: Record<PersonDeviceStatus['state'], string> = {
  applied: 'green',
  pending: 'yellow',
  failed: 'red',
  notAssigned: 'gray',
}

/** Per terminal: applied / pending / failed with the terminal's reason / not assigned. */
export function DevicesPanel() {
  const { t } = usePersonDrawerText()
  const { i18n } = useTranslation()
  const errorText = useErrorText()
  const onDevices = usePersonDrawer((s) => s.onDevices)
  const failure = usePersonDrawer((s) => s.onDevicesError)
  const reasonWords = useReasonWords()
  /** The state's reason in the user's language: coded (pending), a failure's code in Chinese, else the sentence. */
  const reasonOf = (d: PersonDeviceStatus): string | null => {
    if (d.reasonCode) return reasonWords(d.reasonCode, d.reason ?? '')
    if (d.state === 'failed' && !i18n.language.startsWith('en') && isErrorCode(d.errorCode))
      return errorText({ code: d.errorCode, message: d.reason ?? '' }).title
    return d.reason
  }
  const assigned = onDevices?.filter((d) => d.state !== 'notAssigned') ?? []
  const none = onDevices !== null && assigned.length === 0
  return (
    <Paper withBorder p="md" radius="md" data-testid="device-status">
      <Title order={3} size="h5" mb="xs">
        {t('devices')}
      </Title>
      {failure && failure.code !== 'NOT_IMPLEMENTED' && (
        <Text size="sm" c="red">
          {errorText(failure).title}. {errorText(failure).advice ?? errorText(failure).detail}
        </Text>
      )}
      {(none || failure?.code === 'NOT_IMPLEMENTED') && (
        <EmptyState
          size="sm"
          align="left"
          icon={<IconDeviceDesktopOff size={20} aria-hidden />}
          withIndicatorBackground
          title={t('notApplied')}
          description={
            onDevices && onDevices.length > 0 ? t('notAssignedBody') : t('notAppliedBody')
          }
        />
      )}
      {onDevices && !none && (
        <Stack gap={8}>
          {onDevices.map((d) => (
            <div key={d.deviceId} data-testid="device-state" data-state={d.state}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={500} truncate>
                  {d.deviceName}
                </Text>
                <Badge color={COLOR[d.state]} variant="light" tt="none" style={{ flex: 'none' }}>
                  {t(`deviceState.${d.state}`)}
                </Badge>
              </Group>
              {(d.reason || d.updatedAt || d.startsAt) && (
                <Text size="xs" c="dimmed">
                  {[
                    d.startsAt && t('startsAt', { date: localDate(d.startsAt) }),
                    reasonOf(d),
                    d.updatedAt && new Date(d.updatedAt).toLocaleString(i18n.language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
