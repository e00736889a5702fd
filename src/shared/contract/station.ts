import { z } from 'zod'
import {
  EVENT_PICTURE_CACHE_MB,
  EVENT_RETENTION_DAYS,
  type Device,
  type Settings,
  type StationInfo,
} from '../model'
import { method, none } from './method'

export const settingsPatch = z
  .object({
    language: z.enum(['en', 'zh']),
    theme: z.enum(['light', 'dark', 'system']),
    listenPort: z.number().int().min(1024).max(65535),
    listenAddress: z.enum(['127.0.0.1', '0.0.0.0']),
    demoOffered: z.boolean(),
    eventRetentionDays: z
      .number()
      .int()
      .min(EVENT_RETENTION_DAYS.min)
      .max(EVENT_RETENTION_DAYS.max),
    eventPictureCacheMB: z
      .number()
      .int()
      .min(EVENT_PICTURE_CACHE_MB.min)
      .max(EVENT_PICTURE_CACHE_MB.max),
    continuousApply: z.boolean(),
  })
  .partial()
  .strict()

export const stationApi = {
  'station.info': method<StationInfo>()(none),
  'settings.get': method<Settings>()(none),
  'settings.set': method<Settings>()(settingsPatch),
  /** Starts the demo site: simulated terminals in-process, added as devices, sample persons. */
  'demo.start': method<{ devices: Device[]; persons: number }>()(none),
}
