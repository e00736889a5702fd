// A bulk edit of a selection through a station (persons.bulkEdit): the roster is seeded in the
// store with a card each, and terminals that already hold everyone (so the edit makes each person
// pending again). Measures the call's wall time (what the user waits for), the time until the
// maintained apply state shows everyone pending (awaited, not assumed), and the CPU of both.
// Prints JSON.
//   npx tsx bench/bulk-edit.ts [--persons 2500] [--roster 10000] [--devices 2] [--profile 1]
// (--profile 1: the V8 profile's heaviest functions by self time, in the JSON)
import { rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startProfiler } from './cpu-profile'
import { holdEveryone, numberArg } from './roster-setup'
import type { Store } from '../src/main/store'
import { capabilitySummary, deviceRecord } from '../test/helpers/device-record'
import { personRecord } from '../test/helpers/person-record'
import { value } from '../test/helpers/result'
import { testStation } from '../test/helpers/station'

const edited = numberArg('persons', 2500)
const rosterSize = Math.max(edited, numberArg('roster', 10_000))
const deviceCount = numberArg('devices', 2)
const profiling = numberArg('profile', 0) === 1
const AT = '2026-01-01T00:00:00.000Z'

const noOf = (n: number) => String(n + 1).padStart(6, '0')
function seed(store: Store): void {
  store.db.transaction(() => {
    for (let n = 0; n < rosterSize; n++) {
      const employeeNo = noOf(n)
      store.persons.put(personRecord(employeeNo, { name: `Person ${n}` }))
      store.credentials.cards.put(
        { employeeNo, cardNo: `7${employeeNo}`, cardType: 'normalCard' },
        AT,
      )
    }
    const ids = Array.from({ length: deviceCount }, (_, d) => `t${d}`)
    for (const [d, id] of ids.entries())
      store.devices.put(
        deviceRecord({
          id,
          name: `T${d}`,
          host: '192.0.2.1',
          port: 1000 + d,
          model: 'DS-K1T671',
          capabilities: capabilitySummary({ face: true }),
        }),
      )
    holdEveryone(store, ids, AT)
  })()
}

// on disk, as a site's roster is; no scheduled upkeep, no holdings watch
const { station, dataDir } = testStation({ onDisk: true, scheduled: false, onStoreOpen: seed })
type Counts = { applied: number; pending: number }
const counts = async () => value<Counts>(await station.call('persons.applyStateCounts', {}))
const before = await counts()

const employeeNos = Array.from({ length: edited }, (_, n) => noOf(n))
const profiler = profiling ? await startProfiler() : null
const cpu0 = process.cpuUsage()
const t0 = performance.now()
value(
  await station.call('persons.bulkEdit', {
    selection: { employeeNos },
    expected: edited,
    set: { userType: 'visitor' },
  }),
)
const callMs = performance.now() - t0
const callCpu = process.cpuUsage(cpu0)
// the apply state is right when every edited person is pending (the terminals hold the old record)
let after = await counts()
while (after.pending < edited) {
  await new Promise((r) => setImmediate(r))
  after = await counts()
}
const settledMs = performance.now() - t0
const cpu = process.cpuUsage(cpu0)
const profile = profiler ? await profiler.stop(join(tmpdir(), 'bulk-edit.cpuprofile'), 12) : null
await station.close()
rmSync(dataDir, { recursive: true, force: true })
process.stdout.write(
  JSON.stringify({
    bench: 'bulk-edit',
    persons: edited,
    roster: rosterSize,
    devices: deviceCount,
    before,
    after,
    callMs: Math.round(callMs),
    callCpuMs: Math.round((callCpu.user + callCpu.system) / 1000),
    stateSettledMs: Math.round(settledMs),
    totalCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    ...(profile ? { profile } : {}),
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
  }) + '\n',
)
