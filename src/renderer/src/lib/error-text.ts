// UI text for a station error, chosen by its code (never by matching the message). An error that
// carries a coded reason (details.reason: a code plus parameters, src/shared/reason-text.ts) is
// worded from it in the user's language; otherwise the station's sentence is English.
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/result'
import { isReasonCode, reasonText, type Reason } from '@shared/reason-text'

export interface ErrorText {
  title: string
  advice: string | null
  /** The specifics (line numbers, card owners): the coded reason in words, else the station's English sentence. */
  detail: string
  /**
   * One sentence to show under the title, in the user's language: the coded reason; else the
   * station's sentence in English, or the advice by the code in Chinese (the sentence as a
   * quoted detail when there is no advice).
   */
  words: string
}

/** The coded reason an error carries (details.reason), when it is one this build knows. */
export function reasonOf(error: AppError): Reason | null {
  const r = error.details?.reason as Partial<Reason> | undefined
  return r && typeof r === 'object' && typeof r.code === 'string' && isReasonCode(r.code)
    ? { code: r.code, params: (r.params ?? {}) as Reason['params'] }
    : null
}

export function useErrorText(): (error: AppError) => ErrorText {
  const { t, i18n } = useTranslation()
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en'
  return (error) => {
    const adviceKey = `errors.advice.${error.code}` as const
    const advice = i18n.exists(adviceKey) ? t(adviceKey as 'errors.advice.OFFLINE') : null
    const reason = reasonOf(error)
    const detail = reason ? reasonText(reason, lang) : error.message
    const words =
      reason || lang === 'en' ? detail : (advice ?? t('errors.detail', { message: detail }))
    return { title: t(`errors.title.${error.code}`), advice, detail, words }
  }
}

/** The specifics of an error in the user's language: its coded reason in words, else its message. */
export function useErrorDetail(): (error: Pick<AppError, 'message' | 'details'>) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en'
  return (error) => {
    const reason = reasonOf(error as AppError)
    return reason ? reasonText(reason, lang) : error.message
  }
}
