// UI text for a station error, chosen by its code (never by matching the message).
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/result'

export interface ErrorText {
  title: string
  advice: string | null
  /** The station's own sentence: specific (line numbers, card owners), but English. */
  detail: string
}

export function useErrorText(): (error: AppError) => ErrorText {
  const { t, i18n } = useTranslation()
  return (error) => {
    const adviceKey = `errors.advice.${error.code}` as const
    return {
      title: t(`errors.title.${error.code}`),
      advice: i18n.exists(adviceKey) ? t(adviceKey as 'errors.advice.OFFLINE') : null,
      detail: error.message,
    }
  }
}
