// Roster at 100,000 persons: CSV import time (with every imported person's apply state), then
// search latency (p50/p95/max) over a mix of prefix and contains queries by employeeNo, name
// and card number, alone and filtered by apply state. Prints JSON.
//   npx tsx bench/roster.ts [--persons 100000]
import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { testStation } from '../test/helpers/station'

const persons = Number(process.argv[process.argv.indexOf('--persons') + 1] || 100_000) || 100_000
const FIRST = [
  'Ann',
  'Bo',
  'Chen',
  'Dana',
  'Eli',
  'Fatima',
  'Goran',
  'Hana',
  'Ivan',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
  'Noor',
  'Olga',
  'Priya',
]
const LAST = [
  'Lee',
  'Novak',
  'Wei',
  'Okafor',
  'Silva',
  'Kim',
  'Haddad',
  'Berg',
  'Rossi',
  'Tanaka',
  'Moreau',
  'Singh',
  'Costa',
  'Ivanova',
]

const { station, dataDir } = testStation({ onDisk: true })

const lines = ['employeeNo,name,group,cards']
for (let i = 0; i < persons; i++) {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 5) % LAST.length]} ${i}`
  lines.push(
    `${String(i + 1).padStart(6, '0')},${name},Dept ${i % 40},${String(3_000_000_000 + i * 13)}`,
  )
}
const csv = lines.join('\n')

/** Peak heap and RSS through the import, sampled every 50 ms (target ≤ 300 MB). */
const peak = { heapMb: 0, rssMb: 0 }
const sample = () => {
  const m = process.memoryUsage()
  peak.heapMb = Math.max(peak.heapMb, Math.round(m.heapUsed / 2 ** 20))
  peak.rssMb = Math.max(peak.rssMb, Math.round(m.rss / 2 ** 20))
}
const sampler = setInterval(sample, 50)
const t0 = performance.now()
const imported = await station.call('persons.import', { csv })
const importMs = performance.now() - t0
sample()
clearInterval(sampler)
if (!imported.ok) throw new Error(imported.error.message)

const queries = [
  '00',
  '0123',
  '04567',
  'ann',
  'Okafor',
  'ha',
  'na 12',
  '3000001',
  '99999',
  'zzz',
  'lee 9',
  '1',
]
const samples: number[] = []
for (let round = 0; round < 40; round++) {
  for (const query of queries) {
    const s = performance.now()
    const r = await station.call('persons.search', { query, limit: 100 })
    samples.push(performance.now() - s)
    if (!r.ok) throw new Error(r.error.message)
  }
}
// the same queries filtered by apply state: 'none' keeps every match (no terminals here),
// 'pending' none of them, so both ends of the filter's selectivity are measured
const filtered: number[] = []
for (let round = 0; round < 20; round++) {
  for (const query of ['', ...queries]) {
    for (const applyState of ['none', 'pending'] as const) {
      const s = performance.now()
      const r = await station.call('persons.search', { query, limit: 100, applyState })
      filtered.push(performance.now() - s)
      if (!r.ok) throw new Error(r.error.message)
    }
  }
}
const percentiles = (all: number[]) => {
  all.sort((a, b) => a - b)
  const pct = (p: number) =>
    Number(all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))]!.toFixed(2))
  return { samples: all.length, p50Ms: pct(50), p95Ms: pct(95), maxMs: pct(100) }
}

process.stdout.write(
  JSON.stringify({
    bench: 'roster',
    persons,
    importMs: Math.round(importMs),
    importRowsPerSecond: Math.round(persons / (importMs / 1000)),
    importPeakHeapMb: peak.heapMb,
    importPeakRssMb: peak.rssMb,
    search: percentiles(samples),
    searchByApplyState: percentiles(filtered),
    targets: { importMs: 5000, importPeakMb: 300, searchP95Ms: 10 },
  }) + '\n',
)
await station.close()
rmSync(dataDir, { recursive: true, force: true })
