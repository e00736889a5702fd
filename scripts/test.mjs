#!/usr/bin/env node
// `npm test`: vitest with the static checks beside it, the guide-coverage check, then the
// end-to-end suite.
//   node scripts/test.mjs [--serial] [--skip-e2e]
// Vitest records the protocol traffic of the client and the simulator (GUIDE_COVERAGE_FILE: one
// JSON line per request, appended by every worker and child process); after a green run the
// recording is compared with docs/guide-coverage.json (`coverage:guide --check`): a row that
// lost a column fails `npm test`, the row and the column named. Nothing is written.
// The static checks (scripts/checks.mjs, one at a time) run beside vitest, which leaves about a
// quarter of 2 cores idle; the end-to-end tests, which keep both cores busy, run alone after
// them. The checks' output is held and printed whole, under its own heading, when vitest ends,
// so nothing interleaves. Any failed step before the end-to-end tests skips them (so does
// --skip-e2e); --serial runs the checks first, alone.
// At the end, one JSON line per step: its result and seconds. Exit 1 when any step failed.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    serial: { type: 'boolean', default: false },
    'skip-e2e': { type: 'boolean', default: false },
  },
})

/** Runs a command; its output is shown live, or (`hold`) kept and returned. */
function run(command, { hold = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', hold ? 'pipe' : 'inherit', hold ? 'pipe' : 'inherit'],
      env: { ...process.env, ...env },
    })
    const output = []
    child.stdout?.on('data', (c) => output.push(c))
    child.stderr?.on('data', (c) => output.push(c))
    child.on('close', (code) =>
      resolve({
        ok: code === 0,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        output: Buffer.concat(output).toString().trimEnd(),
      }),
    )
  })
}

const steps = []
const record = (name, result) => {
  steps.push({ step: name, ok: result.ok, seconds: result.seconds })
  return result.ok
}
const allOk = () => steps.every((s) => s.ok)
const CHECKS = 'node scripts/checks.mjs'

const dir = mkdtempSync(join(tmpdir(), 'es-test-'))
const recording = join(dir, 'guide-traffic.jsonl')
writeFileSync(recording, '')
try {
  if (values.serial) record('checks', await run(CHECKS))
  // one check at a time beside vitest, which leaves about a quarter of 2 cores idle (its files
  // wait on loopback servers); the end-to-end tests keep both cores busy, so nothing runs
  // beside them
  const checks = values.serial ? null : run(`${CHECKS} --jobs 1`, { hold: true })
  if (allOk()) {
    const vitest = await run('npx --no-install vitest run', {
      env: { GUIDE_COVERAGE_FILE: recording, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    })
    // compared only after a whole, green run: a failed run did not send everything
    if (record('vitest', vitest)) {
      const check = `npx --no-install tsx scripts/guide-coverage/main.ts --check --recorded "${recording}"`
      record('guide coverage', await run(check))
    }
  }
  if (checks) {
    const held = await checks
    console.log(`\n── static checks (ran beside vitest) ──\n${held.output}`)
    record('checks', held)
  }
  if (values['skip-e2e'] || !allOk()) {
    console.log(
      `\nnpm test: end-to-end suite ${values['skip-e2e'] ? 'skipped (--skip-e2e)' : 'not run (a step before it failed)'}`,
    )
  } else if (record('e2e build', await run('npx --no-install electron-vite build'))) {
    const e2e = 'npx --no-install tsx scripts/e2e-browser.ts && npx --no-install playwright test'
    record('e2e', await run(e2e))
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
for (const s of steps) console.log(JSON.stringify(s))
process.exitCode = allOk() && steps.some((s) => s.step === 'vitest') ? 0 : 1
