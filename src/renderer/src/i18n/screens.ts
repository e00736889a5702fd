// The device screens' strings (Devices, Apply, Enroll, Events), one resource file per screen
// and language, merged into the translation namespace by index.ts.
import { applyEn } from './apply.en'
import { applyZh } from './apply.zh'
import { devicesEn } from './devices.en'
import { devicesZh } from './devices.zh'
import { enrollEn } from './enroll.en'
import { enrollZh } from './enroll.zh'
import { eventsEn } from './events.en'
import { eventsZh } from './events.zh'
import { maintenanceEn } from './maintenance.en'
import { maintenanceZh } from './maintenance.zh'

export const screensEn = {
  devices: devicesEn,
  apply: applyEn,
  enroll: enrollEn,
  events: eventsEn,
  maintenance: maintenanceEn,
} as const
export const screensZh = {
  devices: devicesZh,
  apply: applyZh,
  enroll: enrollZh,
  events: eventsZh,
  maintenance: maintenanceZh,
}
