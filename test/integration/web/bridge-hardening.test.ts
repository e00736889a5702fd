// Issue 18.10 (browser mode): a malformed URL is a 400, never an uncaught URIError; refused
// sockets cost a handful of log lines, not one each; listening beyond loopback warns and
// prints URLs that work.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Logger } from '../../../src/main/platform/logger'
import { startWebBridge, type WebBridge } from '../../../src/main/web/server'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation | undefined
let bridge: WebBridge | undefined
const lines: string[] = []
const logger: Logger = {
  info: () => {},
  warn: (m) => void lines.push(m),
  error: (m) => void lines.push(m),
}

afterEach(async () => {
  await bridge?.close()
  await t?.station.close()
  lines.length = 0
})

async function start(host?: string): Promise<WebBridge> {
  t = testStation()
  const staticDir = mkdtempSync(join(tmpdir(), 'es-static-'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>x</title>')
  bridge = await startWebBridge({
    station: t.station,
    staticDir,
    port: 0,
    logger,
    ...(host ? { host } : {}),
  })
  return bridge
}

const status = (port: number, path: string): Promise<number> =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
      .on('error', reject)
      .end()
  })

it('GET /%E0%A4%A is answered 400 and the server keeps serving', async () => {
  const b = await start()
  expect(await status(b.port, '/%E0%A4%A')).toBe(400)
  expect(await status(b.port, '/')).toBe(200)
})

it('200 refused sockets write at most a handful of log lines', async () => {
  const b = await start()
  await Promise.all(
    Array.from(
      { length: 200 },
      () =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${b.port}/ws?token=wrong`)
          ws.once('unexpected-response', () => resolve())
          ws.once('error', () => resolve())
        }),
    ),
  )
  expect(lines.filter((l) => /refused/.test(l)).length).toBeLessThanOrEqual(6)
})

it('--host 0.0.0.0 warns that the roster is on the network and lists URLs that are served', async () => {
  const b = await start('0.0.0.0')
  expect(lines.some((l) => /reachable from the network over plain HTTP/.test(l))).toBe(true)
  expect(b.url).toBe(`http://127.0.0.1:${b.port}/?token=${b.token}`)
  expect(b.urls[0]).toBe(b.url)
  for (const u of b.urls) expect(u).toMatch(new RegExp(`:${b.port}/\\?token=${b.token}$`))
})
