#!/usr/bin/env node
// The suite under CPU load: runs `npm test` N times in a row while a CPU burner runs beside it,
// and prints one JSON line per run (and one for the burner) so the results can be kept.
//   node scripts/stress-test.mjs [--runs N] [--cpu K] [--burner auto|node] [--command "npm test"]
// The burner is `stress-ng --cpu K` when stress-ng is installed, else K busy Node processes
// of this script's own. Exit code: 0 when every run passed, 1 otherwise.
import { spawn, spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    cpu: { type: 'string', default: '4' },
    command: { type: 'string', default: 'npm test' },
    // 'auto': stress-ng when installed, else Node; 'node': always this script's own burner
    burner: { type: 'string', default: 'auto' },
    // internal: one busy-loop burner process
    burn: { type: 'boolean', default: false },
  },
})

function startBurner(cpus, which) {
  const hasStressNg = spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0
  if (which === 'auto' && hasStressNg) {
    const child = spawn('stress-ng', ['--cpu', String(cpus), '--quiet'], { stdio: 'ignore' })
    return { kind: `stress-ng --cpu ${cpus}`, children: [child] }
  }
  const script = new URL(import.meta.url).pathname
  const children = Array.from({ length: cpus }, () =>
    spawn(process.execPath, [script, '--burn'], { stdio: 'ignore' }),
  )
  return { kind: `node busy loop x${cpus}`, children }
}

function runOnce(command) {
  return new Promise((resolve) => {
    const started = Date.now()
    const loadBefore = loadavg()[0]
    const child = spawn(command, { shell: true, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code, signal) =>
      resolve({
        ok: code === 0,
        exitCode: code,
        ...(signal ? { signal } : {}),
        seconds: Math.round((Date.now() - started) / 100) / 10,
        loadAverage: { before: round(loadBefore), after: round(loadavg()[0]) },
      }),
    )
  })
}

const round = (n) => Math.round(n * 100) / 100

async function main() {
  const runs = Number(values.runs)
  const cpus = Number(values.cpu)
  if (
    !Number.isInteger(runs) ||
    runs < 1 ||
    !Number.isInteger(cpus) ||
    cpus < 0 ||
    !['auto', 'node'].includes(values.burner)
  ) {
    console.error(
      'usage: node scripts/stress-test.mjs [--runs N>=1] [--cpu K>=0] [--burner auto|node] [--command CMD]',
    )
    return 2
  }
  const burner = cpus > 0 ? startBurner(cpus, values.burner) : { kind: 'none', children: [] }
  const stop = () => {
    for (const c of burner.children) if (c.exitCode === null) c.kill('SIGTERM')
  }
  process.once('exit', stop)
  process.once('SIGINT', () => process.exit(130))
  console.log(JSON.stringify({ burner: burner.kind, runs, command: values.command }))
  let failed = 0
  try {
    for (let run = 1; run <= runs; run++) {
      const result = await runOnce(values.command)
      if (!result.ok) failed++
      console.log(JSON.stringify({ run, ...result }))
    }
  } finally {
    stop()
  }
  console.log(JSON.stringify({ passed: runs - failed, failed }))
  return failed === 0 ? 0 : 1
}

if (values.burn) {
  // Busy until killed: a tight loop that yields now and then so SIGTERM is handled.
  const spin = () => {
    const until = Date.now() + 50
    while (Date.now() < until);
    setImmediate(spin)
  }
  spin()
} else {
  process.exitCode = await main()
}
