// Activation of a factory-new terminal [INF: not in the reference; shape from Hikvision SDK
// practice, unverified on a device]: the client sends an RSA public key to
// /ISAPI/Security/challenge, the device answers with a random key encrypted to it, and the new
// admin password travels AES-128-ECB-encrypted with that key to PUT /ISAPI/System/activate.
import { createCipheriv, generateKeyPairSync, privateDecrypt, constants, randomBytes } from 'node:crypto'
import { str } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export async function activate(http: IsapiHttp, password: string, o: CallOptions = {}): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const jwk = publicKey.export({ format: 'jwk' })
  const modulusHex = Buffer.from(jwk.n ?? '', 'base64url').toString('hex')
  const ch = await http.xmlDoc('POST', '/ISAPI/Security/challenge', 'Challenge', 'PublicKey', { key: Buffer.from(modulusHex).toString('base64') }, o)
  const encrypted = Buffer.from(str(ch.key) ?? '', 'base64')
  const random = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING }, encrypted).toString('latin1')
  const aesKey = Buffer.from(random.slice(0, 32), 'hex')
  const salt = randomBytes(8).toString('hex')
  const cipher = createCipheriv('aes-128-ecb', aesKey.length === 16 ? aesKey : Buffer.alloc(16, aesKey), null)
  const sealed = Buffer.concat([cipher.update(salt + password, 'utf8'), cipher.final()]).toString('hex')
  await http.xml('PUT', '/ISAPI/System/activate', 'ActivateInfo', { password: sealed }, o)
}
