// A station reason (code plus parameters) in the user's language: the words come from the one
// table in src/shared/reason-text.ts; a code this build does not know falls back to `fallback`
// (the station's English sentence), so a newer station never shows a blank.
import { useTranslation } from 'react-i18next'
import { isReasonCode, reasonText, type Reason } from '@shared/reason-text'

export function useReasonWords(): (reason: Reason | null | undefined, fallback?: string) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en'
  return (reason, fallback = '') =>
    reason && isReasonCode(reason.code) ? reasonText(reason, lang) : fallback
}
