import { safeStorage } from 'electron'
import type { SecretBox } from '../platform/secret-box'

/** Seals with the OS keychain (DPAPI, Keychain, libsecret) through Electron's safeStorage. */
export function safeStorageSecretBox(): SecretBox {
  if (!safeStorage.isEncryptionAvailable())
    throw new Error('OS encryption (safeStorage) is not available')
  return {
    kind: 'safeStorage',
    seal: (plain) => safeStorage.encryptString(plain),
    open: (sealed) => safeStorage.decryptString(sealed),
  }
}
