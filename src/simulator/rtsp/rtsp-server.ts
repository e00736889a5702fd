// The terminal's RTSP service (port 554 on a real one; any free loopback port here):
// OPTIONS / DESCRIBE / SETUP / PLAY / GET_PARAMETER / TEARDOWN, RTP over TCP interleaving only,
// Digest (or Basic) auth against the terminal's accounts, answered like the S2 capture: a 401
// with a Digest and a Basic challenge. Paths /Streaming/Channels/<id> and
// /ISAPI/Streaming/channels/<id>, case-insensitive; ids the profile does not stream → 404.
import { randomBytes, randomInt } from 'node:crypto'
import { createServer, type Server, type Socket } from 'node:net'
import type { SimDevice } from '../device.js'
import { DigestAuth } from '../http/digest.js'
import { H264Channel, type ChannelSpec } from './h264-channel.js'
import { interleave, nalToRtp, type RtpState } from './rtp.js'

/** Streams of a terminal with a camera: 101 main, 102 sub. */
export const CAMERA_CHANNELS: ChannelSpec[] = [
  { id: 101, width: 1280, height: 720, fps: 5 },
  { id: 102, width: 640, height: 360, fps: 5 },
]

const PATH = /^\/(?:Streaming\/Channels|ISAPI\/Streaming\/channels)\/(\d+)(\/.*)?$/i
const STATUS: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  454: 'Session Not Found',
  455: 'Method Not Valid in This State',
  461: 'Unsupported Transport',
  503: 'Service Unavailable',
}
const PUBLIC = 'OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN, GET_PARAMETER, SET_PARAMETER'
const MAX_BACKLOG = 4 * 1024 * 1024

interface Request {
  method: string
  url: string
  headers: Map<string, string>
}

function parseRequest(head: string): Request | null {
  const lines = head.split('\r\n')
  const m = /^([A-Z_]+) (\S+) RTSP\/1\.0$/.exec(lines[0] ?? '')
  if (!m) return null
  const headers = new Map<string, string>()
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':')
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim())
  }
  return { method: m[1]!, url: m[2]!, headers }
}

function sdp(ch: H264Channel, host: string): string {
  const sps = ch.sps!
  const profileLevel = sps.subarray(1, 4).toString('hex')
  const sets = `${ch.sps!.toString('base64')},${ch.pps!.toString('base64')}`
  return [
    'v=0',
    `o=- ${Date.now()} 1 IN IP4 ${host}`,
    's=Media Presentation',
    'c=IN IP4 0.0.0.0',
    't=0 0',
    'a=control:*',
    'm=video 0 RTP/AVP 96',
    'a=rtpmap:96 H264/90000',
    `a=fmtp:96 packetization-mode=1;profile-level-id=${profileLevel};sprop-parameter-sets=${sets}`,
    `a=framerate:${ch.spec.fps}`,
    'a=control:trackID=1',
    '',
  ].join('\r\n')
}

class Connection {
  private buf = Buffer.alloc(0)
  private channel: H264Channel | null = null
  private interleaved = 0
  private session: string | null = null
  private unsubscribe: (() => void) | null = null
  private chain: Promise<void> = Promise.resolve()

  constructor(
    private readonly server: RtspServer,
    private readonly socket: Socket,
  ) {
    socket.on('data', (d: Buffer) => this.onData(d))
    socket.on('close', () => this.close())
    socket.on('error', () => socket.destroy())
  }

