// Memory over a long alertStream session, accelerated: one terminal (face-lite, event ring of
// 10,000) streams N events (default 36,000 = one hour at 10 events/s) to one reader as fast as
// the control API can inject them. The simulator process's heap and RSS are sampled along the
// way; flat = the second half grows by less than a few MB.
// Run: npx tsx bench/simulator-alertstream.ts [--events 36000] [--profile face-lite]
import { request } from 'node:http'
import type { IncomingMessage } from 'node:http'
import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { ControlClient } from '../src/simulator/control-client.js'
import { drive, startChildFleet } from './simulator-harness.js'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : fallback
}
const total = Number(arg('events', '36000'))
const profile = arg('profile', 'face-lite')
const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

const fleet = await startChildFleet(['--devices', '1', '--profile', profile])
const d = fleet.devices[0]!
const control = new ControlClient(d.controlUrl.slice(0, d.controlUrl.indexOf('/devices/')))
let received = 0
let bytes = 0
try {
  const path = '/ISAPI/Event/notification/alertStream'
  const probe = await fetch(`http://${d.host}:${d.port}${path}`)
  await probe.arrayBuffer()
  const ch = Object.fromEntries(
    [...probe.headers.get('www-authenticate')!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  )
  const resp = md5(
    `${md5(`${d.username}:${ch.realm}:${d.password}`)}:${ch.nonce}:00000001:b:auth:${md5(`GET:${path}`)}`,
  )
  const auth = `Digest username="${d.username}", realm="${ch.realm}", nonce="${ch.nonce}", uri="${path}", qop=auth, nc=00000001, cnonce="b", response="${resp}"`
  const stream = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(
      { host: d.host, port: d.port, path, headers: { Authorization: auth } },
      resolve,
    )
    req.on('error', reject)
    req.end()
  })
  stream.on('data', (c: Buffer) => {
    bytes += c.length
    for (let i = c.indexOf('"subEventType"'); i >= 0; i = c.indexOf('"subEventType"', i + 1))
      received++
  })
  const samples: { events: number; heapMb: number; rssMb: number }[] = []
  const sample = async (events: number): Promise<void> => {
    const s = await control.stats()
    samples.push({
      events,
      heapMb: +(s.heapUsed / 2 ** 20).toFixed(1),
      rssMb: +(s.rss / 2 ** 20).toFixed(1),
    })
  }
  await sample(0)
  const t0 = performance.now()
  const step = Math.max(1, Math.floor(total / 12))
  for (let done = 0; done < total; done += step) {
    const n = Math.min(step, total - done)
    await drive(n, 8, async (i) => {
      await control.triggerEvent(0, {
        kind: 'raw',
        major: 5,
        minor: 75,
        fields: {
          name: `P${done + i}`,
          employeeNoString: String(done + i),
          cardReaderNo: 1,
          currentVerifyMode: 'cardOrFace',
          mask: 'no',
        },
      })
      return 200
    })
    await sample(done + n)
  }
  const wall = (performance.now() - t0) / 1000
  await new Promise((r) => setTimeout(r, 500))
  const half = samples.slice(Math.floor(samples.length / 2))
  const growth = (k: 'heapMb' | 'rssMb'): number => +(half.at(-1)![k] - half[0]![k]).toFixed(1)
  console.log(
    JSON.stringify({
      bench: 'simulator-alertstream',
      profile,
      events: total,
      equivalentHoursAt10PerSecond: +(total / 36_000).toFixed(2),
      wallSeconds: +wall.toFixed(1),
      eventsPerSecond: Math.round(total / wall),
      eventsReceivedByReader: received,
      streamMb: +(bytes / 2 ** 20).toFixed(1),
      samples,
      secondHalfGrowthMb: { heap: growth('heapMb'), rss: growth('rssMb') },
    }),
  )
  stream.destroy()
} finally {
  await fleet.stop()
}
