// npm run coverage:guide [-- --json] [--recorded FILE] [--tests PATH...]
// Runs the integration tests with the traffic recorders on (GUIDE_COVERAGE_FILE), then writes
// docs/guide-coverage.md (the table) and docs/guide-coverage.json (the baseline: each row's
// columns). Exit 1 when a row that had a column lost it against the committed baseline.
// --json prints the counts. --recorded reuses a recording; --tests runs only those test files
// (a partial run: nothing is written or compared).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { guideItems } from './items'
import { counts, coverageRows, type RecordedLine } from './coverage'
import { lostColumns, readBaseline, toBaseline } from './baseline'
import { renderMarkdown } from './render'

const ROOT = join(import.meta.dirname, '../..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean' },
    recorded: { type: 'string' },
    tests: { type: 'boolean' },
  },
})

function record(tests: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'guide-coverage-')), 'traffic.jsonl')
  writeFileSync(file, '')
  const run = spawnSync(
    'npx',
    ['vitest', 'run', ...(tests.length ? tests : ['--project', 'integration'])],
    { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, GUIDE_COVERAGE_FILE: file } },
  )
  if (run.status !== 0)
    process.stderr.write(
      `coverage:guide: some tests failed (exit ${run.status}); counting what ran\n`,
    )
  return file
}

const partial = values.tests === true
const file = values.recorded ?? record(partial ? positionals : [])
const recorded: RecordedLine[] = existsSync(file)
  ? readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as RecordedLine)
  : []
const items = guideItems()
const rows = coverageRows(items, recorded)
const summary = {
  chapter21: counts(rows.filter((r) => r.chapter21)),
  framework: counts(rows.filter((r) => !r.chapter21)),
  recordedRequests: recorded.length,
}

let exit = 0
if (!partial) {
  const baselineFile = join(ROOT, 'docs/guide-coverage.json')
  const lost = lostColumns(readBaseline(baselineFile), rows)
  if (lost.length) {
    process.stderr.write(
      `coverage:guide: ${lost.length} row(s) lost a column (baseline kept):\n` +
        lost.map((l) => `  ${l.section}: ${l.columns.join(', ')}`).join('\n') +
        '\n',
    )
    exit = 1
  } else {
    writeFileSync(
      baselineFile,
      JSON.stringify(toBaseline(rows, coverageRows(items, [])), null, 2) + '\n',
    )
    const table = join(ROOT, 'docs/guide-coverage.md')
    writeFileSync(table, renderMarkdown(rows, summary))
    spawnSync('npx', ['prettier', '--write', '--log-level', 'warn', table, baselineFile], {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
    })
  }
}
if (values.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
else
  process.stdout.write(
    `chapter 21: ${JSON.stringify(summary.chapter21)}\nframework: ${JSON.stringify(summary.framework)}\n`,
  )
process.exit(exit)
