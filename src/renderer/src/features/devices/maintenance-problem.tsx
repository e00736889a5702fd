// Why a maintenance operation failed, in plain words chosen by code; the device's own code
// (subStatusCode, errorCode …) stays available behind a disclosure for the installer.
import { Alert, Code, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useMaintenanceText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useDeviceProblem } from './device-problem'
import { useErrorDetail } from '../../lib/error-text'

const deviceCodeOf = (error: AppError): Record<string, unknown> | null => {
  const code = error.details?.deviceCode
  return code && typeof code === 'object' ? (code as Record<string, unknown>) : null
}

function useMaintenanceProblem(): (error: AppError, device: Device) => string {
  const { t } = useMaintenanceText()
  const deviceProblem = useDeviceProblem()
  const errorDetail = useErrorDetail()
  return (error, device) => {
    const address = `${device.host}:${device.port}`
    const v = { name: device.name, model: device.model || '—', address, detail: errorDetail(error) }
    switch (error.code) {
      case 'DEVICE_REJECTED':
        switch (deviceCodeOf(error)?.subStatusCode) {
          case 'badDevType':
            return t('problem.badDevType', v)
          case 'importCfgFilePasswordErr':
            return t('problem.wrongKey', v)
          default:
            return t('problem.rejected', v)
        }
      case 'DEVICE_BUSY': {
        const operation = error.details?.operation
        if (typeof operation === 'string') return t('problem.busyWith', { ...v, operation })
        return error.details?.jobId ? t('problem.busyApply', v) : t('problem.busyDevice', v)
      }
      case 'OFFLINE':
        return t('problem.offline', v)
      case 'TIMEOUT':
        return t('problem.timeout', v)
      case 'NOT_SUPPORTED':
        return t('problem.notSupported', v)
      case 'INVALID_ARGS':
        return t('problem.invalid', v)
      default:
        return deviceProblem(error, address)
    }
  }
}

/** The failure of a maintenance operation, explained; the device's own code folded away. */
export function MaintenanceProblem({
  error,
  device,
  title,
}: {
  error: AppError
  device: Device
  title: string
}) {
  const { t } = useMaintenanceText()
  const explain = useMaintenanceProblem()
  const code = deviceCodeOf(error)
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle size={18} aria-hidden />}
      data-testid="maintenance-problem"
      data-code={error.code}
    >
      <Text size="sm">{explain(error, device)}</Text>
      {code && (
        <details style={{ marginTop: 8 }}>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
            {t('problem.deviceCode')}
          </summary>
          <Code block mt={6} data-testid="device-code">
            {Object.entries(code)
              .map(([k, val]) => `${k}: ${String(val)}`)
              .join('\n')}
          </Code>
        </details>
      )}
    </Alert>
  )
}
