import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { folderSecretBox } from '../../../src/main/platform/secret-store'
import type { SecretBox } from '../../../src/main/platform/secret-box'

const folder = (): string => mkdtempSync(join(tmpdir(), 'es-store-'))
const roster = (dir: string): void => writeFileSync(join(dir, 'roster.sqlite'), '')
const failure = (f: () => unknown): Record<string, unknown> => {
  try {
    f()
  } catch (e) {
    return e as Record<string, unknown>
  }
  throw new Error('expected a failure')
}

describe('one secret store per data folder', () => {
  it('a new folder gets a 0600 key named in the folder; every entry point opens what another sealed', () => {
    const dir = folder()
    const sealed = folderSecretBox(dir).seal('Hik12345!')
    expect(JSON.parse(readFileSync(join(dir, 'secret-store.json'), 'utf8'))).toEqual({
      kind: 'key-file',
    })
    if (process.platform !== 'win32')
      expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600)
    // the desktop app, given the OS keychain, still uses the folder's store
    const keychain = (): SecretBox => {
      throw new Error('must not be asked')
    }
    expect(folderSecretBox(dir, { safeStorage: keychain }).open(sealed)).toBe('Hik12345!')
  })

  it('a roster moved without its key: a coded error naming the folder, and no key written on start', () => {
    const dir = folder()
    const sealed = folderSecretBox(dir).seal('pw')
    rmSync(join(dir, 'secret.key'))
    roster(dir)
    const box = folderSecretBox(dir)
    expect(existsSync(join(dir, 'secret.key'))).toBe(false)
    const e = failure(() => box.open(sealed))
    expect(e).toMatchObject({ code: 'SECRET_KEY_MISMATCH', details: { dataDir: dir } })
    expect(String(e.message)).toMatch(/re-enter the terminal passwords/)
    // re-entering a password (an explicit action) creates the folder's key
    const again = box.seal('pw2')
    expect(existsSync(join(dir, 'secret.key'))).toBe(true)
    expect(folderSecretBox(dir).open(again)).toBe('pw2')
  })

  it('a key that cannot open the sealed passwords: SECRET_KEY_MISMATCH, never "unable to authenticate data"', () => {
    const dir = folder()
    const sealed = folderSecretBox(dir).seal('pw')
    writeFileSync(join(dir, 'secret.key'), randomBytes(32))
    const e = failure(() => folderSecretBox(dir).open(sealed))
    expect(e).toMatchObject({ code: 'SECRET_KEY_MISMATCH' })
    expect(String(e.message)).toContain(dir)
  })

  it('a folder an older desktop app sealed with the OS keychain: the CLI says so instead of writing a key', () => {
    const dir = folder()
    roster(dir)
    writeFileSync(join(dir, 'secret-store.json'), '{"kind":"safeStorage"}')
    const e = failure(() => folderSecretBox(dir).open(Buffer.from('x')))
    expect(e).toMatchObject({ code: 'SECRET_KEY_MISMATCH' })
    expect(String(e.message)).toMatch(/desktop app/)
    expect(existsSync(join(dir, 'secret.key'))).toBe(false)
  })
})
