// Both languages as i18next gets them: English at start (index.ts), Chinese when it is chosen
// (translation-zh.ts, a chunk of its own). Kept apart from index.ts so tests can load it without
// a DOM; the renderer itself does not import this file.
import { translationEn } from './translation-en'
import { translationZh } from './translation-zh'

export const resources = {
  // features: in the namespace, each under its name, but typed on its own (feature-text.ts)
  en: { translation: translationEn },
  zh: { translation: translationZh },
}
