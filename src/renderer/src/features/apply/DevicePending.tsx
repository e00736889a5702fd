// Devices: how many changes wait for this terminal (nothing shown when none).
import { Badge } from '@mantine/core'
import { usePendingText } from '../../i18n/feature-hooks'
import { pendingFor, usePending } from './pending-store'

export function DevicePending({ deviceId }: { deviceId: string }) {
  const { t } = usePendingText()
  const count = usePending((s) => pendingFor(s.pending, deviceId))
  if (count === 0) return null
  return (
    <Badge variant="outline" size="sm" ml={6} data-testid="device-pending">
      {t('deviceWaiting', { count })}
    </Badge>
  )
}
