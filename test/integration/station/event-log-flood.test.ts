// Issue 18.10: a hostile stream of bad device events (and pushes from unknown addresses) costs a
// bounded number of log lines, with one line counting the rest, not one line per event.
import { request } from 'node:http'
import { afterEach, expect, it } from 'vitest'
import {
  startListeningServer,
  type ListeningServer,
} from '../../../src/main/station/events/listening-server'
import type { Logger } from '../../../src/main/platform/logger'

let server: ListeningServer | undefined
afterEach(async () => server?.close())

const post = (port: number, path: string, body: string, type: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': type, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(body)
  })

it('a flood of malformed pushes and refused ones: a handful of lines, then one count', async () => {
  const lines: string[] = []
  const logger: Logger = {
    info: () => {},
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  }
  let clock = 1_000_000
  server = await startListeningServer({
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: 64 * 1024,
    identify: async (_remote, path) => (path === '/events/secret' ? 'terminal-1' : null),
    onPush: async () => {},
    logger,
    now: () => clock,
  })
  const FLOOD = 300
  for (let i = 0; i < FLOOD; i++) {
    await post(
      server.port,
      '/events/secret',
      `<EventNotificationAlert><broken ${i}`,
      'application/xml',
    )
    await post(server.port, '/elsewhere', 'x', 'application/xml')
  }
  expect(lines.length).toBeGreaterThan(0)
  expect(lines.length).toBeLessThanOrEqual(5)
  // the next window opens: one line says how many were not written
  clock += 60_000
  await post(server.port, '/elsewhere', 'x', 'application/xml')
  const summary = lines.find((l) => /more refused or malformed pushes/.test(l))
  expect(summary).toBeDefined()
  const counted = Number(/^(\d+) more/.exec(summary!)?.[1])
  expect(counted + 5).toBeGreaterThanOrEqual(FLOOD * 2 - 5)
  expect(lines.length).toBeLessThanOrEqual(7)
}, 60_000)
