import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { LATEST_VERSION } from '../../../src/main/store'
import { silentLogger } from '../../../src/main/platform/logger'
import { startWebBridge, type WebBridge } from '../../../src/main/web/server'
import type { ServerFrame } from '../../../src/shared/socket-protocol'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
let bridge: WebBridge
let staticDir: string

beforeEach(async () => {
  t = testStation()
  staticDir = mkdtempSync(join(tmpdir(), 'es-static-'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Enrollment Station</title>')
  bridge = await startWebBridge({ station: t.station, staticDir, port: 0, logger: silentLogger })
})
afterEach(async () => {
  await bridge.close()
  await t.station.close()
})

/** Opens a socket; resolves with it once open, or with the HTTP status that refused it. */
function open(path: string, origin?: string): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}${path}`, origin ? { origin } : {})
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    ws.once('error', () => resolve(-1))
  })
}

function call(ws: WebSocket, id: number, method: string, args: unknown): Promise<ServerFrame> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(data.toString()) as ServerFrame
      if (frame.type === 'result' && frame.id === id) {
        ws.off('message', onMessage)
        resolve(frame)
      }
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify({ id, method, args }))
  })
}

const ownOrigin = () => `http://127.0.0.1:${bridge.port}`

describe('browser-mode bridge', () => {
  it('binds to loopback and prints a URL carrying the token', () => {
    expect(bridge.host).toBe('127.0.0.1')
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`)
    expect(bridge.token.length).toBeGreaterThanOrEqual(32)
  })

  it('carries calls and their results with the right token and origin', async () => {
    const ws = await open(`/ws?token=${bridge.token}`, ownOrigin())
    expect(ws).toBeInstanceOf(WebSocket)
    const frame = await call(ws as WebSocket, 7, 'station.info', {})
    expect(frame).toMatchObject({
      type: 'result',
      id: 7,
      result: { ok: true, value: { bridge: 'test', schemaVersion: LATEST_VERSION } },
    })
    const bad = await call(ws as WebSocket, 8, 'settings.set', { theme: 'neon' })
    expect(bad).toMatchObject({
      type: 'result',
      id: 8,
      result: { ok: false, error: { code: 'INVALID_ARGS' } },
    })
    ;(ws as WebSocket).close()
  })

  it('refuses a socket without the token, or with a wrong one', async () => {
    expect(await open('/ws', ownOrigin())).toBe(401)
    // one character changed (never to itself: a token may well end in 'x')
    const last = bridge.token.at(-1) === 'x' ? 'y' : 'x'
    expect(await open(`/ws?token=${bridge.token.slice(0, -1)}${last}`, ownOrigin())).toBe(401)
  })

  it('refuses a socket from another origin even with the token', async () => {
    expect(await open(`/ws?token=${bridge.token}`, 'http://evil.example')).toBe(403)
    expect(await open(`/ws?token=${bridge.token}`, `http://127.0.0.1:${bridge.port + 1}`)).toBe(403)
  })

  it('pushes station events to connected sockets', async () => {
    const ws = (await open(`/ws?token=${bridge.token}`, ownOrigin())) as WebSocket
    const pushed = new Promise<ServerFrame>((resolve) =>
      ws.on('message', (d) => {
        const frame = JSON.parse(d.toString()) as ServerFrame
        if (frame.type === 'event') resolve(frame)
      }),
    )
    await call(ws, 1, 'settings.set', { language: 'zh' })
    expect(await pushed).toMatchObject({
      type: 'event',
      event: 'settings.changed',
      payload: { language: 'zh' },
    })
    ws.close()
  })

  it('never lets a reply overtake a push that happened before it (held pushes are flushed)', async () => {
    const ws = (await open(`/ws?token=${bridge.token}`, ownOrigin())) as WebSocket
    const frames: ServerFrame[] = []
    ws.on('message', (d) => void frames.push(JSON.parse(d.toString()) as ServerFrame))
    const save = (id: number, employeeNo: string) =>
      call(ws, id, 'persons.save', { employeeNo, name: `P ${employeeNo}`, create: true })
    expect(await save(1, '1001')).toMatchObject({ result: { ok: true } })
    // the first roster change was sent at once; this one falls in its window and is held
    expect(await save(2, '1002')).toMatchObject({ result: { ok: true } })
    const before = frames.slice(
      0,
      frames.findIndex((f) => f.type === 'result' && f.id === 2),
    )
    const named = before.flatMap((f) =>
      f.type === 'event' && f.event === 'roster.changed'
        ? (f.payload as { employeeNos: string[] }).employeeNos
        : [],
    )
    expect(named).toContain('1002')
    ws.close()
  })

  it('closes a socket that sends a malformed frame, and keeps serving others', async () => {
    const bad = (await open(`/ws?token=${bridge.token}`, ownOrigin())) as WebSocket
    const closed = new Promise<number>((resolve) => bad.once('close', (code) => resolve(code)))
    bad.send('{not json')
    expect(await closed).toBe(1003)
    const good = (await open(`/ws?token=${bridge.token}`, ownOrigin())) as WebSocket
    expect(await call(good, 1, 'settings.get', {})).toMatchObject({ result: { ok: true } })
    good.close()
  })

  it('serves the renderer with a CSP and never files outside its folder', async () => {
    const page = await fetch(`http://127.0.0.1:${bridge.port}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('Enrollment Station')
    const escape = await fetch(`http://127.0.0.1:${bridge.port}/..%2f..%2f..%2fetc%2fpasswd`)
    expect(escape.status).toBe(403)
    expect((await fetch(`http://127.0.0.1:${bridge.port}/`, { method: 'POST' })).status).toBe(405)
  })
})
