// Events clean-up: N events older than the retention (default 20,000, a third with a 30 KB
// picture) among as many recent ones, then events.prune through the station's dispatcher: wall
// time, and the longest the event loop stayed blocked meanwhile (the station's responsiveness).
// Then the picture cache over its size: the oldest pictures dropped. Prints JSON.
//   npx tsx bench/events-prune.ts [--events 20000]
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
import type { PruneResult } from '../src/shared/model'

const i = process.argv.indexOf('--events')
const old = (i > 0 && Number(process.argv[i + 1])) || 20_000
const DAY = 86_400_000
const now = Date.parse('2027-06-01T00:00:00Z')
const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-events-prune-'))
const picture = Buffer.alloc(30_000, 0xab)

function seed(count: number, fromMs: number, spanMs: number, serialBase: number) {
  const store = openStore(join(dataDir, 'roster.sqlite'))
  store.tx(() => {
    for (let n = 0; n < count; n++) {
      const at = new Date(fromMs + Math.floor((n / count) * spanMs))
      const e: AcsEventRecord = {
        kind: 'access',
        major: 5,
        minor: 75,
        serialNo: serialBase + n,
        time: at.toISOString().replace('.000Z', '+00:00'),
        employeeNo: String(10_000 + (n % 500)),
        name: `Person ${n % 500}`,
        raw: {},
      }
      const pic = n % 3 === 0 ? picture : undefined
      store.events.insert(toInput(`door-${n % 10}`, e, 'backfill', pic, at, true))
    }
  })
  store.close()
}
// old: 400 to 500 days ago; recent: the last 100 days
seed(old, now - 500 * DAY, 100 * DAY, 1)
seed(old, now - 100 * DAY, 100 * DAY, 10_000_000)

const station = createStation({
  dataDir,
  secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
  clock: { now: () => new Date(now) },
  logger: silentLogger,
  bridge: 'cli',
  version: 'bench',
  background: false,
})

/** Runs a call while timing the event loop's longest stall. */
async function timed(method: string, args: unknown) {
  let last = performance.now()
  let longest = 0
  const tick = setInterval(() => {
    const t = performance.now()
    longest = Math.max(longest, t - last)
    last = t
  }, 1)
  const t0 = performance.now()
  const r = await station.call(method, args)
  const ms = performance.now() - t0
  clearInterval(tick)
  longest = Math.max(longest, performance.now() - last)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return {
    ms: Math.round(ms),
    longestStallMs: Math.round(longest),
    removed: r.value as PruneResult,
  }
}

const byAge = await timed('events.prune', {})
const keptMB = Math.ceil((Math.ceil(old / 3) * picture.length) / 1024 / 1024)
await station.call('settings.set', { eventPictureCacheMB: Math.max(50, Math.floor(keptMB / 2)) })
const byCache = await timed('events.prune', {})
await station.close()
rmSync(dataDir, { recursive: true, force: true })
console.log(
  JSON.stringify(
    { bench: 'events-prune', oldEvents: old, recentEvents: old, byAge, byCache, keptMB },
    null,
    2,
  ),
)
