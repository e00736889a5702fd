import { Badge, Stack, Text, Tooltip } from '@mantine/core'
import { useDevicesText } from '../../i18n/feature-hooks'
import type { Device, DeviceHealth } from '@shared/model'
import { isErrorCode } from '@shared/result'
import { useDeviceProblem } from './device-problem'
import { formatCountdown, useNow } from './use-now'

const COLORS: Record<DeviceHealth, string> = {
  unknown: 'gray',
  online: 'green',
  offline: 'gray',
  locked: 'orange',
  authFailed: 'red',
  notActivated: 'orange',
}

function Countdown({ unlockAt }: { unlockAt: string }) {
  const { t } = useDevicesText()
  const now = useNow()
  const left = (Date.parse(unlockAt) - now) / 1000
  if (left <= 0) return null
  return (
    <Text size="xs" c="dimmed" data-testid="unlock-countdown">
      {t('unlocksIn', { time: formatCountdown(left) })}
    </Text>
  )
}

/** Online / offline / locked (with the unlock countdown) / wrong password, with the reason on hover. */
export function HealthBadge({ device }: { device: Device }) {
  const { t } = useDevicesText()
  const problem = useDeviceProblem()
  // the station's code in the user's language; its English sentence only when it sent no code
  const reason =
    device.healthCode && isErrorCode(device.healthCode)
      ? problem(
          {
            code: device.healthCode,
            message: device.healthReason ?? '',
            ...(device.unlockAt ? { details: { unlockAt: device.unlockAt } } : {}),
          },
          `${device.host}:${device.port}`,
        )
      : device.healthReason
  const badge = (
    <Badge color={COLORS[device.health]} variant="dot" data-testid="device-health">
      {t(`health.${device.health}`)}
    </Badge>
  )
  return (
    <Stack gap={2} align="flex-start">
      {reason ? (
        <Tooltip label={reason} multiline maw={320}>
          {badge}
        </Tooltip>
      ) : (
        badge
      )}
      {device.health === 'locked' && device.unlockAt && <Countdown unlockAt={device.unlockAt} />}
      {device.health !== 'online' && reason && (
        <Text size="xs" c="dimmed" lineClamp={2} maw={220} data-testid="health-reason">
          {reason}
        </Text>
      )}
    </Stack>
  )
}
