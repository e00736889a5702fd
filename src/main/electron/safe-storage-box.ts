import { safeStorage } from 'electron'
import type { SecretBox } from '../platform/secret-box'

/**
 * Seals with the OS keychain (DPAPI, Keychain, libsecret) through Electron's safeStorage. On
 * Linux without a keyring safeStorage falls back to a fixed, public key ('basic_text'): what is
 * sealed there is as good as clear, so nothing new is sealed with it (old secrets still open).
 */
export function safeStorageSecretBox(): SecretBox {
  if (!safeStorage.isEncryptionAvailable())
    throw new Error('OS encryption (safeStorage) is not available')
  const weak =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'
  return {
    kind: weak ? 'safeStorage (no keyring)' : 'safeStorage',
    seal: (plain) => {
      if (weak)
        throw new Error(
          'No OS keyring is running, so the desktop app cannot seal a password safely. Start a keyring (e.g. gnome-keyring), or run the station in browser mode, which keeps its key in the data folder.',
        )
      return safeStorage.encryptString(plain)
    },
    open: (sealed) => safeStorage.decryptString(sealed),
  }
}
