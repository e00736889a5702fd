// The device screens' strings (Events), one resource file per screen
// and language, merged into the translation namespace by index.ts.
import { eventsEn } from './events.en'
import { eventsZh } from './events.zh'

export const screensEn = {
  events: eventsEn,
} as const
export const screensZh = {
  events: eventsZh,
}
