// A purpose-built ISAPI-ish server for transport edge cases the simulator cannot produce.
// Its digest check is written here independently of the client's digest code.
import { createHash, randomBytes } from 'node:crypto'
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { createServer as createHttps } from 'node:https'
import type { AddressInfo } from 'node:net'

export interface LocalServerOptions {
  scheme?: 'digest' | 'basic'
  username?: string
  password?: string
  /** Uses of one nonce before it is refused. */
  maxUses?: number
  /** How a used-up nonce is refused: a new challenge with stale=TRUE, or a bare 401 with a userCheck body. */
  refuse?: 'stale' | 'silent'
  /** Answer every request 401 with a lock body. */
  locked?: number
  tls?: { key: string; cert: string }
  handler?: (req: IncomingMessage, res: ServerResponse, body: Buffer) => void
}

export interface LocalServer {
  port: number
  server: Server
  /** Authorised attempts that failed (wrong credentials). */
  failures: number
  /** Requests that reached the handler. */
  handled: number
  challenges: number
  connections: number
  close(): Promise<void>
}

const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

export async function localServer(o: LocalServerOptions = {}): Promise<LocalServer> {
  const user = o.username ?? 'admin'
  const pass = o.password ?? 'secret'
  const realm = 'DS-K1T341AM'
  const nonces = new Map<string, number>()
  const state: LocalServer = {
    port: 0,
    server: undefined as unknown as Server,
    failures: 0,
    handled: 0,
    challenges: 0,
    connections: 0,
    close: async () => {},
  }
  const challenge = (res: ServerResponse, stale = false, body = ''): void => {
    state.challenges++
    const nonce = randomBytes(16).toString('hex')
    nonces.set(nonce, 0)
    res.writeHead(401, {
      'WWW-Authenticate':
        o.scheme === 'basic'
          ? `Basic realm="${realm}"`
          : `Digest qop="auth", realm="${realm}", nonce="${nonce}", stale="${stale ? 'TRUE' : 'FALSE'}"`,
      'Content-Type': 'text/html',
    })
    res.end(
      body ||
        '<!DOCTYPE html><html><head><title>Document Error: Unauthorized</title></head><body><h2>Access Error: 401 -- Unauthorized</h2></body></html>',
    )
  }
  const userCheck = (retry: number, lock = false, unlock = 0): string =>
    `<?xml version="1.0" encoding="UTF-8"?><userCheck><statusValue>401</statusValue><statusString>Unauthorized</statusString><isIllegalLogin>true</isIllegalLogin><retryLoginTime>${retry}</retryLoginTime><lockStatus>${lock ? 'lock' : 'unlock'}</lockStatus><unlockTime>${unlock}</unlockTime></userCheck>`
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      if (o.locked) {
        res.writeHead(401, {
          'Content-Type': 'application/xml',
          'WWW-Authenticate': `Digest qop="auth", realm="${realm}", nonce="locked", stale="FALSE"`,
        })
        res.end(userCheck(0, true, o.locked))
        return
      }
      const auth = req.headers.authorization
      if (!auth) return challenge(res)
      if (o.scheme === 'basic') {
        if (auth !== `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`) {
          state.failures++
          return challenge(res)
        }
      } else {
        const f = Object.fromEntries(
          [...auth.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)].map((m) => [
            m[1]!,
            m[2] ?? m[3] ?? '',
          ]),
        )
        const used = nonces.get(f.nonce ?? '')
        if (used === undefined) return challenge(res, true)
        if (o.maxUses !== undefined && used >= o.maxUses) {
          nonces.delete(f.nonce!)
          if (o.refuse === 'silent') {
            res.writeHead(401, { 'Content-Type': 'application/xml' })
            res.end(userCheck(5))
            return
          }
          return challenge(res, true)
        }
        const expected = md5(
          `${md5(`${user}:${realm}:${pass}`)}:${f.nonce}:${f.nc}:${f.cnonce}:${f.qop}:${md5(`${req.method}:${f.uri}`)}`,
        )
        if (f.uri !== req.url || f.response !== expected || f.username !== user) {
          state.failures++
          res.writeHead(401, { 'Content-Type': 'application/xml' })
          res.end(userCheck(4))
          return
        }
        nonces.set(f.nonce!, used + 1)
      }
      state.handled++
      if (o.handler) return o.handler(req, res, body)
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ UserInfoCount: { userNumber: 7 } }))
    })
  }
  const server = o.tls
    ? createHttps({ key: o.tls.key, cert: o.tls.cert }, listener)
    : createHttp(listener)
  server.on('connection', () => state.connections++)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  state.port = (server.address() as AddressInfo).port
  state.server = server
  state.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections?.()
      server.close(() => r())
    })
  return state
}
