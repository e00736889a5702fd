// What index.ts registers with i18next: the shared strings with every feature's under its name,
// one translation namespace per language. Kept apart from index.ts so tests can load it without
// a DOM.
import { en } from './en'
import { featuresEn, featuresZh } from './features'
import { zh } from './zh'

export const resources = {
  // features: in the namespace, each under its name, but typed on its own (feature-text.ts)
  en: { translation: { ...en, ...featuresEn } },
  zh: { translation: { ...zh, ...featuresZh } },
}
