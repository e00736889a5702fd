// i18next with the shared strings (en.ts / zh.ts) and each feature's (features.ts); the station's
// `language` setting picks the language.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources } from './resources'

export const LANGUAGES = { en: 'English', zh: '中文' } as const
export type Language = keyof typeof LANGUAGES

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export function setLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language)
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
}

export { i18next }
