// A hostile terminal on loopback: answers ISAPI-looking requests with what a broken or
// malicious device (or anything on the path of plain HTTP) could send. Its digest check is
// written here, independently of the client's digest code; everything after the login is
// the test's `answer` function.
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface HostileRequest {
  method: string
  url: string
  authorization: string | undefined
  /** The request carried valid Digest credentials. */
  digestOk: boolean
  /** Requests with valid credentials answered so far (this one included). */
  accepted: number
}

/** What to do with a request: `digest` runs the ordinary Digest login first. */
export type HostileAnswer = (
  req: HostileRequest,
  res: ServerResponse,
) => 'digest' | void | Promise<void>

export interface HostileTerminal {
  port: number
  /** Every request as it arrived (authorization header kept, to prove what was sent). */
  seen: HostileRequest[]
  close(): Promise<void>
}

export const HOSTILE_USER = 'admin'
export const HOSTILE_PASSWORD = 'hostile-secret-1'
const REALM = 'DS-K1T671M'
const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

function digestValid(req: IncomingMessage, nonces: Set<string>): boolean {
  const auth = req.headers.authorization
  if (!auth?.startsWith('Digest ')) return false
  const f = Object.fromEntries(
    [...auth.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)].map((m) => [
      m[1]!,
      m[2] ?? m[3] ?? '',
    ]),
  )
  if (!nonces.has(f.nonce ?? '')) return false
  const ha1 = md5(`${HOSTILE_USER}:${REALM}:${HOSTILE_PASSWORD}`)
  const ha2 = md5(`${req.method}:${f.uri}`)
  return f.response === md5(`${ha1}:${f.nonce}:${f.nc}:${f.cnonce}:${f.qop}:${ha2}`)
}

/** Starts the hostile terminal on 127.0.0.1, port 0. */
export async function hostileTerminal(answer: HostileAnswer): Promise<HostileTerminal> {
  const nonces = new Set<string>()
  const seen: HostileRequest[] = []
  let accepted = 0
  const challenge = (res: ServerResponse): void => {
    const nonce = randomBytes(16).toString('hex')
    nonces.add(nonce)
    res.writeHead(401, {
      'WWW-Authenticate': `Digest qop="auth", realm="${REALM}", nonce="${nonce}", stale="FALSE"`,
      'Content-Type': 'text/html',
    })
    res.end('<html><head><title>401 Unauthorized</title></head></html>')
  }
  const server: Server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const digestOk = digestValid(req, nonces)
      if (digestOk) accepted++
      const r: HostileRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        authorization: req.headers.authorization,
        digestOk,
        accepted,
      }
      seen.push(r)
      void Promise.resolve(answer(r, res)).then(
        (what) => {
          if (what !== 'digest') return
          if (!digestOk) return challenge(res)
          res.writeHead(200, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ UserInfoCount: { userNumber: 7 } }))
        },
        () => res.destroy(),
      )
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

/**
 * The longest the event loop was kept from running while `work` ran (ms), sampled every 5 ms.
 * A gap counts only as long as this process spent CPU in it, so a machine busy with other
 * processes (which deschedules this one) is not mistaken for work done here.
 */
export async function longestStall<T>(
  work: () => Promise<T>,
): Promise<{ value: T; stallMs: number }> {
  let last = performance.now()
  let lastCpu = cpuMs()
  let worst = 0
  const sample = (): void => {
    const now = performance.now()
    const cpu = cpuMs()
    worst = Math.max(worst, Math.min(now - last, cpu - lastCpu) - 5)
    last = now
    lastCpu = cpu
  }
  const tick = setInterval(sample, 5)
  try {
    const value = await work()
    sample()
    return { value, stallMs: Math.max(0, worst) }
  } finally {
    clearInterval(tick)
  }
}

function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** Writes `total` bytes of `fill` after `head`, 64 KiB at a time, minding backpressure. */
export async function writeFlood(
  res: ServerResponse,
  head: string,
  fill: string,
  total: number,
): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, fill)
  res.write(head)
  for (let sent = head.length; sent < total && !res.destroyed; sent += chunk.length) {
    const part = total - sent < chunk.length ? chunk.subarray(0, total - sent) : chunk
    if (!res.write(part)) await new Promise<void>((r) => res.once('drain', r))
  }
  res.end()
}
