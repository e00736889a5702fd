import { createServer, get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
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
})
