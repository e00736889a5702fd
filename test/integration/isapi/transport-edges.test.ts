import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { connect, type IsapiClient } from '../../../src/main/isapi/index'
import { localServer, type LocalServer } from './local-server'
import { collect, rejects } from './helpers'

const open: (LocalServer | IsapiClient)[] = []
afterEach(async () => {
  for (const x of open.splice(0)) await x.close()
})

async function setup(
  o: Parameters<typeof localServer>[0] = {},
  c: Partial<Parameters<typeof connect>[0]> = {},
): Promise<{ s: LocalServer; c: IsapiClient }> {
  const s = await localServer(o)
  const cl = connect({
    host: '127.0.0.1',
    port: s.port,
    username: 'admin',
    password: 'secret',
    ...c,
  })
  open.push(cl, s)
  return { s, c: cl }
}

describe('digest against an independent server', () => {
  it('re-challenges on stale=TRUE when a nonce expires mid-session', async () => {
    const { s, c } = await setup({ maxUses: 3, refuse: 'stale' }, { connections: 1 })
    for (let i = 0; i < 10; i++) expect((await c.persons.count()).userNumber).toBe(7)
    expect(s.failures).toBe(0)
    expect(s.handled).toBe(10)
  })

  it('re-challenges when the device refuses a reused nonce with a bare 401 (no WWW-Authenticate)', async () => {
    const { s, c } = await setup({ maxUses: 2, refuse: 'silent' }, { connections: 1 })
    for (let i = 0; i < 7; i++) await c.persons.count()
    expect(s.failures).toBe(0)
    expect(s.handled).toBe(7)
  })

  it('learns a firmware nonce-reuse limit and rotates before it, instead of being refused', async () => {
    const { s, c } = await setup({ maxUses: 2, refuse: 'silent' }, { connections: 1 })
    for (let i = 0; i < 20; i++) await c.persons.count()
    expect(c.http.session.nonceUseLimit).toBe(2)
    expect(c.http.session.refusedAttempts).toBeLessThanOrEqual(2)
    expect(s.failures).toBe(0)
  })

  it('stale=TRUE on a fresh nonce earns exactly one more try, never a loop', async () => {
    const { s, c } = await setup({ maxUses: 0, refuse: 'stale' }, { connections: 1 })
    expect(await rejects(c.persons.count())).toMatchObject({ code: 'AUTH_FAILED' })
    // first contact, then the two fresh nonces each refused as stale
    expect(s.challenges).toBe(3)
    await rejects(c.persons.count())
    expect(s.challenges).toBe(3)
  })

  it('wrong password against an HTML/userCheck 401: one failure, AUTH_FAILED with retryLoginTime', async () => {
    const { s, c } = await setup({}, { password: 'bad' })
    const e = await rejects(c.persons.count())
    expect(e).toMatchObject({ code: 'AUTH_FAILED', retryLoginTime: 4 })
    await rejects(c.persons.count())
    expect(s.failures).toBe(1)
  })

  it('a lock body on first contact stops before any credentialed attempt', async () => {
    const { s, c } = await setup({ locked: 1500 })
    const e = await rejects(c.persons.count())
    expect(e).toMatchObject({ code: 'DEVICE_LOCKED', unlockTime: 1500, category: 'locked' })
    expect(s.failures).toBe(0)
  })

  it('a lock announced on a nonce probe stops the call before any credentialed attempt', async () => {
    const opts: Parameters<typeof localServer>[0] = {
      handler: (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{"UserInfoCount":{"userNumber":2}}')
      },
    }
    // one use per nonce: every call first probes for a fresh challenge
    const { s, c } = await setup(opts, { maxNonceUses: 1 })
    expect(await c.persons.count()).toEqual({ userNumber: 2 })
    let credentialedWhileLocked = 0
    s.server.on('request', (req) => {
      if (opts.locked && req.headers.authorization) credentialedWhileLocked++
    })
    opts.locked = 600 // another client's failures locked the account
    expect(await rejects(c.persons.count())).toMatchObject({
      code: 'DEVICE_LOCKED',
      unlockTime: 600,
    })
    expect(credentialedWhileLocked).toBe(0)
  })

  it('never sends the password in clear: Basic over plain HTTP is AUTH_INSECURE, nothing credentialed sent', async () => {
    const { s, c } = await setup({ scheme: 'basic' })
    let credentialed = 0
    s.server.on('request', (req) => {
      if (req.headers.authorization) credentialed++
    })
    expect(await rejects(c.persons.count())).toMatchObject({
      code: 'AUTH_INSECURE',
      category: 'auth',
    })
    expect(await rejects(c.persons.count())).toMatchObject({ code: 'AUTH_INSECURE' })
    expect(credentialed).toBe(0)
    expect(s.handled).toBe(0)
  })

  it('sends an unreplayable (streamed) body only after fetching a fresh nonce, once', async () => {
    let got = ''
    const { s, c } = await setup({
      handler: (_req, res, body) => {
        got = body.toString()
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{"statusCode":1,"statusString":"OK","subStatusCode":"ok"}')
      },
    })
    const res = await c.http.open(
      'PUT',
      '/ISAPI/AccessControl/UserInfo/SetUp?format=json',
      Readable.from([Buffer.from('{"UserInfo":'), Buffer.from('{"employeeNo":"1"}}')]),
      'application/json',
    )
    expect(res.status).toBe(200)
    await res.body.text()
    expect(got).toBe('{"UserInfo":{"employeeNo":"1"}}')
    expect(s.handled).toBe(1)
    expect(s.failures).toBe(0)
  })

  it('Connection: close mode opens a connection per request and still authenticates', async () => {
    const { s, c } = await setup({}, { connectionClose: true })
    for (let i = 0; i < 3; i++) await c.persons.count()
    expect(s.connections).toBeGreaterThanOrEqual(3)
  })
})

