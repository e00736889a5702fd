// The Chinese translation namespace, the same shape as translation-en.ts. Imported only
// dynamically by index.ts (and by resources.ts for tests), so it is a chunk loaded when Chinese
// is chosen.
import { featuresZh } from './features-zh'
import { zh } from './zh'

export const translationZh = { ...zh, ...featuresZh }
