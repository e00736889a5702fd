// The device screens' strings (Apply, Enroll, Events), one resource file per screen
// and language, merged into the translation namespace by index.ts.
import { applyEn } from './apply.en'
import { applyZh } from './apply.zh'
import { enrollEn } from './enroll.en'
import { enrollZh } from './enroll.zh'
import { eventsEn } from './events.en'
import { eventsZh } from './events.zh'

export const screensEn = {
  apply: applyEn,
  enroll: enrollEn,
  events: eventsEn,
} as const
export const screensZh = {
  apply: applyZh,
  enroll: enrollZh,
  events: eventsZh,
}