describe('keep-alive races', () => {
  it('a GET on a connection the device dropped is sent again once; a PUT is not', async () => {
    let n = 0
    const { s, c } = await setup(
      {
        handler: (req, res) => {
          n++
          if (n === 2 || n === 5) {
            req.socket.destroy()
            return
          }
          res.writeHead(200, { 'Content-Type': 'application/json' })
          res.end(
            req.method === 'GET'
              ? JSON.stringify({ UserInfoCount: { userNumber: 7 } })
              : '{"statusCode":1,"statusString":"OK","subStatusCode":"ok"}',
          )
        },
      },
      { connections: 1 },
    )
    await c.persons.count()
    expect((await c.persons.count()).userNumber).toBe(7)
    expect(s.handled).toBe(3)
    await c.persons.upsert({ employeeNo: '1' })
    expect(await rejects(c.persons.upsert({ employeeNo: '1' }))).toMatchObject({ code: 'OFFLINE' })
  })
})

describe('whole answers', () => {
  it('an answer over the size limit ends with TOO_LARGE, and the next call still works', async () => {
    const { c } = await setup({
      handler: (req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(
          req.url?.startsWith('/big')
            ? JSON.stringify({ pad: 'x'.repeat(200_000) })
            : '{"UserInfoCount":{"userNumber":3}}',
        )
      },
    })
    expect(
      await rejects(c.http.raw('GET', '/big', undefined, undefined, { maxBytes: 64 * 1024 })),
    ).toMatchObject({ code: 'TOO_LARGE' })
    expect((await c.http.raw('GET', '/big')).body.length).toBeGreaterThan(200_000)
    expect(await c.persons.count()).toEqual({ userNumber: 3 })
  })

  it('a call cancelled while it waits for a busy connection fails at once and is never sent', async () => {
    const paths: string[] = []
    const { c } = await setup(
      {
        handler: (req, res) => {
          paths.push(req.url ?? '')
          setTimeout(
            () => {
              res.writeHead(200, { 'Content-Type': 'application/json' })
              res.end('{"UserInfoCount":{"userNumber":1}}')
            },
            req.url?.startsWith('/slow') ? 400 : 0,
          )
        },
      },
      { connections: 1 },
    )
    await c.persons.count() // learn that the device asks for no credentials
    const slow = c.http.raw('GET', '/slow')
    const ac = new AbortController()
    const queued = rejects(
      c.http.raw('GET', '/queued', undefined, undefined, { signal: ac.signal }),
    )
    const t0 = Date.now()
    ac.abort()
    expect(await queued).toMatchObject({ code: 'ABORTED' })
    expect(Date.now() - t0).toBeLessThan(200)
    expect((await slow).status).toBe(200)
    expect(paths.filter((p) => p === '/queued')).toEqual([])
  })
})

