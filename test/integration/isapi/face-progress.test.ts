// Face collection follows the session on …/CaptureFaceData/Progress (guide 21.35.3) after one
// POST starts it, instead of re-POSTing CaptureFaceData. The requests are seen by a recording
// pass-through in front of the simulated poll-style terminal (it changes nothing).
import { createServer, request, type Server } from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { client, fleet, rejects, type Fleet } from './helpers'

let f: Fleet
let proxy: Server
let proxyPort = 0
const seen: string[] = []

beforeAll(async () => {
  f = await fleet({ devices: 1, profile: 'face-lite' })
  const target = f.devices[0]!
  proxy = createServer((req, res) => {
    const up = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        // the digest challenge (401) and its retry are one request for the terminal
        if (r.statusCode !== 401) seen.push(`${req.method} ${(req.url ?? '').split('?')[0]}`)
        res.writeHead(r.statusCode ?? 502, r.headers)
        r.pipe(res)
      },
    )
    req.pipe(up)
  })
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()))
  const a = proxy.address()
  proxyPort = typeof a === 'object' && a ? a.port : 0
})
afterAll(async () => {
  proxy.closeAllConnections()
  await new Promise((r) => proxy.close(r))
  await f.close()
})

const capturing = () => seen.filter((s) => s.includes('CaptureFaceData'))

it('one POST starts the collection; progress is polled on …/Progress until the face arrives', async () => {
  const c = client(f.devices[0]!, { port: proxyPort })
  try {
    seen.length = 0
    const progress: number[] = []
    const pending = c.capture.face({
      pollMs: 10,
      timeoutMs: 20_000,
      onProgress: (p) => progress.push(p),
    })
    // the face is presented once the terminal has been asked for progress at least once
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        if (capturing().some((s) => s.startsWith('GET'))) {
          clearInterval(tick)
          resolve()
        }
      }, 5)
    })
    await f.control.presentFace(0)
    const face = await pending
    expect(face.jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    const calls = capturing()
    expect(calls.filter((s) => s.startsWith('POST'))).toEqual([
      'POST /ISAPI/AccessControl/CaptureFaceData',
    ])
    expect(
      calls.slice(1).every((s) => s === 'GET /ISAPI/AccessControl/CaptureFaceData/Progress'),
    ).toBe(true)
    expect(progress.at(-1)).toBe(100)
  } finally {
    await c.close()
  }
})

it('the person walks away: the polled session ends with captureTimeout, not a new session', async () => {
  const c = client(f.devices[0]!, { port: proxyPort })
  try {
    seen.length = 0
    const pending = rejects(c.capture.face({ pollMs: 10, timeoutMs: 20_000 }))
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        if (capturing().some((s) => s.startsWith('GET'))) {
          clearInterval(tick)
          resolve()
        }
      }, 5)
    })
    await f.control.presentNothing(0, 'face')
    const e = await pending
    expect(e).toMatchObject({ subStatusCode: 'captureTimeout' })
    expect(capturing().filter((s) => s.startsWith('POST'))).toHaveLength(1)
  } finally {
    await c.close()
  }
})
