// Why a terminal refused, in plain words, chosen by error code (never by the message).
import { useDevicesText } from '../../i18n/feature-hooks'
import type { AppError } from '@shared/result'
import { useErrorText } from '../../lib/error-text'

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
        return Number.isFinite(at)
          ? t('problem.DEVICE_LOCKED', {
              minutes: Math.max(1, Math.ceil((at - Date.now()) / 60_000)),
            })
          : t('problem.DEVICE_LOCKED_unknown')
      }
      case 'OFFLINE':
      case 'TIMEOUT':
        return t(`problem.${error.code}`, { address })
      case 'CONFLICT':
        return t('problem.CONFLICT', { detail: error.message })
      default: {
        const e = errorText(error)
        return `${e.title}. ${e.advice ?? e.detail}`
      }
    }
  }
}
