// Shared pieces of the simulator benchmarks: the fleet runs in a child process (so its CPU and
// memory are measured alone), a keep-alive digest client with nonce reuse, /proc sampling.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Pool } from 'undici'
import type { SimDeviceRecord } from '../src/simulator/index.js'

export interface ChildFleet {
  child: ChildProcess
  devices: SimDeviceRecord[]
  stop(): Promise<void>
}

export async function startChildFleet(args: string[]): Promise<ChildFleet> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/simulator/cli.ts', '--json', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const n = Number(args[args.indexOf('--devices') + 1] ?? 1)
  const devices: SimDeviceRecord[] = []
  let buf = ''
  await new Promise<void>((resolve, reject) => {
    child.on('exit', () => reject(new Error('simulator exited')))
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString()
      const lines = buf.split('\n')
      buf = lines.pop()!
      for (const l of lines) if (l.trim()) devices.push(JSON.parse(l) as SimDeviceRecord)
      if (devices.length >= n) resolve()
    })
  })
  return {
    child,
    devices,
    stop: () =>
      new Promise((r) => {
        child.removeAllListeners('exit')
        child.on('exit', () => r())
        child.kill('SIGTERM')
      }),
  }
}

/** utime+stime of a process in ms (Linux /proc). */
export function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const parts = f.slice(f.lastIndexOf(')') + 2).split(' ')
  return ((Number(parts[11]) + Number(parts[12])) * 1000) / 100
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : 0
}

const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

/** Digest over a keep-alive pool; reuses a nonce (nc++) until the device refuses it. */
export class BenchClient {
  private readonly pool: Pool
  private nonce: { realm: string; nonce: string; nc: number } | null = null
  challenges = 0

  constructor(
    private readonly d: SimDeviceRecord,
    connections = 8,
  ) {
    this.pool = new Pool(`http://${d.host}:${d.port}`, { connections, pipelining: 1 })
  }

  private auth(method: string, path: string): string | undefined {
    const n = this.nonce
    if (!n) return undefined
    n.nc++
    const nc = n.nc.toString(16).padStart(8, '0')
    const resp = md5(
      `${md5(`${this.d.username}:${n.realm}:${this.d.password}`)}:${n.nonce}:${nc}:bench:auth:${md5(`${method}:${path}`)}`,
    )
    return `Digest username="${this.d.username}", realm="${n.realm}", nonce="${n.nonce}", uri="${path}", qop=auth, nc=${nc}, cnonce="bench", response="${resp}"`
  }

  async request(...a: Parameters<BenchClient['requestBody']>): Promise<number> {
    return (await this.requestBody(...a)).status
  }

  async requestBody(
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    body?: Buffer | string,
    contentType?: string,
  ): Promise<{ status: number; body: string }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const auth = this.auth(method, path)
      const headers: Record<string, string> = {}
      if (auth) headers.authorization = auth
      if (contentType) headers['content-type'] = contentType
      const r = await this.pool.request({
        method,
        path,
        headers,
        ...(body !== undefined ? { body } : {}),
      })
      const text = await r.body.text()
      if (r.statusCode !== 401) return { status: r.statusCode, body: text }
      const ch = r.headers['www-authenticate']
      if (typeof ch === 'string') {
        const p = Object.fromEntries(
          [...ch.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
        )
        this.nonce = { realm: p.realm!, nonce: p.nonce!, nc: 0 }
        this.challenges++
      } else this.nonce = null
    }
    return { status: 401, body: '' }
  }

  close(): Promise<void> {
    return this.pool.close()
  }
}

/** Runs `total` requests with `concurrency` in flight. */
export async function drive(
  total: number,
  concurrency: number,
  one: (i: number) => Promise<number>,
): Promise<{ ok: number; failed: number }> {
  let next = 0
  let ok = 0
  let failed = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++
        if ((await one(i)) === 200) ok++
        else failed++
      }
    }),
  )
  return { ok, failed }
}
