// Activation of a factory-new terminal (guide 3.2 as reimplemented by integrators; not in the
// shared reference, unverified on hardware here):
// 1. POST /ISAPI/Security/challenge  <PublicKey><key>base64(hex(RSA-1024 modulus))</key>
// 2. the answer's <key> is base64(hex(RSA PKCS#1 v1.5 ciphertext)) of a 32-hex-char random string
// 3. AES-128-ECB, key = the random string hex-decoded, zero padding, over
//    random[0..16) + password; sent as base64(hex(ciphertext)) in PUT /ISAPI/System/activate.
// Node refuses PKCS#1 v1.5 private decryption (CVE-2023-46809), so the padding is removed here
// from a raw RSA decryption.
import {
  constants,
  createCipheriv,
  generateKeyPairSync,
  privateDecrypt,
  type KeyObject,
} from 'node:crypto'
import { str } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

function pkcs1v15Unpad(block: Buffer): Buffer | undefined {
  if (block[0] !== 0x00 || block[1] !== 0x02) return undefined
  const sep = block.indexOf(0x00, 2)
  if (sep < 10) return undefined
  return block.subarray(sep + 1)
}

function decryptRandom(privateKey: KeyObject, keyField: string): string | undefined {
  const hex = Buffer.from(keyField, 'base64').toString('latin1').trim()
  if (!/^[0-9a-fA-F]+$/.test(hex)) return undefined
  const block = privateDecrypt(
    { key: privateKey, padding: constants.RSA_NO_PADDING },
    Buffer.from(hex, 'hex'),
  )
  const plain = pkcs1v15Unpad(block)?.toString('latin1')
  if (plain === undefined || plain.length < 32) return undefined
  const random = plain.slice(-32)
  return /^[0-9a-fA-F]{32}$/.test(random) ? random : undefined
}

/** The encrypted password field for PUT /ISAPI/System/activate (exported for tests). */
export function sealActivationPassword(random: string, password: string): string {
  const plain = Buffer.concat([
    Buffer.from(random.slice(0, 16), 'latin1'),
    Buffer.from(password, 'utf8'),
  ])
  const padded = Buffer.concat([plain, Buffer.alloc((16 - (plain.length % 16)) % 16)])
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(random, 'hex'), null).setAutoPadding(
    false,
  )
  const sealed = Buffer.concat([cipher.update(padded), cipher.final()])
  return Buffer.from(sealed.toString('hex'), 'latin1').toString('base64')
}

export async function activate(
  http: IsapiHttp,
  password: string,
  o: CallOptions = {},
): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const modulusHex = Buffer.from(publicKey.export({ format: 'jwk' }).n ?? '', 'base64url').toString(
    'hex',
  )
  const ch = await http.xmlDoc(
    'POST',
    '/ISAPI/Security/challenge',
    'Challenge',
    'PublicKey',
    { key: Buffer.from(modulusHex, 'latin1').toString('base64') },
    o,
  )
  const random = decryptRandom(privateKey, str(ch.key) ?? '')
  if (!random)
    throw new IsapiError('BAD_RESPONSE', 'activation challenge could not be decrypted', {
      ...http.where('POST', '/ISAPI/Security/challenge'),
      reason:
        'The terminal answered the activation challenge in a form the station does not understand.',
    })
  await http.xml(
    'PUT',
    '/ISAPI/System/activate',
    'ActivateInfo',
    { password: sealActivationPassword(random, password) },
    o,
  )
}