  close(): void {
    this.unsubscribe?.()
    this.unsubscribe = null
    this.channel?.release()
    this.channel = null
    this.socket.destroy()
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d])
    for (;;) {
      if (this.buf[0] === 0x24) {
        if (this.buf.length < 4) return
        const len = 4 + this.buf.readUInt16BE(2)
        if (this.buf.length < len) return
        this.buf = this.buf.subarray(len) // RTCP receiver reports: not needed
        continue
      }
      const end = this.buf.indexOf('\r\n\r\n')
      if (end < 0) {
        if (this.buf.length > 16_384) this.socket.destroy()
        return
      }
      const head = this.buf.subarray(0, end).toString('latin1')
      const req = parseRequest(head)
      const bodyLen = Number(req?.headers.get('content-length') ?? 0)
      if (this.buf.length < end + 4 + bodyLen) return
      this.buf = this.buf.subarray(end + 4 + bodyLen)
      if (!req) {
        this.socket.end('RTSP/1.0 400 Bad Request\r\n\r\n')
        return
      }
      this.chain = this.chain.then(() => this.handle(req)).catch(() => void this.socket.destroy())
    }
  }

  private reply(req: Request, status: number, headers: string[] = [], body = ''): void {
    const lines = [
      `RTSP/1.0 ${status} ${STATUS[status] ?? 'Error'}`,
      `CSeq: ${req.headers.get('cseq') ?? '0'}`,
      `Date: ${new Date().toUTCString()}`,
      ...headers,
    ]
    if (body)
      lines.push('Content-Type: application/sdp', `Content-Length: ${Buffer.byteLength(body)}`)
    if (!this.socket.destroyed) this.socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`)
  }

  private async handle(req: Request): Promise<void> {
    if (req.method === 'OPTIONS') return this.reply(req, 200, [`Public: ${PUBLIC}`])
    const auth = this.server.authenticate(req, this.socket.remoteAddress ?? '')
    if (!auth) return this.reply(req, 401, this.server.challenges())
    let path: string
    try {
      path = new URL(req.url).pathname
    } catch {
      return this.reply(req, 400)
    }
    const m = PATH.exec(path)
    const channel =
      m && !this.server.dev.faults.spec.rtspNotFound ? this.server.channel(Number(m[1])) : null
    if (!channel) return this.reply(req, 404)
    switch (req.method) {
      case 'DESCRIBE': {
        if (this.channel !== channel) {
          this.channel?.release()
          this.channel = channel
          try {
            await channel.acquire()
          } catch {
            this.channel = null
            return this.reply(req, 503)
          }
        }
        const base = `rtsp://${this.server.host}:${this.server.port}${path.replace(/\/?$/, '/')}`
        return this.reply(req, 200, [`Content-Base: ${base}`], sdp(channel, this.server.host))
      }
      case 'SETUP': {
        if (this.channel !== channel) return this.reply(req, 455)
        const t = /RTP\/AVP\/TCP[^,]*interleaved=(\d+)/i.exec(req.headers.get('transport') ?? '')
        if (!t) return this.reply(req, 461)
        this.interleaved = Number(t[1])
        this.session ??= randomBytes(6).toString('hex')
        return this.reply(req, 200, [
          `Session: ${this.session};timeout=60`,
          `Transport: RTP/AVP/TCP;unicast;interleaved=${this.interleaved}-${this.interleaved + 1}`,
        ])
      }
      case 'PLAY': {
        if (!this.session || this.channel !== channel) return this.reply(req, 455)
        this.reply(req, 200, [`Session: ${this.session}`, 'Range: npt=0.000-'])
        this.play(channel)
        return
      }
      case 'GET_PARAMETER':
      case 'SET_PARAMETER':
        return this.reply(req, 200, this.session ? [`Session: ${this.session}`] : [])
      case 'TEARDOWN':
        this.reply(req, 200)
        this.close()
        return
      default:
        return this.reply(req, 405, [`Public: ${PUBLIC}`])
    }
  }

  /** Sends from the next key frame (SPS first) on; a client that cannot keep up is dropped. */
  private play(channel: H264Channel): void {
    this.unsubscribe?.()
    const st: RtpState = { seq: randomInt(65_536), ssrc: randomInt(2 ** 31) }
    let started = false
    this.unsubscribe = channel.subscribe((nal, ts, end) => {
      if (this.server.down) return this.close()
      if (this.server.dev.faults.spec.rtspStall) return
      if (!started && (nal[0]! & 0x1f) !== 7) return
      started = true
      if (this.socket.writableLength > MAX_BACKLOG) return this.close()
      for (const p of nalToRtp(nal, st, ts, end)) this.socket.write(interleave(this.interleaved, p))
    })
  }
}

export class RtspServer {
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private readonly channels = new Map<number, H264Channel>()
  private readonly auth: DigestAuth
  host = '127.0.0.1'
  port = 0

  constructor(
    readonly dev: SimDevice,
    ffmpegPath: string,
  ) {
    // RTSP clients reuse one nonce for the whole session: no use limit here
    this.auth = new DigestAuth(
      { ...dev.auth.policy, challenge: 'camera', nonceMaxUses: Number.MAX_SAFE_INTEGER },
      () => dev.data.accounts,
    )
    if (dev.profile.features.has('snapshot'))
      for (const spec of CAMERA_CHANNELS)
        this.channels.set(spec.id, new H264Channel(dev, spec, ffmpegPath))
    this.server = createServer((s) => {
      if (this.down) return void s.destroy()
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
      new Connection(this, s)
    })
  }

  /** Offline or rebooting: connections are cut and refused, like the web server's. */
  get down(): boolean {
    return this.dev.faults.spec.offline === true || this.dev.isRebooting
  }

  channel(id: number): H264Channel | null {
    return this.channels.get(id) ?? null
  }

  challenges(): string[] {
    const nonce = this.auth.newNonce()
    return [
      `WWW-Authenticate: Digest realm="${this.dev.realm}", nonce="${nonce}", stale="FALSE"`,
      'WWW-Authenticate: Basic realm="/"',
    ]
  }

  /** True when the request carries the right credentials (a fault may refuse all of them). */
  authenticate(req: Request, ip: string): boolean {
    const header = req.headers.get('authorization')
    if (!header) return false
    if (this.dev.faults.spec.rtspAuthFail) return false
    // one lockout per terminal: RTSP failures count with the web's, and a lock refuses both
    if (this.dev.auth.lockState(ip).locked) return false
    const basic = /^\s*Basic\s+(\S+)/i.exec(header)
    let ok: boolean
    if (basic) {
      const [user, ...rest] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':')
      const account = this.dev.data.accounts.find((a) => a.userName === user)
      ok = account !== undefined && account.password === rest.join(':')
    } else {
      const r = this.auth.check(req.method, req.url, header, ip)
      ok = r.kind === 'ok'
      if (r.kind === 'stale' || r.kind === 'malformed') return false
    }
    if (!ok) this.dev.auth.recordFailure(ip)
    return ok
  }

  listen(host: string): Promise<number> {
    this.host = host
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, host, () => {
        const a = this.server.address()
        this.port = typeof a === 'object' && a ? a.port : 0
        resolve(this.port)
      })
    })
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    for (const c of this.channels.values()) c.stop()
    await new Promise<void>((r) => this.server.close(() => r()))
  }
}
