// Why a terminal refused, in plain words, chosen by error code (never by the message).
import { useDevicesText } from '../../i18n/feature-hooks'
import type { AppError } from '@shared/result'
import { useErrorText } from '../../lib/error-text'
import { lockWait } from './lock-wait'

export function useDeviceProblem(): (error: AppError, address: string) => string {
  const { t } = useDevicesText()
  const errorText = useErrorText()
  return (error, address) => {
    switch (error.code) {
      case 'AUTH_FAILED':
      case 'PERMISSION_DENIED':
      case 'NOT_ACTIVATED':
      case 'CERT_CHANGED':
      case 'NOT_SUPPORTED':
        return t(`problem.${error.code}`)
      case 'DEVICE_LOCKED': {
        const at =
          typeof error.details?.unlockAt === 'string' ? Date.parse(error.details.unlockAt) : NaN
        if (!Number.isFinite(at)) return t('problem.DEVICE_LOCKED_unknown')
        const wait = lockWait(at, Date.now())
        return wait.unit === 'seconds'
          ? t('problem.DEVICE_LOCKED_seconds', { seconds: wait.seconds })
          : t('problem.DEVICE_LOCKED', { minutes: wait.minutes })
      }
      case 'OFFLINE':
      case 'TIMEOUT':
        return t(`problem.${error.code}`, { address })
      case 'CONFLICT':
        return t('problem.CONFLICT', { detail: errorText(error).detail })
      default: {
        const e = errorText(error)
        return `${e.title}. ${e.advice ?? e.detail}`
      }
    }
  }
}
