// The device screens' strings (Devices, Apply, Enroll, Events), one resource file per screen
// and language, merged into the translation namespace by index.ts.
import { applyEn } from './apply.en'
import { applyZh } from './apply.zh'
import { devicesEn } from './devices.en'
import { devicesZh } from './devices.zh'

export const screensEn = { devices: devicesEn, apply: applyEn } as const
export const screensZh = { devices: devicesZh, apply: applyZh }
