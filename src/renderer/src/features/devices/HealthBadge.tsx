import { Badge, Stack, Text, Tooltip } from '@mantine/core'
import { useDevicesText } from '../../i18n/feature-hooks'
import type { Device, DeviceHealth } from '../../../../shared/model'
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
  const badge = (
    <Badge color={COLORS[device.health]} variant="dot" data-testid="device-health">
      {t(`health.${device.health}`)}
    </Badge>
  )
  return (
    <Stack gap={2} align="flex-start">
      {device.healthReason ? (
        <Tooltip label={device.healthReason} multiline maw={320}>
          {badge}
        </Tooltip>
      ) : (
        badge
      )}
      {device.health === 'locked' && device.unlockAt && <Countdown unlockAt={device.unlockAt} />}
      {device.health !== 'online' && device.healthReason && (
        <Text size="xs" c="dimmed" lineClamp={2} maw={220}>
          {device.healthReason}
        </Text>
      )}
    </Stack>
  )
}
