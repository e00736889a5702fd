// The simulated terminal's RTSP service on the wire, spoken to with a raw socket: the answers
// a client (ffmpeg, the station's relay) relies on.
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet, type SimDeviceRecord } from '../../../src/simulator'
import { simulatorFfmpeg } from '../../../src/simulator/rtsp/ffmpeg-path'
import { startRtspAuthProxy } from '../../../src/main/stream'

let fleet: Fleet
let d: SimDeviceRecord

/** One RTSP conversation: send a request, read one answer (headers + body). */
async function rtsp(port: number) {
  const socket: Socket = connect(port, '127.0.0.1')
  await new Promise<void>((r) => socket.once('connect', () => r()))
  let buf = ''
  const waiting: (() => void)[] = []
  socket.on('data', (c: Buffer) => {
    buf += c.toString('latin1')
    waiting.splice(0).forEach((w) => w())
  })
  socket.on('close', () => waiting.splice(0).forEach((w) => w()))
  let cseq = 0
  return {
    async ask(method: string, url: string, headers: string[] = []) {
      socket.write(
        `${method} ${url} RTSP/1.0\r\nCSeq: ${++cseq}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`,
      )
      for (;;) {
        const end = buf.indexOf('\r\n\r\n')
        if (end >= 0) {
          const head = buf.slice(0, end)
          const len = Number(/Content-Length: (\d+)/i.exec(head)?.[1] ?? 0)
          if (buf.length >= end + 4 + len) {
            const body = buf.slice(end + 4, end + 4 + len)
            buf = buf.slice(end + 4 + len)
            return { status: Number(head.split(' ')[1]), head, body }
          }
        }
        if (socket.destroyed) return { status: 0, head: '', body: '' }
        await new Promise<void>((r) => waiting.push(r))
      }
    },
    close: () => socket.destroy(),
  }
}

const basic = () =>
  `Authorization: Basic ${Buffer.from(`${d.username}:${d.password}`).toString('base64')}`

describe.skipIf(!simulatorFfmpeg())('simulator RTSP (skipped: ffmpeg is not installed)', () => {
  beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
    d = fleet.devices[0]!
  })
  afterAll(async () => fleet?.close())

  it('challenges with Digest and Basic, streams 101/102 only, over TCP interleaving only', async () => {
    const c = await rtsp(d.rtspPort)
    const base = `rtsp://127.0.0.1:${d.rtspPort}`
    try {
      expect((await c.ask('OPTIONS', `${base}/Streaming/Channels/102`)).head).toContain('DESCRIBE')
      const challenge = await c.ask('DESCRIBE', `${base}/Streaming/Channels/102`)
      expect(challenge.status).toBe(401)
      expect(challenge.head).toMatch(/WWW-Authenticate: Digest realm="DS-[0-9A-F]{8}", nonce="/)
      expect(challenge.head).toContain('WWW-Authenticate: Basic realm="/"')
      expect((await c.ask('DESCRIBE', `${base}/Streaming/Channels/103`, [basic()])).status).toBe(
        404,
      )
      const sdp = await c.ask('DESCRIBE', `${base}/streaming/channels/102`, [basic()])
      expect(sdp.status).toBe(200)
      expect(sdp.head).toContain(`Content-Base: ${base}/streaming/channels/102/`)
      expect(sdp.body).toMatch(/a=rtpmap:96 H264\/90000/)
      expect(sdp.body).toMatch(/sprop-parameter-sets=[A-Za-z0-9+/=]+,[A-Za-z0-9+/=]+/)
      const udp = await c.ask('SETUP', `${base}/streaming/channels/102/trackID=1`, [
        basic(),
        'Transport: RTP/AVP;unicast;client_port=5000-5001',
      ])
      expect(udp.status).toBe(461)
      const tcp = await c.ask('SETUP', `${base}/streaming/channels/102/trackID=1`, [
        basic(),
        'Transport: RTP/AVP/TCP;unicast;interleaved=0-1',
      ])
      expect(tcp.status).toBe(200)
      expect(tcp.head).toMatch(/Session: [0-9a-f]+;timeout=60/)
    } finally {
      c.close()
    }
  })

  it('lists its streams and its RTSP port over ISAPI', async () => {
    const { connect: isapi } = await import('../../../src/main/isapi')
    const client = isapi({ ...d, protocol: 'http' })
    try {
      const channels = await client.system.streamingChannels()
      expect(channels.map((c) => [c.id, c.transports, c.width, c.height])).toEqual([
        [101, ['RTSP'], 1280, 720],
        [102, ['RTSP'], 640, 360],
      ])
      expect(await client.system.rtspPort()).toBe(d.rtspPort)
    } finally {
      await client.close()
    }
  })

  it("the station's relay signs for the client and refuses a URL without its token", async () => {
    const relay = await startRtspAuthProxy({ ...d, host: d.host, port: d.rtspPort })
    const port = Number(new URL(relay.url('/x')).port)
    const c = await rtsp(port)
    try {
      const signed = await c.ask('DESCRIBE', relay.url('/Streaming/Channels/102'))
      expect(signed.status).toBe(200)
      // the terminal's absolute URLs come back pointing at the relay, token included
      expect(signed.head).toContain(`Content-Base: ${relay.url('/Streaming/Channels/102/')}`)
      const stranger = await c.ask('DESCRIBE', `rtsp://127.0.0.1:${port}/Streaming/Channels/102`)
      expect(stranger.status).toBe(403)
      expect(relay.refusal).toBeNull()
    } finally {
      c.close()
      await relay.close()
    }
  })

  it('the relay reports an RTSP port that does not answer', async () => {
    const closed = await startRtspAuthProxy({ ...d, port: 1 })
    const c = await rtsp(Number(new URL(closed.url('/x')).port))
    try {
      await c.ask('DESCRIBE', closed.url('/Streaming/Channels/102'))
      expect(closed.refusal).toMatchObject({ kind: 'unreachable' })
    } finally {
      c.close()
      await closed.close()
    }
  })

  it('the relay reports refused credentials after one signed try', async () => {
    const relay = await startRtspAuthProxy({ ...d, password: 'wrong-one', port: d.rtspPort })
    const c = await rtsp(Number(new URL(relay.url('/x')).port))
    try {
      expect((await c.ask('DESCRIBE', relay.url('/Streaming/Channels/102'))).status).toBe(401)
      expect(relay.refusal).toEqual({ kind: 'auth' })
      // one failed login on the terminal (its lockout counts RTSP with the web), never a retry
      const logins = await fleet.control.failedLogins(0)
      expect(logins.addresses['127.0.0.1']).toMatchObject({ failures: 1 })
      await fleet.control.unlock(0)
    } finally {
      c.close()
      await relay.close()
    }
  })
})
