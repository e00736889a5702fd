// Activation (guide 4.2 / ISAPI framework 3.2). An unactivated terminal answers everything
// with notActivated except these. The client sends its RSA public key modulus
// (base64 of hex) to /ISAPI/Security/challenge; the device answers a 32-hex-char random string
// RSA-encrypted to that key (base64 of hex); the client sends
// base64(hex(AES-128-ECB(key = bytes of the random string, data = random[0..16] + password, zero padding))).
// A plain-text <password> is also accepted when no challenge was asked (older/test clients).
import {
  constants,
  createDecipheriv,
  createPublicKey,
  publicEncrypt,
  randomBytes,
} from 'node:crypto'
import type { SimDevice } from '../device.js'
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml, xml, xmlStatus } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'
import { isStrongPassword } from './passwords.js'

const challenges = new WeakMap<SimDevice, string>()

function decryptPassword(random: string, payload: string): string | null {
  try {
    const cipher = Buffer.from(Buffer.from(payload, 'base64').toString('latin1'), 'hex')
    if (cipher.length === 0 || cipher.length % 16 !== 0) return null
    const d = createDecipheriv('aes-128-ecb', Buffer.from(random, 'hex'), null)
    d.setAutoPadding(false)
    const plain = Buffer.concat([d.update(cipher), d.final()])
      .toString('latin1')
      .replace(/\0+$/, '')
    return plain.startsWith(random.slice(0, 16)) ? plain.slice(16) : null
  } catch {
    return null
  }
}

export const activationRoutes: RouteDef[] = [
  {
    path: '/SDK/activateStatus',
    format: 'xml',
    open: true,
    GET: (ctx) => xml('ActivateStatus', { Activated: ctx.dev.data.activated }),
  },
  {
    path: '/ISAPI/Security/challenge',
    format: 'xml',
    open: true,
    POST: (ctx) => {
      const n = xmlRoot(ctx, 'PublicKey')
      const modulusHex =
        typeof n.key === 'string' ? Buffer.from(n.key, 'base64').toString('latin1') : ''
      if (!/^[0-9a-fA-F]{128,1024}$/.test(modulusHex)) fail('badXmlContent', 'key', 400)
      let key
      try {
        key = createPublicKey({
          key: { kty: 'RSA', n: Buffer.from(modulusHex, 'hex').toString('base64url'), e: 'AQAB' },
          format: 'jwk',
        })
      } catch {
        return fail('badXmlContent', 'key', 400)
      }
      const random = randomBytes(16).toString('hex')
      challenges.set(ctx.dev, random)
      const enc = publicEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(random))
      return xml('Challenge', { key: Buffer.from(enc.toString('hex')).toString('base64') })
    },
  },
  {
    path: '/ISAPI/System/activate',
    format: 'xml',
    open: true,
    PUT: (ctx) => {
      const d = ctx.dev
      if (d.data.activated) fail('hasActivated', 'hasActivated')
      const n = xmlRoot(ctx, 'ActivateInfo')
      const given = typeof n.password === 'string' ? n.password : ''
      const random = challenges.get(d)
      const pw = random ? decryptPassword(random, given) : given
      if (pw === null)
        return xmlStatus('badParameters', { requestURL: ctx.path, errorMsg: 'password', http: 400 })
      if (!isStrongPassword(pw, 'admin'))
        return xmlStatus('badParameters', {
          requestURL: ctx.path,
          errorMsg: 'riskPassword',
          http: 400,
        })
      challenges.delete(d)
      const admin = d.data.accounts.find((a) => a.userLevel === 'Administrator')
      if (admin) admin.password = pw
      d.data.activated = true
      d.changed()
      return okXml(ctx.path)
    },
  },
]
