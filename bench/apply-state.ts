// The maintained per-person apply state at 100,000 persons × 3 terminals (a face terminal, a
// card controller, an iris terminal): a roster with cards, faces, some PINs and fingerprints,
// holdings written as an apply would leave them (70 % exact, 20 % stale, 10 % missing, a few
// failures). Measures the recompute of everyone in one transaction (first computation, every
// state written; then again with nothing changed) and persons.search filtered by apply state
// (p50/p95 over prefix/contains queries and no query). Prints JSON.
//   npx tsx bench/apply-state.ts [--persons 100000]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { storeContext } from '../test/helpers/store-context'
import { applyStateService } from '../src/main/station/apply/apply-state'
import { desiredPersons } from '../src/main/station/apply/hashes'
import { openStore } from '../src/main/store'
import type { PersonApplyState } from '../src/shared/model'
import { capabilitySummary as caps, deviceRecord } from '../test/helpers/device-record'
import { personRecord } from '../test/helpers/person-record'

const i = process.argv.indexOf('--persons')
const persons = (i > 0 ? Number(process.argv[i + 1]) : 100_000) || 100_000
const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-state-'))
const store = openStore(join(dataDir, 'roster.sqlite'))
const ctx = storeContext(dataDir, store)
const secrets = ctx.secrets
const at = new Date().toISOString()

const devices = [
  { id: 'face-fp', caps: caps({ face: true, fingerprint: true }) },
  { id: 'card-door', caps: caps({}) },
  { id: 'iris-face', caps: caps({ face: true, iris: true }) },
]

const pin = secrets.seal('123456')
const noOf = (n: number) => String(n + 1).padStart(6, '0')
store.tx(() => {
  for (let n = 0; n < persons; n++) {
    const employeeNo = noOf(n)
    store.persons.put(
      personRecord(employeeNo, {
        name: `Person ${n}`,
        pinSealed: n % 10 === 0 ? pin : null,
        groupName: `Dept ${n % 40}`,
        createdAt: at,
        updatedAt: at,
      }),
    )
    store.credentials.cards.put({ employeeNo, cardNo: String(3e9 + n), cardType: 'normalCard' }, at)
    if (n % 3 === 0)
      store.credentials.faces.put(
        {
          employeeNo,
          bytes: 4,
          width: 1,
          height: 1,
          sha256: `face-${n}`,
          source: 'file',
          capturedAt: at,
        },
        Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
      )
    if (n % 20 === 0)
      store.credentials.fingerprints.put(
        {
          employeeNo,
          fingerId: 1,
          fingerType: 'normalFP',
          template: Buffer.alloc(512, n % 256).toString('base64'),
          quality: 80,
          sourceModel: 'bench',
        },
        at,
      )
  }
  for (const d of devices)
    store.devices.put(
      deviceRecord({
        id: d.id,
        host: '192.0.2.1',
        port: 8000 + devices.indexOf(d),
        secretSealed: secrets.seal('x'),
        model: 'bench',
        capabilities: d.caps,
        createdAt: at,
        updatedAt: at,
      }),
    )
  // holdings as an apply leaves them: what each terminal can hold, exact, stale or missing
  const nos = Array.from({ length: persons }, (_, n) => noOf(n))
  const desired = desiredPersons(
    store.snapshot.persons(nos),
    store.snapshot.credentials(),
    (sealed) => secrets.open(sealed),
  )
  for (const [n, no] of nos.entries()) {
    const want = desired.get(no)!
    for (const d of devices) {
      const roll = (n * 7 + devices.indexOf(d) * 13) % 100
      if (roll >= 90) {
        if (roll >= 98)
          store.applyState.putFailure({
            employeeNo: no,
            deviceId: d.id,
            jobId: 'bench',
            errorCode: 'CAPACITY_FULL',
            reason: 'The terminal is full.',
            updatedAt: at,
          })
        continue
      }
      store.holdings.put(
        d.id,
        {
          ...want,
          personHash: roll >= 70 ? 'stale' : want.personHash,
          cards: d.caps.card ? want.cards : [],
          faceHash: d.caps.face ? want.faceHash : null,
          fingerprints: d.caps.fingerprint ? want.fingerprints : [],
          irises: d.caps.iris ? want.irises : [],
        },
        at,
      )
    }
  }
})

/** CPU ms of this process since `from` (less swayed than wall time by other work on the machine). */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from)
  return Math.round((u.user + u.system) / 1000)
}
let t0 = performance.now()
let c0 = process.cpuUsage()
const service = applyStateService(ctx) // computes every unknown state (all of them)
const firstMs = performance.now() - t0
const firstCpuMs = cpuMs(c0)
const counts = service.counts()
t0 = performance.now()
c0 = process.cpuUsage()
const changedAgain = service.recomputeAll()
const againMs = performance.now() - t0
const againCpuMs = cpuMs(c0)

const samples: number[] = []
const queries = ['', '00', '0123', 'Person 12', '3000001', 'zzz', 'son 9']
const states: PersonApplyState[] = ['applied', 'pending', 'failed', 'none']
for (let round = 0; round < 20; round++)
  for (const query of queries)
    for (const applyState of states) {
      const s = performance.now()
      store.search.search(query, 0, 100, { applyState })
      samples.push(performance.now() - s)
    }
samples.sort((a, b) => a - b)
const pct = (p: number) =>
  Number(samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!.toFixed(2))
t0 = performance.now()
for (let n = 0; n < 20; n++) service.counts()
const countsMs = (performance.now() - t0) / 20

process.stdout.write(
  JSON.stringify({
    bench: 'apply-state',
    persons,
    terminals: devices.length,
    counts,
    recomputeAllFirstMs: Math.round(firstMs),
    recomputeAllFirstCpuMs: firstCpuMs,
    recomputeAllUnchangedMs: Math.round(againMs),
    recomputeAllUnchangedCpuMs: againCpuMs,
    changedAgain,
    countsMs: Number(countsMs.toFixed(2)),
    filteredSearch: { samples: samples.length, p50Ms: pct(50), p95Ms: pct(95), maxMs: pct(100) },
    targets: { recomputeAllMs: 5000, searchP95Ms: 10 },
  }) + '\n',
)
service.close()
store.close()
rmSync(dataDir, { recursive: true, force: true })
