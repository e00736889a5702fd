// One secret store per data folder, named in the folder (secret-store.json), used by every
// entry point (desktop app, browser mode, CLI): what one seals, the others open. A new folder
// gets a 0600 key file. The station never writes a key beside an existing roster on its own:
// a roster without its key, or with a key that cannot open its passwords, is a coded error
// naming the folder and the remedy (put the key back, or re-enter the terminal passwords).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AppFailure } from '@shared/result'
import { keyFileSecretBox, type SecretBox } from './secret-box'
import { codedFailure } from '@shared/coded-failure'

export const STORE_FILE = 'secret-store.json'
export const KEY_FILE = 'secret.key'
const ROSTER_FILE = 'roster.sqlite'

type StoreKind = 'key-file' | 'safeStorage'

export interface FolderSecretsOptions {
  /** The OS keychain box, where the entry point has one (the desktop app). */
  safeStorage?: () => SecretBox
}

/** The secret box of `dataDir`, as its store file names it (created for a new folder). */
export function folderSecretBox(dataDir: string, o: FolderSecretsOptions = {}): SecretBox {
  const keyFile = join(dataDir, KEY_FILE)
  const kind = storeKind(dataDir, keyFile, o)
  if (kind === 'safeStorage') {
    if (!o.safeStorage)
      return unusable(
        dataDir,
        `the terminal passwords in ${dataDir} are sealed with the desktop app's OS keychain, which this program cannot use. Run this from the desktop app.`,
      )
    return guarded(o.safeStorage(), dataDir)
  }
  if (!existsSync(keyFile)) return keyless(dataDir, keyFile)
  return guarded(keyFileSecretBox(keyFile), dataDir)
}

function storeKind(dataDir: string, keyFile: string, o: FolderSecretsOptions): StoreKind {
  const file = join(dataDir, STORE_FILE)
  if (existsSync(file)) {
    const named = (JSON.parse(readFileSync(file, 'utf8')) as { kind?: unknown }).kind
    if (named === 'key-file' || named === 'safeStorage') return named
    throw codedFailure('SECRET_KEY_MISMATCH', 'secretStoreUnknown', { file }, { dataDir })
  }
  // a folder from before the store file: what it already has decides; a new one gets a key
  let kind: StoreKind
  if (existsSync(keyFile)) kind = 'key-file'
  else if (!existsSync(join(dataDir, ROSTER_FILE))) {
    keyFileSecretBox(keyFile) // creates the 0600 key
    kind = 'key-file'
  } else if (o.safeStorage) kind = 'safeStorage'
  else return 'key-file' // a roster without its key: reported on use, nothing written
  writeFileSync(file, JSON.stringify({ kind }) + '\n', { mode: 0o600 })
  return kind
}

function mismatch(dataDir: string, why: string): AppFailure {
  return codedFailure('SECRET_KEY_MISMATCH', 'secretsUnreadable', { why }, { dataDir })
}

/** Opening with the wrong key becomes SECRET_KEY_MISMATCH naming the folder. */
function guarded(box: SecretBox, dataDir: string): SecretBox {
  return {
    kind: box.kind,
    seal: (plain) => box.seal(plain),
    open(sealed) {
      try {
        return box.open(sealed)
      } catch {
        throw mismatch(
          dataDir,
          `the key of ${dataDir} does not open them (the roster was moved without its key, or the key was replaced). Put the original key back, or re-enter the terminal passwords.`,
        )
      }
    },
  }
}

/**
 * A roster whose key is missing: its passwords cannot be opened (coded error); entering a
 * password again (an explicit user action) creates the folder's key, never a silent start-up.
 */
function keyless(dataDir: string, keyFile: string): SecretBox {
  let box: SecretBox | undefined
  return {
    kind: 'key-file',
    seal(plain) {
      if (!box) {
        box = guarded(keyFileSecretBox(keyFile), dataDir)
        writeFileSync(join(dataDir, STORE_FILE), JSON.stringify({ kind: 'key-file' }) + '\n', {
          mode: 0o600,
        })
      }
      return box.seal(plain)
    },
    open(sealed) {
      if (box) return box.open(sealed)
      throw mismatch(
        dataDir,
        `the roster in ${dataDir} has no ${KEY_FILE} beside it (was the folder moved without it?). Put the key file back, or re-enter the terminal passwords.`,
      )
    },
  }
}

function unusable(dataDir: string, why: string): SecretBox {
  return {
    kind: 'none',
    seal: () => {
      throw mismatch(dataDir, why)
    },
    open: () => {
      throw mismatch(dataDir, why)
    },
  }
}
