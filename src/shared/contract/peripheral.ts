// Peripheral (external card reader / module) upgrade through a terminal (guide ch 12, AcsUpdate).
// Offered where the terminal's DeviceCap says isSupportAcsUpdate (ops.peripheralUpgrade); which
// types and numbers come from its AcsUpdate capabilities, read when asked. The package travels
// like a firmware package (inline base64, or a path from the desktop app and the CLI only);
// progress arrives as `upgrade.progress` for the terminal.
import { z } from 'zod'
import { MAX_INLINE_FIRMWARE_BYTES } from './maintenance'
import { id, method } from './method'

export interface PeripheralModule {
  /** The terminal's name for the type (`cardReader`, `securityModule` …). */
  type: string
  no: number
  /** Its firmware version where the terminal reports one (card readers). */
  version: string | null
}

export interface PeripheralList {
  /** Types the terminal can upgrade, with the numbers each takes. */
  kinds: { type: string; min: number; max: number }[]
  modules: PeripheralModule[]
}

export interface PeripheralUpgradeOutcome {
  type: string
  module: number
  previousVersion: string | null
  version: string | null
  bytes: number
  durationMs: number
}

export const peripheralApi = {
  /** What the terminal can upgrade behind it (AcsUpdate capabilities) and their versions. */
  'devices.peripherals': method<PeripheralList>()(z.object({ id }).strict()),
  /**
   * Sends a package to one reader / module; returns once the terminal has pushed it and reports
   * the module's version. A module number outside the terminal's range is refused before sending.
   */
  'devices.upgradePeripheral': method<PeripheralUpgradeOutcome>()(
    z
      .object({
        id,
        type: z.string().min(1).max(32).default('cardReader'),
        module: z.number().int().min(0).max(255),
        firmwareBase64: z
          .string()
          .min(4, 'the file is empty')
          .max(Math.ceil(MAX_INLINE_FIRMWARE_BYTES / 3) * 4, 'the file is too large')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64')
          .optional(),
        filePath: z.string().min(1).max(4096).optional(),
        fileName: z.string().min(1).max(128).optional(),
      })
      .strict()
      .refine((a) => (a.firmwareBase64 === undefined) !== (a.filePath === undefined), {
        message: 'give exactly one of firmwareBase64 or filePath',
      }),
  ),
}
