// A site as one file (`.esite`, JSON): profiles, schedules, rules and the terminal list, so a
// second site can start from the first. Terminal passwords only in an encrypted export (scrypt +
// AES-256-GCM with the user's passphrase); a wrong passphrase is refused before anything changes.
import { z } from 'zod'
import { method } from './method'

export interface SiteExport {
  fileName: string
  /** The file's text (JSON). */
  content: string
  counts: { profiles: number; schedules: number; rules: number; terminals: number }
  withSecrets: boolean
}

export interface SiteImportResult {
  profiles: string[]
  schedules: number
  rules: number
  terminals: {
    name: string
    address: string
    /** present: already here (same address); added: added with the file's password; skipped: the
     * file holds no password; failed: the login check failed (one attempt). */
    state: 'present' | 'added' | 'skipped' | 'failed'
    error?: { code: string; message: string }
  }[]
}

const passphrase = z.string().min(8, 'at least 8 characters').max(256)

export const siteApi = {
  'site.export': method<SiteExport>()(
    z
      .object({ withSecrets: z.boolean().optional(), passphrase: passphrase.optional() })
      .strict()
      .refine((a) => !a.withSecrets || a.passphrase, {
        message: 'an export with secrets needs a passphrase',
      }),
  ),
  'site.import': method<SiteImportResult>()(
    z
      .object({
        content: z
          .string()
          .min(2)
          .max(50 * 1024 * 1024),
        passphrase: passphrase.optional(),
      })
      .strict(),
  ),
}
