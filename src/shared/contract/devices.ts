import { z } from 'zod'
import type { Device } from '../model'
import { id, isoTime, method, none } from './method'

export const deviceInput = z
  .object({
    name: z.string().trim().min(1).max(64),
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65535),
    protocol: z.enum(['http', 'https']),
    username: z.string().min(1).max(32),
    password: z.string().min(1).max(64),
    site: z.string().max(64).default(''),
  })
  .strict()

/** The admin password a factory-new terminal accepts: 8–16 characters of at least two kinds. */
export const strongPassword = z
  .string()
  .min(8, 'at least 8 characters')
  .max(16, 'at most 16 characters')
  .refine(
    (pw) => [/[0-9]/, /[a-z]/, /[A-Z]/, /[^0-9a-zA-Z]/].filter((re) => re.test(pw)).length >= 2,
    {
      message: 'use at least two kinds of characters: digits, lower case, upper case, symbols',
    },
  )
  .refine((pw) => pw.toLowerCase() !== 'admin' && pw.toLowerCase() !== 'nimda', {
    message: 'must not be the user name',
  })

export const devicesApi = {
  /** Activates a factory-new terminal with a new admin password, then adds it. */
  'devices.activate': method<Device>()(
    deviceInput
      .extend({ username: z.literal('admin').default('admin'), password: strongPassword })
      .strict(),
  ),
  'devices.list': method<Device[]>()(none),
  'devices.add': method<Device>()(deviceInput),
  'devices.update': method<Device>()(z.object({ id, patch: deviceInput.partial() }).strict()),
  'devices.remove': method<{ removed: boolean }>()(z.object({ id }).strict()),
  'devices.check': method<Device>()(z.object({ id }).strict()),
  'devices.syncTime': method<Device>()(z.object({ id }).strict()),
  'devices.openDoor': method<{ ok: true }>()(
    z
      .object({
        id,
        doorNo: z.number().int().min(1).max(64).default(1),
        command: z.enum(['open', 'close', 'alwaysOpen', 'alwaysClose']).default('open'),
      })
      .strict(),
  ),
  /** Live preview of a terminal's camera: frames arrive as `preview.frame` while started. */
  'preview.start': method<{ fps: number }>()(z.object({ id }).strict()),
  'preview.stop': method<{ stopped: boolean }>()(z.object({ id }).strict()),
  'devices.time': method<{ deviceTime: string; stationTime: string; driftSeconds: number }>()(
    z.object({ id, at: isoTime.optional() }).strict(),
  ),
}