describe('answers that lie or break', () => {
  it('XML error in a JSON call, JSON labelled text/plain, truncated JSON, HTML 404', async () => {
    let mode = 0
    const { c } = await setup({
      handler: (_req, res) => {
        const m = mode++
        if (m === 0) {
          res.writeHead(200, { 'Content-Type': 'application/json' })
          res.end(
            '<?xml version="1.0"?><ResponseStatus version="1.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><statusCode>4</statusCode><statusString>Invalid Operation</statusString><subStatusCode>notSupport</subStatusCode></ResponseStatus>',
          )
        } else if (m === 1) {
          res.writeHead(200, { 'Content-Type': 'text/plain' })
          res.end('{"UserInfoCount":{"userNumber":"12"}}')
        } else if (m === 2) {
          res.writeHead(200, { 'Content-Type': 'application/json' })
          res.end('{"UserInfoCount":{"userNu')
        } else if (m === 3) {
          res.writeHead(404, { 'Content-Type': 'text/html' })
          res.end('<html><head><title>404 -- Not Found</title></head></html>')
        } else {
          res.writeHead(200, { 'Content-Type': 'application/json' })
          res.end('{"Other":{}}')
        }
      },
    })
    expect(await rejects(c.persons.count())).toMatchObject({
      code: 'DEVICE_ERROR',
      category: 'notSupported',
      subStatusCode: 'notSupport',
    })
    expect(await c.persons.count()).toEqual({ userNumber: 12 })
    expect(await rejects(c.persons.count())).toMatchObject({ code: 'BAD_RESPONSE' })
    expect(await rejects(c.persons.count())).toMatchObject({
      code: 'DEVICE_ERROR',
      httpStatus: 404,
      category: 'notSupported',
    })
    expect(await rejects(c.persons.count())).toMatchObject({ code: 'BAD_RESPONSE' })
  })

  it('a socket dying mid-stream ends alertStream with STREAM_BROKEN after the complete events', async () => {
    const part = (o: unknown): string => {
      const b = JSON.stringify(o)
      return `--MIME_boundary\r\nContent-Type: application/json; charset="UTF-8"\r\nContent-Length: ${Buffer.byteLength(b)}\r\n\r\n${b}\r\n`
    }
    const ev = {
      ipAddress: '1.2.3.4',
      dateTime: '2024-06-01T08:59:02+08:00',
      activePostCount: 1,
      eventType: 'AccessControllerEvent',
      eventState: 'active',
      AccessControllerEvent: {
        majorEventType: 5,
        subEventType: 75,
        employeeNoString: '0012',
        serialNo: 7,
        currentEvent: true,
      },
    }
    const { c } = await setup({
      handler: (_req, res) => {
        res.writeHead(200, {
          'Content-Type': 'multipart/mixed; boundary=MIME_boundary',
          Connection: 'close',
        })
        res.write(part(ev))
        res.write(
          '--MIME_boundary\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"ipAdd',
        )
        setTimeout(() => res.socket?.destroy(), 50)
      },
    })
    const got: unknown[] = []
    const e = await rejects(
      (async () => {
        for await (const x of c.events.alertStream()) got.push(x)
      })(),
    )
    expect(e).toMatchObject({ code: 'STREAM_BROKEN', category: 'offline' })
    expect(got).toMatchObject([
      {
        type: 'access',
        live: true,
        event: { major: 5, minor: 75, employeeNo: '0012', serialNo: 7 },
      },
    ])
  })

  it('the heartbeat watchdog ends a silent alertStream', async () => {
    const { c } = await setup({
      handler: (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'multipart/mixed; boundary=MIME_boundary' })
        res.write(
          '--MIME_boundary\r\nContent-Type: application/json\r\nContent-Length: 80\r\n\r\n{"ipAddress":"1.2.3.4","eventType":"videoloss","eventState":"inactive","x":1234}\r\n',
        )
      },
    })
    const t0 = Date.now()
    const got = await collect(
      (async function* () {
        try {
          for await (const x of c.events.alertStream({ heartbeatTimeoutMs: 300 })) yield x
        } catch (e) {
          yield e
        }
      })(),
    )
    expect(got[0]).toMatchObject({ type: 'heartbeat' })
    expect(got[1]).toMatchObject({ code: 'STREAM_BROKEN' })
    expect(Date.now() - t0).toBeLessThan(3000)
  })

  it('a slow consumer is not mistaken for a dead link', async () => {
    const hb =
      '{"ipAddress":"1.2.3.4","eventType":"videoloss","eventState":"inactive","eventDescription":"videoloss alarm"}'
    let timer: NodeJS.Timeout | undefined
    const { c } = await setup({
      handler: (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'multipart/mixed; boundary=MIME_boundary' })
        const send = (): void => {
          res.write(
            `--MIME_boundary\r\nContent-Type: application/json\r\nContent-Length: ${hb.length}\r\n\r\n${hb}\r\n`,
          )
        }
        send()
        timer = setInterval(send, 100)
        res.on('close', () => clearInterval(timer))
      },
    })
    let n = 0
    for await (const e of c.events.alertStream({ heartbeatTimeoutMs: 300 })) {
      expect(e.type).toBe('heartbeat')
      await new Promise((r) => setTimeout(r, 450))
      if (++n === 3) break
    }
    clearInterval(timer)
    expect(n).toBe(3)
  })

  it('an AbortSignal cancels a blocking capture', async () => {
    let arrived: () => void = () => {}
    const blocking = new Promise<void>((resolve) => (arrived = resolve))
    // the terminal holds the capture request open: abort once it is there
    const { c } = await setup({ handler: () => arrived() })
    const ac = new AbortController()
    const capture = rejects(c.capture.card({ signal: ac.signal }))
    await blocking
    ac.abort()
    expect(await capture).toMatchObject({
      code: 'ABORTED',
      category: 'cancelled',
    })
  })
})

