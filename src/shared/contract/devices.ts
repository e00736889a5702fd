import { z } from 'zod'
import type { Device } from '../model'
import { activationPasswordProblem } from '../password-rules'
import { id, isoTime, method, none } from './method'
import type { PreviewStarted } from './preview'

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

const PASSWORD_PROBLEMS = {
  tooShort: 'at least 8 characters',
  tooLong: 'at most 16 characters',
  oneKind: 'use at least two kinds of characters: digits, lower case, upper case, symbols',
  isUserName: 'must not be the user name',
} as const

/** The admin password a factory-new terminal accepts (rules in src/shared/password-rules.ts). */
export const strongPassword = z.string().superRefine((pw, ctx) => {
  const problem = activationPasswordProblem(pw)
  if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_PROBLEMS[problem] })
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
  'preview.start': method<PreviewStarted>()(z.object({ id }).strict()),
  'preview.stop': method<{ stopped: boolean }>()(z.object({ id }).strict()),
  'devices.time': method<{ deviceTime: string; stationTime: string; driftSeconds: number }>()(
    z.object({ id, at: isoTime.optional() }).strict(),
  ),
}
