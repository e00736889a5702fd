// Many terminals at once: firmware upgrade of several terminals of one model with one file, and
// time (sync now, NTP server, time zone) on several. Each terminal is its own outcome: a failure
// on one is reported with its code and leaves the others going. Progress per terminal arrives as
// `batch.progress` (and, for upgrades, each terminal's own `upgrade.progress`).
import { z } from 'zod'
import type { AppError } from '../result'
import type { Reason } from '../reason-text'
import type { Device } from '../model'
import { MAX_INLINE_FIRMWARE_BYTES, type UpgradeOutcome } from './maintenance'
import { id, method } from './method'

export type BatchState = 'queued' | 'running' | 'done' | 'failed'

export interface BatchProgressEvent {
  batchId: string
  deviceId: string
  state: BatchState
  message: string
  /** The message as a code with parameters, worded in en and zh by the UI. */
  reason?: Reason
}

export interface BatchItem<T> {
  deviceId: string
  deviceName: string
  ok: boolean
  value?: T
  error?: AppError
}

export interface BatchReport<T> {
  batchId: string
  items: BatchItem<T>[]
}

const ids = z
  .array(id)
  .min(1, 'choose at least one terminal')
  .max(200)
  .refine((a) => new Set(a).size === a.length, 'each terminal once')

const base64 = z
  .string()
  .min(4, 'the file is empty')
  .max(Math.ceil(MAX_INLINE_FIRMWARE_BYTES / 3) * 4, 'the file is too large to send inline')
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'expected base64')

/** POSIX time zone as terminals take it: "CST-8:00:00" is UTC+8 (inverted sign). */
export const posixTimeZone = z
  .string()
  .max(64)
  .regex(
    /^[A-Za-z]{3,6}[+-]?\d{1,2}(:\d{2}(:\d{2})?)?([A-Za-z]{3,6}.*)?$/,
    'expected a time zone such as CST-8:00:00 (UTC+8)',
  )

const host = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9.-]+$/, 'expected a host name or an IPv4 address')

export const timeAction = z.discriminatedUnion('kind', [
  /** Set each terminal's clock to the station's time (manual mode, its own time zone). */
  z.object({ kind: z.literal('sync') }).strict(),
  /** Point each terminal at an NTP server and switch it to NTP mode. */
  z
    .object({
      kind: z.literal('ntp'),
      host,
      port: z.number().int().min(1).max(65535).default(123),
      intervalMinutes: z.number().int().min(1).max(10080).default(60),
    })
    .strict(),
  z.object({ kind: z.literal('timeZone'), timeZone: posixTimeZone }).strict(),
])

export interface TimeOutcome {
  device: Device
  timeMode: string
  timeZone: string
  localTime: string
}

export const batchApi = {
  /**
   * Upgrades several terminals of ONE model with one package, `concurrency` at a time (default
   * 2). Exactly one of `firmwareBase64` / `filePath` (desktop app and CLI only). Terminals of
   * another model: INVALID_ARGS before anything is sent.
   */
  'devices.upgradeMany': method<BatchReport<UpgradeOutcome>>()(
    z
      .object({
        ids,
        firmwareBase64: base64.optional(),
        filePath: z.string().min(1).max(4096).optional(),
        fileName: z.string().min(1).max(128).optional(),
        concurrency: z.number().int().min(1).max(4).default(2),
      })
      .strict()
      .refine((a) => (a.firmwareBase64 === undefined) !== (a.filePath === undefined), {
        message: 'give exactly one of firmwareBase64 or filePath',
      }),
  ),
  /** Sync time, set an NTP server, or set the time zone on several terminals (4 at a time). */
  'devices.timeMany': method<BatchReport<TimeOutcome>>()(
    z.object({ ids, action: timeAction }).strict(),
  ),
}
