// Issue 18.12: browser mode catches up after its socket reconnects: the station greets every
// socket with station.ready (stores reload on it), and the page's transport reconnects to get it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import WebSocket from 'ws'
import { silentLogger } from '../../../src/main/platform/logger'
import { startWebBridge, type WebBridge } from '../../../src/main/web/server'
import { socketTransport } from '../../../src/renderer/src/lib/socket-transport'
import { testStation } from '../../helpers/station'

const t = testStation()
const staticDir = mkdtempSync(join(tmpdir(), 'es-static-'))
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>x</title>')
let bridge: WebBridge | undefined
let unsubscribe = (): void => {}
afterAll(async () => {
  unsubscribe() // nobody listens: the transport stops reconnecting
  await bridge?.close()
  await t.station.close()
})

const until = (check: () => boolean): Promise<void> =>
  new Promise((resolve) => {
    const poll = (): void => (check() ? resolve() : void setTimeout(poll, 10))
    poll()
  })

it('a page gets station.ready on connect and again after the station comes back', async () => {
  ;(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket
  bridge = await startWebBridge({ station: t.station, staticDir, port: 0, logger: silentLogger })
  const { port, token } = bridge
  const transport = socketTransport(`127.0.0.1:${port}`, token)
  const ready: unknown[] = []
  unsubscribe = transport.subscribe('station.ready', (info) => void ready.push(info))
  await until(() => ready.length === 1)
  expect(ready[0]).toMatchObject({ bridge: 'test' })
  // the station restarts on the same address: the page reconnects and is told to catch up
  await bridge.close()
  bridge = await startWebBridge({
    station: t.station,
    staticDir,
    port,
    token,
    logger: silentLogger,
  })
  await until(() => ready.length === 2)
  expect(await transport.invoke('station.info', {})).toMatchObject({ ok: true })
})
