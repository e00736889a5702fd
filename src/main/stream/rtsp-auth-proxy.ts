// A loopback RTSP relay that signs the requests for the terminal, so that ffmpeg is given a URL
// without credentials (nothing secret on its command line, in a process list or in its log).
// ffmpeg connects to rtsp://127.0.0.1:<port>/<token>/…; the relay connects to the terminal,
// rewrites the URLs both ways, answers the terminal's 401 by signing the request (Digest, or
// Basic when that is all it offers) and resends it. A 401 to a signed request is a wrong
// password: it is passed on (ffmpeg stops) and never retried — one failed login per start.
// The token keeps other local programs from using the relay's credentials.
import { randomBytes } from 'node:crypto'
import { connect, createServer, type Socket } from 'node:net'
import { DigestNonce } from '../isapi/http/digest'
import { basicAuthorization } from '../isapi/http/digest'
import { digestChallenge, offersBasic, parseChallenges } from '../isapi/http/challenge'
import {
  header,
  headers,
  RtspReader,
  serialize,
  withHeader,
  type RtspMessage,
} from './rtsp-message'

/** Why the terminal refused the stream. */
export type RtspRefusal =
  | { kind: 'auth' }
  | { kind: 'not-found'; status: number }
  | { kind: 'refused'; status: number }
  | { kind: 'unreachable'; message: string }
  /** The terminal closed the connection by itself (reboot, offline, ended the session). */
  | { kind: 'ended' }

export interface RtspAuthProxyOptions {
  host: string
  port: number
  username: string
  password: string
}

export interface RtspAuthProxy {
  /** The URL ffmpeg opens for a path of the terminal (e.g. /Streaming/Channels/102). */
  url(path: string): string
  /** The first refusal seen, if any. */
  readonly refusal: RtspRefusal | null
  close(): Promise<void>
}

interface Pending {
  msg: RtspMessage
  signed: boolean
  /** Already re-signed once after a stale nonce. */
  restaled?: boolean
}

export async function startRtspAuthProxy(o: RtspAuthProxyOptions): Promise<RtspAuthProxy> {
  const token = randomBytes(12).toString('hex')
  const host = o.host.includes(':') && !o.host.startsWith('[') ? `[${o.host}]` : o.host
  const deviceBase = `rtsp://${host}:${o.port}`
  const sockets = new Set<Socket>()
  let refusal: RtspRefusal | null = null
  let localBase = ''
  let closing = false
  const refuse = (r: RtspRefusal) => (refusal ??= r)

  const serve = (client: Socket) => {
    const device = connect(o.port, o.host)
    let connected = false
    let clientGone = false
    device.once('connect', () => (connected = true))
    for (const s of [client, device]) {
      sockets.add(s)
      s.on('close', () => {
        sockets.delete(s)
        if (s === client) clientGone = true
        else if (connected && !clientGone && !closing) refuse({ kind: 'ended' })
        client.destroy()
        device.destroy()
      })
      s.on('error', (e) => {
        if (s === device) refuse({ kind: 'unreachable', message: e.message })
      })
    }
    const pending = new Map<string, Pending>()
    let digest: DigestNonce | null = null
    let basic = false
    const creds = { username: o.username, password: o.password }

    const sendToDevice = (p: Pending) => {
      const [method, url] = p.msg.startLine.split(' ')
      let m = withHeader(p.msg, 'Authorization', null)
      if (digest) m = withHeader(m, 'Authorization', digest.authorize(method!, url!, o.username))
      else if (basic) m = withHeader(m, 'Authorization', basicAuthorization(creds))
      p.signed = digest !== null || basic
      pending.set(header(m, 'CSeq') ?? '', p)
      device.write(serialize(m))
    }

    const fromClient = new RtspReader()
    client.on('data', (chunk: Buffer) => {
      try {
        for (const item of fromClient.push(chunk)) {
          if (item.kind === 'binary') {
            device.write(item.raw)
            continue
          }
          const [method, url, version] = item.startLine.split(' ')
          const prefix = `${localBase}/${token}`
          if (!url || (url !== prefix && !url.startsWith(`${prefix}/`)) || !method) {
            client.end('RTSP/1.0 403 Forbidden\r\n\r\n')
            return
          }
          const deviceUrl = deviceBase + url.slice(prefix.length)
          sendToDevice({
            msg: { ...item, startLine: `${method} ${deviceUrl} ${version}` },
            signed: false,
          })
        }
      } catch {
        client.destroy()
      }
    })

    const fromDevice = new RtspReader()
    device.on('data', (chunk: Buffer) => {
      try {
        for (const item of fromDevice.push(chunk)) {
          if (item.kind === 'binary') {
            client.write(item.raw)
            continue
          }
          const status = Number(item.startLine.split(' ')[1])
          const cseq = header(item, 'CSeq') ?? ''
          const req = pending.get(cseq)
          pending.delete(cseq)
          const challenges =
            status === 401 ? parseChallenges(headers(item, 'WWW-Authenticate')) : []
          const stale = digestChallenge(challenges)?.stale === true
          if (status === 401 && req && (!req.signed || (stale && !req.restaled))) {
            // first challenge, or an expired nonce (not a failed login): sign with the new one
            if (req.signed) req.restaled = true
            const d = digestChallenge(challenges)
            if (d) digest = new DigestNonce(d, creds)
            else basic = offersBasic(challenges)
            if (digest || basic) {
              sendToDevice(req)
              continue
            }
          }
          const method = req?.msg.startLine.split(' ')[0]
          if (status === 401) refuse({ kind: 'auth' })
          else if (status === 404 && method === 'DESCRIBE') refuse({ kind: 'not-found', status })
          else if (status >= 400) refuse({ kind: 'refused', status })
          client.write(serialize(toLocal(item)))
        }
      } catch {
        device.destroy()
      }
    })
  }

  /** Absolute URLs the terminal sends (Content-Base, SDP controls) point at the relay. */
  const toLocal = (m: RtspMessage): RtspMessage => {
    const swap = (s: string) => s.replace(/rtsp:\/\/[^/\s"]+/gi, `${localBase}/${token}`)
    return {
      ...m,
      headers: m.headers.map(([k, v]) =>
        /^content-(base|location)$/i.test(k) ? [k, swap(v)] : [k, v],
      ),
      body: m.body.length > 0 ? Buffer.from(swap(m.body.toString('latin1')), 'latin1') : m.body,
    }
  }

  const server = createServer(serve)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  localBase = `rtsp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

  return {
    url: (path) => `${localBase}/${token}${path.startsWith('/') ? path : `/${path}`}`,
    get refusal() {
      return refusal
    },
    close: () =>
      new Promise<void>((resolve) => {
        closing = true
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
