// Events log at scale: N stored events (default 500,000 over 90 days, 20 terminals, 5,000
// persons), then events.search / events.stats / events.export latency through the station's
// dispatcher (p50/p95/max over repeated queries), with and without a person-name filter
// (byName: one person's name; byNameBroad: a fragment a fifth of the persons share). Prints JSON.
//   npx tsx bench/events-search.ts [--events 500000]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { AcsEventRecord } from '../src/main/isapi'
import { silentLogger } from '../src/main/platform/logger'
import { keyFileSecretBox } from '../src/main/platform/secret-box'
import { createStation } from '../src/main/station'
import { toInput } from '../src/main/station/events/ingest'
import { openStore } from '../src/main/store'

const i = process.argv.indexOf('--events')
const total = (i > 0 && Number(process.argv[i + 1])) || 500_000
const DAY = 86_400_000
const end = Date.parse('2026-06-01T00:00:00Z')
const start = end - 90 * DAY
const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-events-search-'))
const file = join(dataDir, 'roster.sqlite')

const t0 = performance.now()
const store = openStore(file)
const received = new Date()
store.tx(() => {
  // the roster holds the persons too: a name search looks in both
  const person = store.db.prepare(
    'INSERT INTO persons (employee_no, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
  )
  for (let p = 0; p < 5_000; p++)
    person.run(String(10_000 + p), `Person ${p}`, received.toISOString(), received.toISOString())
  for (let n = 0; n < total; n++) {
    const minor = n % 9 === 0 ? 76 : n % 13 === 0 ? 21 : 75
    const e: AcsEventRecord = {
      kind: minor === 21 ? 'door' : 'access',
      major: 5,
      minor,
      serialNo: Math.floor(n / 20) + 1,
      time: new Date(start + Math.floor((n / total) * 90 * DAY))
        .toISOString()
        .replace('.000Z', '+00:00'),
      employeeNo: String(10_000 + ((n * 7) % 5_000)),
      name: `Person ${(n * 7) % 5_000}`,
      doorNo: 1,
      currentVerifyMode: 'face',
      raw: {},
    }
    store.events.insert(toInput(`door-${n % 20}`, e, 'backfill', undefined, received, true))
  }
})
store.close()
const seedMs = performance.now() - t0

const station = createStation({
  dataDir,
  secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
  clock: { now: () => new Date() },
  logger: silentLogger,
  bridge: 'cli',
  version: 'bench',
  background: false,
})

async function timed(method: string, argsOf: (k: number) => unknown, rounds = 30) {
  const ms: number[] = []
  for (let k = 0; k < rounds; k++) {
    const t = performance.now()
    const r = await station.call(method, argsOf(k))
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]! * 10) / 10
  return { p50: at(0.5), p95: at(0.95), max: at(1) }
}

const day = (k: number) => new Date(start + (k % 90) * DAY).toISOString()
const results = {
  latestPage: await timed('events.search', () => ({ limit: 100 })),
  byPerson: await timed('events.search', (k) => ({
    employeeNo: String(10_000 + k * 37),
    limit: 100,
  })),
  byName: await timed('events.search', (k) => ({ name: `person ${1000 + k * 37}`, limit: 100 })),
  byPersonBoxNumber: await timed('events.search', (k) => ({
    person: String(10_000 + k * 37),
    limit: 100,
  })),
  byPersonBoxBroad: await timed('events.search', (k) => ({
    person: `son ${1 + (k % 9)}`,
    limit: 100,
  })),
  byNameShort: await timed('events.search', (k) => ({ name: String(10 + k), limit: 100 })),
  byNameBroad: await timed('events.search', (k) => ({ name: `son ${1 + (k % 9)}`, limit: 100 })),
  byNameAndDay: await timed('events.search', (k) => ({
    name: `son ${1 + (k % 9)}`,
    from: day(k),
    to: day(k + 1),
    limit: 100,
  })),
  byDeviceAndDay: await timed('events.search', (k) => ({
    deviceId: `door-${k % 20}`,
    from: day(k),
    to: day(k + 1),
    limit: 100,
  })),
  deniedInAWeek: await timed('events.search', (k) => ({
    granted: false,
    from: day(k),
    to: day(k + 7),
    limit: 100,
  })),
  statsOneDay: await timed('events.stats', (k) => ({ from: day(k), to: day(k + 1) })),
  statsThirtyDays: await timed('events.stats', (k) => ({ from: day(k), to: day(k + 30) }), 10),
  exportOneDay: await timed('events.export', (k) => ({ from: day(k), to: day(k + 1) }), 10),
}
await station.close()
rmSync(dataDir, { recursive: true, force: true })
console.log(
  JSON.stringify(
    {
      bench: 'events-search',
      events: total,
      seedMs: Math.round(seedMs),
      eventsPerDay: Math.round(total / 90),
      ms: results,
    },
    null,
    2,
  ),
)
