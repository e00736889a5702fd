// A hostile or broken terminal (a loopback server of the test's own) must cost the station
// bounded time and memory, and never its secrets.
import { afterEach, describe, expect, it } from 'vitest'
import { connect, type IsapiClient } from '../../../src/main/isapi/index'
import {
  HOSTILE_PASSWORD,
  HOSTILE_USER,
  hostileTerminal,
  longestStall,
  type HostileAnswer,
  type HostileTerminal,
  writeFlood,
} from '../../helpers/hostile-terminal'
import { rejects } from './helpers'

const MiB = 1024 * 1024
let t: HostileTerminal | undefined
let c: IsapiClient | undefined

afterEach(async () => {
  await c?.close()
  await t?.close()
  c = t = undefined
})

async function against(answer: HostileAnswer): Promise<IsapiClient> {
  t = await hostileTerminal(answer)
  c = connect({
    host: '127.0.0.1',
    port: t.port,
    username: HOSTILE_USER,
    password: HOSTILE_PASSWORD,
  })
  return c
}

/** An HTML error page of `<` without `>`, just under the 16 MiB answer limit. */
const HOSTILE_PAGE = 16 * MiB - 64

describe('a hostile terminal', () => {
  it('a 16 MiB error page of unterminated tags: a coded error, the event loop never stalls > 100 ms', async () => {
    const client = await against((r, res) => {
      if (!r.digestOk) return 'digest'
      res.writeHead(500, { 'Content-Type': 'text/html' })
      return writeFlood(res, '<html><body>', '<', HOSTILE_PAGE)
    })
    const { value: e, stallMs } = await longestStall(() => rejects(client.persons.count()))
    expect(e).toMatchObject({ code: 'DEVICE_ERROR', httpStatus: 500 })
    expect(String(e.message).length).toBeLessThan(400)
    expect(stallMs).toBeLessThanOrEqual(100)
  }, 30_000)

  it('the same page as the 401 of a login costs bounded time too', async () => {
    const client = await against((_r, res) => {
      res.writeHead(401, {
        'Content-Type': 'text/html',
        'WWW-Authenticate': `Digest qop="auth", realm="x", nonce="n${Date.now()}", stale="FALSE"`,
      })
      return writeFlood(res, '<html><body>', '<', HOSTILE_PAGE)
    })
    const { value: e, stallMs } = await longestStall(() => rejects(client.persons.count()))
    expect(e).toMatchObject({ code: 'AUTH_FAILED' })
    expect(stallMs).toBeLessThanOrEqual(100)
  }, 30_000)
})

describe('the password never goes out in clear', () => {
  it('a 401 Basic after Digest was accepted is a refused downgrade: AUTH_INSECURE, no Basic credentials sent', async () => {
    const client = await against((r, res) => {
      if (r.accepted === 0 || r.digestOk) {
        if (r.accepted < 2 || !r.digestOk) return 'digest'
      }
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="DS-K1T671M"' })
      res.end()
    })
    expect((await client.persons.count()).userNumber).toBe(7)
    expect(await rejects(client.persons.count())).toMatchObject({ code: 'AUTH_INSECURE' })
    expect(await rejects(client.persons.count())).toMatchObject({ code: 'AUTH_INSECURE' })
    expect(t!.seen.some((r) => /^basic/i.test(r.authorization ?? ''))).toBe(false)
  })

  it('a first challenge offering only Basic over plain HTTP: AUTH_INSECURE, nothing credentialed sent', async () => {
    const client = await against((_r, res) => {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="DS-K1T671M"' })
      res.end()
    })
    expect(await rejects(client.system.deviceInfo())).toMatchObject({
      code: 'AUTH_INSECURE',
      category: 'auth',
    })
    expect(t!.seen.every((r) => r.authorization === undefined)).toBe(true)
  })
})

describe('time and size bounds', () => {
  it('an answer trickling one byte at a time ends at the answer deadline with TIMEOUT', async () => {
    t = await hostileTerminal((r, res) => {
      if (!r.digestOk) return 'digest'
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{')
      const drip = setInterval(() => (res.destroyed ? clearInterval(drip) : res.write(' ')), 100)
      res.on('close', () => clearInterval(drip))
    })
    c = connect({
      host: '127.0.0.1',
      port: t.port,
      username: HOSTILE_USER,
      password: HOSTILE_PASSWORD,
      // the idle limit between bytes is never reached: only the deadline can end the call
      timeouts: { bodyMs: 5_000, answerMs: 800 },
    })
    const e = await rejects(c.persons.count())
    expect(e).toMatchObject({ code: 'TIMEOUT', category: 'timeout' })
    expect(String(e.message)).toMatch(/within 800 ms/)
  })

  it('16 MiB of nested JSON: refused as TOO_LARGE while it arrives, never parsed', async () => {
    const client = await against((r, res) => {
      if (!r.digestOk) return 'digest'
      res.writeHead(200, { 'Content-Type': 'application/json' })
      return writeFlood(res, '', '[', HOSTILE_PAGE)
    })
    const { value: e, stallMs } = await longestStall(() => rejects(client.persons.count()))
    expect(e).toMatchObject({ code: 'TOO_LARGE' })
    expect(stallMs).toBeLessThanOrEqual(100)
    // the connection pool is still usable afterwards
    expect(t!.seen.length).toBeGreaterThan(0)
  })

  it('JSON nested deeper than any device document (within the size bound): BAD_RESPONSE', async () => {
    const deep = '['.repeat(400_000) + ']'.repeat(400_000)
    const client = await against((r, res) => {
      if (!r.digestOk) return 'digest'
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(deep)
    })
    const { value: e, stallMs } = await longestStall(() => rejects(client.persons.count()))
    expect(e).toMatchObject({ code: 'BAD_RESPONSE' })
    expect(String(e.message)).toMatch(/nested deeper than 64/)
    expect(stallMs).toBeLessThanOrEqual(100)
  })

  it('an XML answer past the XML bound is TOO_LARGE without being parsed', async () => {
    const client = await against((r, res) => {
      if (!r.digestOk) return 'digest'
      res.writeHead(200, { 'Content-Type': 'application/xml' })
      res.end(`<DeviceInfo>${'<b x="1"/>'.repeat(20_000)}</DeviceInfo>`)
    })
    const { value: e, stallMs } = await longestStall(() => rejects(client.system.deviceInfo()))
    expect(e).toMatchObject({ code: 'TOO_LARGE' })
    expect(stallMs).toBeLessThanOrEqual(100)
  })
})
