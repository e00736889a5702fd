// Planning alone, without terminals: a roster of persons with a card and a face (hash) on
// disk, planned for every terminal the way apply.start plans (jobPlanner), the batches taken as
// the journal takes them but not written. Prints JSON: CPU and wall per person and terminal, the
// largest batch, and the peak heap while planning (flat whatever the roster: a page at a time).
//   npx tsx bench/plan.ts [--persons 50000] [--devices 1] [--held 0]   (--held 1: the terminals already hold everyone)
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../src/main/platform/logger'
import { keyFileSecretBox } from '../src/main/platform/secret-box'
import { auditWriter } from '../src/main/station/audit/feature'
import { desiredPersons } from '../src/main/station/apply/hashes'
import { jobPlanner } from '../src/main/station/apply/job-plan'
import type { StationContext } from '../src/main/station/context'
import { createEventBus } from '../src/main/station/event-bus'
import { openStore } from '../src/main/store'
import type { DeviceRecord } from '../src/main/store/devices-repo'
import { DEFAULT_VALIDITY } from '../src/main/store/persons-repo'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const persons = arg('persons', 50_000)
const deviceCount = arg('devices', 1)
const held = arg('held', 0) === 1
const AT = '2026-01-01T00:00:00.000Z'

const dir = mkdtempSync(join(tmpdir(), 'es-bench-plan-'))
const store = openStore(join(dir, 'roster.db'))
const ctx: StationContext = {
  dataDir: dir,
  secrets: keyFileSecretBox(join(dir, 'secret.key')),
  clock: { now: () => new Date(AT) },
  logger: silentLogger,
  bridge: 'test',
  version: 'bench',
  store,
  audit: auditWriter(store, { now: () => new Date() }, 'bench'),
  bus: createEventBus(),
  startedAt: new Date(AT),
}
const jpeg = Buffer.alloc(2048, 7)
store.db.transaction(() => {
  for (let i = 1; i <= persons; i++) {
    const no = String(i)
    store.persons.put({
      employeeNo: no,
      name: `Person ${no}`,
      userType: 'normal',
      gender: 'unknown',
      valid: DEFAULT_VALIDITY,
      doorRights: [1],
      planTemplateNo: '1',
      pinSealed: null,
      groupName: '',
      notes: '',
      createdAt: AT,
      updatedAt: AT,
    })
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
  for (let d = 0; d < deviceCount; d++) {
    const device: DeviceRecord = {
      id: `t${d}`,
      name: `T${d}`,
      host: '192.0.2.1',
      port: 1000 + d,
      protocol: 'http',
      username: 'admin',
      secretSealed: Buffer.from([0]),
      site: '',
      model: 'DS-K1T671',
      serialNumber: '',
      firmwareVersion: '',
      capabilities: null,
      tlsFingerprint: null,
      lastSeenAt: null,
      createdAt: AT,
      updatedAt: AT,
    }
    store.devices.put(device)
  }
  if (held) {
    const all = store.snapshot.employeeNos()
    const want = desiredPersons(store.snapshot.persons(all), store.snapshot.credentials(), () => '')
    for (let d = 0; d < deviceCount; d++)
      for (const h of want.values()) store.holdings.put(`t${d}`, h, AT)
  }
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
