#!/usr/bin/env node
// The static checks of `npm test` (the same as `npm run lint` and `npm run typecheck`), run
// side by side: tsc and eslint are single-threaded, so two at a time use both cores of a
// 2-core machine. Each check's output is printed when it ends, whole, under its name; one JSON
// line per check gives its time and result. Exit 1 when any check failed.
//   node scripts/checks.mjs [--jobs N]
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'

// Longest first, so the last one to start is a short one.
const CHECKS = [
  ['eslint', 'eslint --max-warnings 0 .'],
  ['tsc node', 'tsc -p tsconfig.node.json --noEmit'],
  ['tsc web', 'tsc -p tsconfig.web.json --noEmit'],
  ['knip', 'knip'],
  ['tsc e2e', 'tsc -p tsconfig.e2e.json --noEmit'],
  ['prettier', 'prettier --check .'],
]

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: String(Math.max(2, availableParallelism())) } },
})
const jobs = Number(values.jobs)
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('usage: node scripts/checks.mjs [--jobs N>=1]')
  process.exit(2)
}

function run([name, command]) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(`npx --no-install ${command}`, { shell: true })
    const output = []
    child.stdout.on('data', (c) => output.push(c))
    child.stderr.on('data', (c) => output.push(c))
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString().trimEnd()
      if (code !== 0 && text) console.log(`── ${name} ──\n${text}`)
      const seconds = Math.round((Date.now() - started) / 100) / 10
      console.log(JSON.stringify({ check: name, ok: code === 0, seconds }))
      resolve(code === 0)
    })
  })
}

const started = Date.now()
const queue = [...CHECKS]
const results = []
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await run(next))
  }),
)
const failed = results.filter((ok) => !ok).length
console.log(
  JSON.stringify({ checks: results.length, failed, seconds: (Date.now() - started) / 1000 }),
)
process.exitCode = failed === 0 ? 0 : 1
