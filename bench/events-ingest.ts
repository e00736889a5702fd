// Events ingest: one simulated terminal (in a child process, so its CPU is not the station's)
// with a stored log, replayed over alertStream into SQLite when the station arms it, then live
// events injected through the control API while the stream runs (each completed from the log:
// door, pictureURL). Prints events/s for both phases and the station's memory along the way
// (heap after GC, RSS): flat = no growth with the number of events. Prints JSON.
//   node --expose-gc --import tsx bench/events-ingest.ts [--stored 5000] [--live 2000]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../src/main/platform/logger'
import { keyFileSecretBox } from '../src/main/platform/secret-box'
import { createStation } from '../src/main/station'
import { ControlClient } from '../src/simulator/control-client'
import { startFleetChild } from './sim-fleet-child'

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback
}
const stored = arg('stored', 5_000)
const live = arg('live', 2_000)
const mb = (n: number) => Math.round((n / 1048576) * 10) / 10
const memory = () => {
  globalThis.gc?.()
  const m = process.memoryUsage()
  return { heapMB: mb(m.heapUsed), rssMB: mb(m.rss) }
}

const fleet = await startFleetChild(1, 0, 'card-door')
const sim = fleet.records[0]!
const control = new ControlClient(sim.controlUrl.slice(0, sim.controlUrl.indexOf('/devices/')))
const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-events-'))

async function inject(count: number, from: number): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < count) {
      const i = from + next++
      await control.triggerEvent(0, {
        kind: 'raw',
        major: 5,
        minor: i % 5 === 0 ? 9 : 1,
        fields: {
          employeeNoString: String(1000 + (i % 300)),
          name: `Person ${i % 300}`,
          cardNo: String(3_000_000 + i),
          doorNo: 1,
          currentVerifyMode: 'card',
        },
      })
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

try {
  await inject(stored, 0)
  const station = createStation({
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: { now: () => new Date() },
    logger: silentLogger,
    bridge: 'cli',
    version: 'bench',
  })
  const total = async (): Promise<number> => {
    const r = await station.call('events.search', { limit: 1 })
    if (!r.ok) throw new Error(r.error.message)
    return (r.value as { total: number }).total
  }
  const waitFor = async (n: number) => {
    while ((await total()) < n) await new Promise((r) => setTimeout(r, 20))
  }
  const before = memory()
  const t0 = performance.now()
  const added = await station.call('devices.add', {
    name: 'Bench door',
    host: sim.host,
    port: sim.port,
    protocol: 'http',
    username: sim.username,
    password: sim.password,
    site: '',
  })
  if (!added.ok) throw new Error(added.error.message)
  const expected = (await control.events(0, 0)).length
  await waitFor(expected)
  const replayMs = performance.now() - t0
  const afterReplay = memory()

  const t1 = performance.now()
  await inject(live, stored)
  const injectMs = performance.now() - t1
  const all = (await control.events(0, 0)).length
  await waitFor(all)
  const liveMs = performance.now() - t1
  const afterLive = memory()
  await station.close()
  console.log(
    JSON.stringify(
      {
        bench: 'events-ingest',
        terminal: sim.model,
        replay: {
          events: expected,
          ms: Math.round(replayMs),
          eventsPerSecond: Math.round(expected / (replayMs / 1000)),
        },
        live: {
          events: all - expected,
          ms: Math.round(liveMs),
          eventsPerSecond: Math.round((all - expected) / (liveMs / 1000)),
          injectMs: Math.round(injectMs),
          note: 'live events are completed from the log (one AcsEvent page per burst) before they are stored; ms close to injectMs = the station keeps up with the injection',
        },
        memory: { before, afterReplay, afterLive },
      },
      null,
      2,
    ),
  )
} finally {
  fleet.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
