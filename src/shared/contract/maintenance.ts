// Terminal maintenance: firmware upgrade, reboot, configuration backup and restore.
// Files travel as base64 inside the call: the UI runs in a browser in browser mode, where there
// is no file path to give, and the same call then works over IPC, the WebSocket and the CLI.
// Browser mode's socket carries frames up to 32 MiB, so an inline package is capped at 23 MiB
// (31 MiB of base64 with room for the envelope). Larger packages (some face terminals ship
// 40–60 MB) go by `filePath`, a file on the station's own machine, which the station honours
// from the desktop app and the CLI only, never from browser mode's socket.
import { z } from 'zod'
import type { Device } from '../model'
import type { Reason } from '../reason-text'
import { id, method } from './method'

export const MAX_INLINE_FIRMWARE_BYTES = 23 * 1024 * 1024
export const MAX_FIRMWARE_FILE_BYTES = 512 * 1024 * 1024
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024

const base64 = (maxBytes: number) =>
  z
    .string()
    .min(4, 'the file is empty')
    .max(
      Math.ceil(maxBytes / 3) * 4,
      `the file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MiB`,
    )
    .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'expected base64')

/**
 * The configuration file's key (SecurityCap.cfgFileSecretKeyLenLimit: 0–32 on the terminals
 * documented). It travels in the terminal's URL, as the guide's secure import does; the station
 * never logs or audits it.
 */
export const MAX_CONFIG_KEY_LENGTH = 32
const secretKey = z
  .string()
  .min(1, 'the key is empty')
  .max(MAX_CONFIG_KEY_LENGTH, `the key is longer than ${MAX_CONFIG_KEY_LENGTH} characters`)
  .regex(/^[\x21-\x7e]+$/, 'the key may hold printable ASCII characters only, no spaces')

export type UpgradePhase = 'uploading' | 'flashing' | 'rebooting' | 'done' | 'failed'

/** Pushed while a terminal upgrades (percent 0–100 within the phase's own scale). */
export interface UpgradeProgressEvent {
  deviceId: string
  phase: UpgradePhase
  percent: number
  message: string
  /** The message as a code with parameters, worded in en and zh by the UI. */
  reason: Reason
}

export interface UpgradeOutcome {
  /** The terminal as checked after it came back. */
  device: Device
  previousVersion: string
  firmwareVersion: string
  /** How the package was sent (chosen from the terminal's capabilities). */
  framing: 'put-raw' | 'post-multipart'
  bytes: number
  durationMs: number
}

export interface ConfigBackup {
  fileName: string
  dataBase64: string
  bytes: number
}

export const maintenanceApi = {
  /**
   * Uploads a firmware package, waits for flashing, reboots the terminal and returns once it is
   * back with its new version. Progress arrives as `upgrade.progress`. Exactly one of
   * `firmwareBase64` (any bridge) or `filePath` (desktop app and CLI only).
   */
  'devices.upgrade': method<UpgradeOutcome>()(
    z
      .object({
        id,
        firmwareBase64: base64(MAX_INLINE_FIRMWARE_BYTES).optional(),
        filePath: z.string().min(1).max(4096).optional(),
        fileName: z.string().min(1).max(128).optional(),
      })
      .strict()
      .refine((a) => (a.firmwareBase64 === undefined) !== (a.filePath === undefined), {
        message: 'give exactly one of firmwareBase64 or filePath',
      }),
  ),
  /** Reboots a terminal and returns once it answers again. */
  'devices.reboot': method<{ device: Device; downtimeMs: number }>()(z.object({ id }).strict()),
  /**
   * The terminal's configuration file (opaque, encrypted by the terminal); with `secretKey` the
   * terminal encrypts it with that key (guide 21.5.11), and restoring it needs the same key.
   */
  'devices.backupConfig': method<ConfigBackup>()(
    z.object({ id, secretKey: secretKey.optional() }).strict(),
  ),
  /**
   * Imports a configuration file; the terminal reboots and is checked once it is back. A file
   * exported with a key needs `secretKey`; a wrong key is refused by the terminal
   * (DEVICE_REJECTED, importCfgFilePasswordErr) and nothing changes.
   */
  'devices.restoreConfig': method<{ device: Device; rebooted: boolean }>()(
    z
      .object({ id, dataBase64: base64(MAX_CONFIG_BYTES), secretKey: secretKey.optional() })
      .strict(),
  ),
}