describe('TLS trust on first use', () => {
  function cert(dir: string, name: string): { key: string; cert: string } {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(dir, `${name}.key`),
        '-out',
        path.join(dir, `${name}.crt`),
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    )
    return {
      key: readFileSync(path.join(dir, `${name}.key`), 'utf8'),
      cert: readFileSync(path.join(dir, `${name}.crt`), 'utf8'),
    }
  }

  it('Basic inside TLS when the device offers no Digest; a wrong password costs one attempt', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isapi-tls-'))
    const s = await localServer({ tls: cert(dir, 'basic'), scheme: 'basic' })
    open.push(s)
    const at = (password: string): IsapiClient => {
      const c = connect({
        host: '127.0.0.1',
        port: s.port,
        protocol: 'https',
        username: 'admin',
        password,
      })
      open.push(c)
      return c
    }
    expect((await at('secret').persons.count()).userNumber).toBe(7)
    const bad = at('x')
    expect(await rejects(bad.persons.count())).toMatchObject({ code: 'AUTH_FAILED' })
    expect(await rejects(bad.persons.count())).toMatchObject({ code: 'AUTH_FAILED' })
    expect(s.failures).toBe(1)
  })

  it('pins the first certificate, returns its fingerprint, and refuses a changed one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isapi-tls-'))
    const a = cert(dir, 'a')
    const b = cert(dir, 'b')
    const s1 = await localServer({ tls: a })
    const seen: string[] = []
    const c1 = connect({
      host: '127.0.0.1',
      port: s1.port,
      protocol: 'https',
      username: 'admin',
      password: 'secret',
      tls: { onFirstUse: (fp) => seen.push(fp) },
    })
    open.push(c1, s1)
    expect((await c1.persons.count()).userNumber).toBe(7)
    expect(seen).toHaveLength(1)
    expect(c1.tlsFingerprint).toBe(seen[0])
    const s2 = await localServer({ tls: b })
    open.push(s2)
    const c2 = connect({
      host: '127.0.0.1',
      port: s2.port,
      protocol: 'https',
      username: 'admin',
      password: 'secret',
      tls: { fingerprint: seen[0]! },
    })
    open.push(c2)
    expect(await rejects(c2.persons.count())).toMatchObject({
      code: 'TLS_PIN_MISMATCH',
      category: 'offline',
    })
    expect(s2.handled).toBe(0)
    const c3 = connect({
      host: '127.0.0.1',
      port: s1.port,
      protocol: 'https',
      username: 'admin',
      password: 'secret',
      tls: { fingerprint: seen[0]!.toLowerCase() },
    })
    open.push(c3)
    expect((await c3.persons.count()).userNumber).toBe(7)
  })
})
