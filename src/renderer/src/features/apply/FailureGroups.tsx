import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { reasonText } from '@shared/reason-text'
import { useApplyText } from '../../i18n/feature-hooks'
import type { ApplyFailure } from '@shared/model'
import { isErrorCode } from '@shared/result'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'
import { useApply } from './store'

const SHOWN_PER_GROUP = 50
const ADVISED = [
  'CAPACITY_FULL',
  'DEVICE_REJECTED',
  'NOT_SUPPORTED',
  'OFFLINE',
  'TIMEOUT',
  'DEVICE_BUSY',
  'AUTH_FAILED',
  'DEVICE_LOCKED',
  'PERMISSION_DENIED',
  'CONFLICT',
] as const
type Advised = (typeof ADVISED)[number]
const isAdvised = (code: string): code is Advised => (ADVISED as readonly string[]).includes(code)

function DeviceCode({ code }: { code: NonNullable<ApplyFailure['deviceCode']> }) {
  return (
    <Text component="span" size="xs" className="mono">
      {Object.entries(code)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join('  ')}
    </Text>
  )
}

/** Failures of a settled job, grouped by reason (code), with the device's own codes behind a disclosure. */
export function FailureGroups({ failures }: { failures: ApplyFailure[] }) {
  const { t } = useApplyText()
  const { i18n } = useTranslation()
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en'
  const errorText = useErrorText()
  const retryFailed = useApply((s) => s.retryFailed)
  const devices = useDevices((s) => s.devices)
  const [busy, run] = useBusy()
  const groups = new Map<string, ApplyFailure[]>()
  for (const f of failures) groups.set(f.code, [...(groups.get(f.code) ?? []), f])
  const deviceName = (id: string) => devices?.find((d) => d.id === id)?.name ?? t('unknownDevice')
  const title = (code: string) =>
    isErrorCode(code) ? errorText({ code, message: '' }).title : code
  const advice = (code: string) =>
    isAdvised(code)
      ? t(`failureAdvice.${code}`)
      : isErrorCode(code)
        ? errorText({ code, message: '' }).advice
        : null
  const retry = async () => {
    const r = await run(retryFailed)
    if (!r.ok)
      notify({ color: 'red', title: errorText(r.error).title, message: errorText(r.error).words })
  }

  return (
    <Paper withBorder p="md" radius="md" data-testid="apply-failures">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h4">
            {t('failuresTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('failuresCount', { count: failures.length })}
          </Text>
        </Group>
        <Button
          color="red"
          variant="light"
          loading={busy}
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={() => void retry()}
        >
          {t('retryFailed')}
        </Button>
      </Group>
      <Stack gap="md">
        {[...groups].map(([code, items]) => (
          <Box key={code} data-testid="failure-group" data-code={code}>
            <Group gap="xs" mb={4}>
              <Badge color="red" variant="outline">
                {items.length}
              </Badge>
              <Text fw={600} size="sm">
                {title(code)}
              </Text>
            </Group>
            {advice(code) && (
              <Text size="sm" mb={6}>
                {advice(code)}
              </Text>
            )}
            <Stack gap={4} component="ul" m={0} pl="md">
              {items.slice(0, SHOWN_PER_GROUP).map((f) => (
                <li key={`${f.deviceId}/${f.employeeNo}/${f.step}`}>
                  <Text size="sm">
                    {t('failureItem', {
                      person: f.name ? `${f.name} (${f.employeeNo})` : f.employeeNo,
                      step: t(`step.${f.step}`),
                      device: deviceName(f.deviceId),
                    })}
                  </Text>
                  {/* the station's uncoded sentence is English: the group's title and advice
                      already say it in Chinese (the device's codes stay below) */}
                  {(f.deviceReason || lang === 'en') && (
                    <Text
                      size="xs"
                      c={f.deviceReason ? undefined : 'dimmed'}
                      data-testid="failure-reason"
                    >
                      {f.deviceReason ? reasonText(f.deviceReason, lang) : f.reason}
                    </Text>
                  )}
                  {f.deviceCode && (
                    <details>
                      <summary>
                        <Text span size="xs">
                          {t('deviceCodes')}
                        </Text>
                      </summary>
                      <DeviceCode code={f.deviceCode} />
                    </details>
                  )}
                </li>
              ))}
            </Stack>
            {items.length > SHOWN_PER_GROUP && (
              <Text size="xs" c="dimmed" mt={4}>
                … +{items.length - SHOWN_PER_GROUP}
              </Text>
            )}
          </Box>
        ))}
      </Stack>
    </Paper>
  )
}
