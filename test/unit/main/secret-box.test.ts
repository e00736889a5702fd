import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyFileSecretBox } from '../../../src/main/platform/secret-box'

const tempKey = () => join(mkdtempSync(join(tmpdir(), 'es-key-')), 'nested', 'secret.key')

describe('key-file secret box', () => {
  it('seals to bytes that do not contain the secret and opens them again', () => {
    const box = keyFileSecretBox(tempKey())
    const sealed = box.seal('Hik12345!')
    expect(sealed.includes(Buffer.from('Hik12345!'))).toBe(false)
    expect(box.open(sealed)).toBe('Hik12345!')
    expect(box.seal('Hik12345!').equals(sealed)).toBe(false) // fresh IV every time
  })

  it('keeps its key in a 0600 file and reuses it across instances', () => {
    const file = tempKey()
    const sealed = keyFileSecretBox(file).seal('pw')
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(keyFileSecretBox(file).open(sealed)).toBe('pw')
  })

  it('refuses tampered ciphertext and a damaged key file', () => {
    const file = tempKey()
    const box = keyFileSecretBox(file)
    const sealed = box.seal('pw')
    sealed[sealed.length - 1]! ^= 0xff
    expect(() => box.open(sealed)).toThrow()
    expect(() => box.open(Buffer.from([9, 1, 2]))).toThrow(/unknown format/)
    writeFileSync(file, readFileSync(file).subarray(0, 10))
    expect(() => keyFileSecretBox(file)).toThrow(/damaged/)
  })
})
