import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import { fromBase64 } from '../../../src/main/station/import/time-slice'

it('decodes base64 in slices to the same bytes, with or without line breaks', async () => {
  const bytes = randomBytes(9 * 1024 * 1024 + 7)
  const text = bytes.toString('base64')
  expect((await fromBase64(text)).equals(bytes)).toBe(true)
  const wrapped = text.replace(/.{76}/g, '$&\r\n')
  expect((await fromBase64(wrapped)).equals(bytes)).toBe(true)
  expect((await fromBase64('QUJD')).toString()).toBe('ABC')
})
