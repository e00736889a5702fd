// i18next with the shared strings (en.ts / zh.ts) and each feature's (features.ts); the station's
// `language` setting picks the language. English is in the first bundle; Chinese is a chunk of
// its own (translation-zh.ts), fetched the first time it is chosen: the switch waits for it.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { translationEn } from './translation-en'

export const LANGUAGES = { en: 'English', zh: '中文' } as const
export type Language = keyof typeof LANGUAGES

void i18next.use(initReactI18next).init({
  resources: { en: { translation: translationEn } },
  partialBundledLanguages: true,
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** The languages whose strings are not in the first bundle, loaded once each. */
const LOADERS: Partial<Record<Language, () => Promise<unknown>>> = {
  zh: () =>
    import('./translation-zh').then(({ translationZh }) => {
      i18next.addResourceBundle('zh', 'translation', translationZh)
    }),
}
const loading = new Map<Language, Promise<unknown>>()

/** The language last asked for: a slower earlier switch does not win over it. */
let wanted: Language = 'en'

/** Shows the UI in `language`, once its strings are loaded (at most one fetch per language). */
export async function setLanguage(language: Language): Promise<void> {
  wanted = language
  const load = LOADERS[language]
  if (load) {
    if (!loading.has(language)) loading.set(language, load())
    try {
      await loading.get(language)
    } catch (e) {
      loading.delete(language) // a later switch tries again
      throw e
    }
  }
  if (wanted !== language) return
  if (i18next.language !== language) await i18next.changeLanguage(language)
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
}

export { i18next }
