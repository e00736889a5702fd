// The `.esite` file: its shape (checked whole before anything is imported) and the sealing of
// terminal passwords with the user's passphrase (scrypt → AES-256-GCM; the header is bound as
// additional data, so a file cut from another cannot be opened with this one's passphrase).
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { z } from 'zod'
import { profileSetting, profileTarget } from '@shared/contract/profiles'
import { codedFailure } from '@shared/coded-failure'

export const SITE_FORMAT = 'enrollment-station-site'
export const SITE_VERSION = 1
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

const terminal = z.object({
  key: z.string().min(1).max(300),
  name: z.string().min(1).max(128),
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  protocol: z.enum(['http', 'https']),
  username: z.string().min(1).max(64),
  site: z.string().max(128),
  model: z.string().max(128),
})

const sealed = z.object({
  kdf: z.literal('scrypt'),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
})

const looseList = z.array(z.record(z.string(), z.unknown())).max(10_000)

export const siteFile = z.object({
  format: z.literal(SITE_FORMAT),
  version: z.literal(SITE_VERSION),
  exportedAt: z.string(),
  sites: z.array(z.string()),
  terminals: z.array(terminal).max(10_000),
  profiles: z
    .array(
      z.object({
        name: z.string().min(1).max(64),
        description: z.string().max(500),
        settings: z.array(profileSetting),
        /** Device targets name a terminal by its key in `terminals`. */
        targets: z.array(profileTarget),
        overrides: z.array(z.object({ terminal: z.string(), settings: z.array(profileSetting) })),
      }),
    )
    .max(1000),
  schedules: z.object({
    weekPlans: looseList,
    holidayPlans: looseList,
    holidayGroups: looseList,
    templates: looseList,
    modes: z.object({
      weekPlans: looseList,
      holidayPlans: looseList,
      holidayGroups: looseList,
      templates: looseList,
    }),
  }),
  /** Person scope → device scope (`device:<terminal key>` for one terminal). */
  rules: z.array(z.object({ personScope: z.string(), deviceScope: z.string() })).max(10_000),
  secrets: sealed.optional(),
})

export type SiteFile = z.infer<typeof siteFile>
export interface TerminalSecret {
  key: string
  username: string
  password: string
}

const aad = (f: Pick<SiteFile, 'format' | 'version' | 'exportedAt'>) =>
  Buffer.from(`${f.format}|${f.version}|${f.exportedAt}`)

export function sealSecrets(
  secrets: TerminalSecret[],
  passphrase: string,
  header: Pick<SiteFile, 'format' | 'version' | 'exportedAt'>,
): z.infer<typeof sealed> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const key = scryptSync(passphrase, salt, 32, SCRYPT)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(aad(header))
  const data = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()])
  return {
    kdf: 'scrypt',
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  }
}

export function openSecrets(file: SiteFile, passphrase: string): TerminalSecret[] {
  const s = file.secrets!
  try {
    const key = scryptSync(passphrase, Buffer.from(s.salt, 'base64'), 32, SCRYPT)
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(s.iv, 'base64'))
    decipher.setAAD(aad(file))
    decipher.setAuthTag(Buffer.from(s.tag, 'base64'))
    const plain = Buffer.concat([
      decipher.update(Buffer.from(s.data, 'base64')),
      decipher.final(),
    ]).toString('utf8')
    return z
      .array(z.object({ key: z.string(), username: z.string(), password: z.string() }))
      .parse(JSON.parse(plain))
  } catch {
    throw codedFailure('INVALID_ARGS', 'sitePassphraseWrong', {}, { passphrase: 'wrong' })
  }
}

/** Parses and checks a whole file; nothing is imported from a file that fails here. */
export function parseSiteFile(content: string): SiteFile {
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch {
    throw codedFailure('INVALID_ARGS', 'siteNotJson')
  }
  const r = siteFile.safeParse(json)
  if (!r.success)
    throw codedFailure('INVALID_ARGS', 'siteUnreadable', {
      issues: r.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; '),
    })
  return r.data
}
