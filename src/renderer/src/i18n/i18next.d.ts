import 'i18next'
import type { en } from './en'
import type { screensEn } from './screens'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en & typeof screensEn }
  }
}
