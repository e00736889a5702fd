// Station start as every end-to-end test pays it: `node out/main/web.js` on a fresh data folder
// until it prints its URL (modules loaded, store migrated, server listening), then stopped.
// Needs a build (`npx electron-vite build`). Prints JSON: median and slowest of the runs, and
// the load average the machine had (the figure means little without it).
//   npx tsx bench/station-start.ts [--runs 7]
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'

const i = process.argv.indexOf('--runs')
const runs = (i > 0 ? Number(process.argv[i + 1]) : 7) || 7

async function startOnce(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-start-'))
  const started = performance.now()
  const child = spawn(
    process.execPath,
    ['out/main/web.js', '--port', '0', '--json', '--manual-apply', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const first = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next()
  const ms = performance.now() - started
  child.kill('SIGTERM')
  await exited
  rmSync(dataDir, { recursive: true, force: true })
  if (first.done)
    throw new Error('browser mode exited before printing its URL (built? npx electron-vite build)')
  return ms
}

const loadBefore = loadavg()[0]!
const times: number[] = []
for (let r = 0; r < runs; r++) times.push(await startOnce())
times.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    bench: 'station-start',
    runs,
    medianMs: Math.round(times[Math.floor(runs / 2)]!),
    slowestMs: Math.round(times[runs - 1]!),
    loadAverage: {
      before: Math.round(loadBefore * 10) / 10,
      after: Math.round(loadavg()[0]! * 10) / 10,
    },
  }),
)
