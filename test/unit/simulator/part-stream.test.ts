import { createServer, get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { EventEmitter } from 'node:events'
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PartStream } from '../../../src/simulator/events/part-stream.js'

describe('part stream', () => {
  it('replays a long history to a slow reader completely and in order, then live parts', async () => {
    const N = 20_000
    let stream: PartStream | null = null
    const server = createServer((_req, res) => {
      stream = new PartStream(res, 'multipart/mixed; boundary=MIME_boundary', 'webs')
      stream.replay(
        (function* () {
          for (let i = 0; i < N; i++) yield { contentType: 'application/json', body: `{"i":${i}}` }
        })(),
      )
      stream.send({ contentType: 'application/json', body: '{"live":1}' })
    }).listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    try {
      const text = await new Promise<string>((resolve, reject) => {
        get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, (res) => {
          expect(res.headers['transfer-encoding']).toBeUndefined()
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => {
            chunks.push(c)
            res.pause()
            setImmediate(() => res.resume())
            if (Buffer.concat(chunks.slice(-2)).includes('{"live":1}')) {
              res.destroy()
              resolve(Buffer.concat(chunks).toString())
            }
          })
        }).on('error', reject)
      })
      const ids = [...text.matchAll(/\{"i":(\d+)\}/g)].map((m) => Number(m[1]))
      expect(ids.length).toBe(N)
      expect(ids.every((v, i) => v === i)).toBe(true)
      expect(text.indexOf('{"live":1}')).toBeGreaterThan(text.lastIndexOf(`{"i":${N - 1}}`))
    } finally {
      ;(stream as PartStream | null)?.close()
      server.close()
    }
  })

  describe('heartbeats after a quiet spell (fake clock)', () => {
    afterEach(() => vi.useRealTimers())

    /** A response that records what is written. */
    function sink(): { res: ServerResponse; text: () => string } {
      const out: Buffer[] = []
      const r = Object.assign(new EventEmitter(), {
        destroyed: false,
        removeHeader: () => undefined,
        writeHead: () => undefined,
        write: (b: Buffer) => (out.push(Buffer.from(b)), true),
        destroy: () => undefined,
      })
      return {
        res: r as unknown as ServerResponse,
        text: () => Buffer.concat(out).toString(),
      }
    }
    const beats = (t: string): number => t.split('"beat"').length - 1

    it('sends a heartbeat only after heartbeatMs without any part; every part restarts the wait', () => {
      vi.useFakeTimers()
      const { res, text } = sink()
      const s = new PartStream(res, 'multipart/mixed; boundary=MIME_boundary', 'webs')
      s.startHeartbeat(25_000, () => ({ contentType: 'application/json', body: '{"beat":1}' }))
      vi.advanceTimersByTime(24_999)
      expect(beats(text())).toBe(0)
      s.send({ contentType: 'application/json', body: '{"event":1}' })
      vi.advanceTimersByTime(24_999)
      expect(beats(text())).toBe(0)
      vi.advanceTimersByTime(1)
      expect(beats(text())).toBe(1)
      vi.advanceTimersByTime(25_000)
      expect(beats(text())).toBe(2)
      s.close()
    })

    it('frames as terminals do: a delimiter line first, each part followed at once by the next', () => {
      const { res, text } = sink()
      const s = new PartStream(res, 'multipart/mixed; boundary=MIME_boundary', 'webs')
      s.send({ contentType: 'application/json', name: 'AccessControllerEvent', body: '{}' })
      expect(text()).toBe(
        '--MIME_boundary\r\nContent-Disposition: form-data; name="AccessControllerEvent"\r\n' +
          'Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}\r\n--MIME_boundary\r\n',
      )
      s.close()
    })
  })
})
