// Why a terminal refused, in plain words, chosen by error code (never by the message).
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../../shared/result'
import { useErrorText } from '../../lib/error-text'

export function useDeviceProblem(): (error: AppError, address: string) => string {
  const { t } = useTranslation()
  const errorText = useErrorText()
  return (error, address) => {
    switch (error.code) {
      case 'AUTH_FAILED':
      case 'PERMISSION_DENIED':
      case 'NOT_ACTIVATED':
      case 'CERT_CHANGED':
      case 'NOT_SUPPORTED':
        return t(`devices.problem.${error.code}`)
      case 'DEVICE_LOCKED': {
        const at =
          typeof error.details?.unlockAt === 'string' ? Date.parse(error.details.unlockAt) : NaN
        return Number.isFinite(at)
          ? t('devices.problem.DEVICE_LOCKED', {
              minutes: Math.max(1, Math.ceil((at - Date.now()) / 60_000)),
            })
          : t('devices.problem.DEVICE_LOCKED_unknown')
      }
      case 'OFFLINE':
      case 'TIMEOUT':
        return t(`devices.problem.${error.code}`, { address })
      case 'CONFLICT':
        return t('devices.problem.CONFLICT', { detail: error.message })
      default: {
        const e = errorText(error)
        return `${e.title}. ${e.advice ?? e.detail}`
      }
    }
  }
}
