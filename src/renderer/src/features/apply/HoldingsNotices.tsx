// A terminal that did not hold what the station believed (reset, swapped, changed by another
// tool): said once per terminal, in the operator's language, from the notice's figures.
import { Alert, CloseButton, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { HoldingsNotice } from '@shared/model'
import { useApplyText } from '../../i18n/feature-hooks'
import { useReasonWords } from '../../lib/reason-words'

export function HoldingsNotices(props: {
  notices: HoldingsNotice[]
  onDismiss: (deviceId: string) => void
}) {
  const { t } = useApplyText()
  const n = (v: number | undefined) => (v ?? 0).toLocaleString()
  const reasonWords = useReasonWords()
  const text = (x: HoldingsNotice): string => {
    if (x.reason) return reasonWords(x.reason, x.message)
    const found = x.found.persons ?? 0
    if (x.serialChanged) return t('holdings.swapped', { name: x.deviceName })
    if (found < x.expected.persons)
      return t('holdings.reset', {
        name: x.deviceName,
        found: n(found),
        expected: n(x.expected.persons),
      })
    if (found > x.expected.persons)
      return t('holdings.extra', {
        name: x.deviceName,
        found: n(found),
        extra: n(found - x.expected.persons),
      })
    return t('holdings.differs', { name: x.deviceName })
  }
  if (props.notices.length === 0) return null
  return (
    <Stack gap="xs" maw={760}>
      {props.notices.map((x) => (
        <Alert
          key={x.deviceId}
          color="orange"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          role="alert"
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{text(x)}</Text>
            <CloseButton
              aria-label={t('holdings.dismiss')}
              onClick={() => props.onDismiss(x.deviceId)}
            />
          </Group>
        </Alert>
      ))}
    </Stack>
  )
}
