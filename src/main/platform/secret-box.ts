// Device passwords and PINs are sealed before they reach SQLite. The builder of the station
// picks the box: Electron's safeStorage (OS keychain) in the app, a 0600 key file elsewhere.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface SecretBox {
  /** Short name shown in station.info / logs, e.g. 'safeStorage' or 'key-file'. */
  readonly kind: string
  seal(plain: string): Buffer
  open(sealed: Buffer): string
}

const VERSION = 1
const IV_BYTES = 12
const TAG_BYTES = 16

/** AES-256-GCM with a random 32-byte key kept in a file readable only by its owner. */
export function keyFileSecretBox(keyFile: string): SecretBox {
  const key = loadOrCreateKey(keyFile)
  return {
    kind: 'key-file',
    seal(plain) {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body])
    },
    open(sealed) {
      if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
        throw new Error('sealed secret has an unknown format')
      const iv = sealed.subarray(1, 1 + IV_BYTES)
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES)
      const decipher = createDecipheriv('aes-256-gcm', key, iv)
      decipher.setAuthTag(tag)
      return Buffer.concat([
        decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8')
    },
  }
}

function loadOrCreateKey(keyFile: string): Buffer {
  if (existsSync(keyFile)) {
    const key = readFileSync(keyFile)
    if (key.length !== 32) throw new Error(`key file ${keyFile} is damaged (expected 32 bytes)`)
    if (process.platform !== 'win32' && (statSync(keyFile).mode & 0o077) !== 0)
      chmodSync(keyFile, 0o600)
    return key
  }
  mkdirSync(dirname(keyFile), { recursive: true })
  const key = randomBytes(32)
  writeFileSync(keyFile, key, { mode: 0o600, flag: 'wx' })
  return key
}
