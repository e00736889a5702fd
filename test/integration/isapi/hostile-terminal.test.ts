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
