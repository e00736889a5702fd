// Planning alone, without terminals: a roster of persons with a card and a face (hash) on
// disk, planned for every terminal the way apply.start plans (jobPlanner), the batches taken as
// the journal takes them but not written. Prints JSON: CPU and wall per person and terminal, the
// largest batch, and the peak heap while planning (flat whatever the roster: a page at a time).
//   npx tsx bench/plan.ts [--persons 50000] [--devices 1] [--held 0]   (--held 1: the terminals already hold everyone)
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { holdEveryone, numberArg } from './roster-setup'
import { storeContext } from '../test/helpers/store-context'
import { jobPlanner } from '../src/main/station/apply/job-plan'
import { openStore } from '../src/main/store'
import { deviceRecord } from '../test/helpers/device-record'
import { personRecord } from '../test/helpers/person-record'

const persons = numberArg('persons', 50_000)
const deviceCount = numberArg('devices', 1)
const held = numberArg('held', 0) === 1
const AT = '2026-01-01T00:00:00.000Z'

const dir = mkdtempSync(join(tmpdir(), 'es-bench-plan-'))
const store = openStore(join(dir, 'roster.db'))
const ctx = storeContext(dir, store, { now: () => new Date(AT) })
const jpeg = Buffer.alloc(2048, 7)
store.db.transaction(() => {
  for (let i = 1; i <= persons; i++) {
    const no = String(i)
    store.persons.put(personRecord(no))
    store.credentials.cards.put({ employeeNo: no, cardNo: `5${no}`, cardType: 'normalCard' }, AT)
    store.credentials.faces.put(
      {
        employeeNo: no,
        bytes: jpeg.length,
        width: 1,
        height: 1,
        sha256: `f${no}`,
        source: 'file',
        capturedAt: AT,
      },
      jpeg,
    )
  }
  const ids = Array.from({ length: deviceCount }, (_, d) => `t${d}`)
  for (const [d, id] of ids.entries())
    store.devices.put(
      deviceRecord({ id, name: `T${d}`, host: '192.0.2.1', port: 1000 + d, model: 'DS-K1T671' }),
    )
  if (held) holdEveryone(store, ids, AT)
})()

const peak = { heapMb: 0 }
const sample = () => {
  peak.heapMb = Math.max(peak.heapMb, Math.round(process.memoryUsage().heapUsed / 2 ** 20))
}
const sampler = setInterval(sample, 20)
sampler.unref()
global.gc?.()
const heapBeforeMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20)
const { plan } = jobPlanner(ctx, { record: (id: string) => store.devices.get(id)! } as never)
const cpu0 = process.cpuUsage()
const t0 = performance.now()
let steps = 0
let batches = 0
let largestBatch = 0
for (const batch of plan(undefined)) {
  steps += batch.length
  batches++
  largestBatch = Math.max(largestBatch, batch.length)
  if (batches % 8 === 0) sample()
}
const wallMs = performance.now() - t0
const cpu = process.cpuUsage(cpu0)
sample()
const cpuMs = (cpu.user + cpu.system) / 1000
const personDevices = persons * deviceCount
process.stdout.write(
  JSON.stringify({
    bench: 'apply-plan',
    persons,
    devices: deviceCount,
    held,
    steps,
    batches,
    largestBatch,
    cpuMs: Math.round(cpuMs),
    wallMs: Math.round(wallMs),
    cpuUsPerPersonDevice: Number(((cpuMs * 1000) / personDevices).toFixed(2)),
    heapBeforeMb,
    peakHeapMb: peak.heapMb,
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
  }) + '\n',
)
store.close()
rmSync(dir, { recursive: true, force: true })
