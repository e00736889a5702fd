// npm run coverage:guide [-- --json] [--recorded FILE] [--tests PATH...] [--check]
// Runs the integration tests with the traffic recorders on (GUIDE_COVERAGE_FILE), then writes
// docs/guide-coverage.md (the table) and docs/guide-coverage.json (the baseline: each row's
// columns). Exit 1 when a row that had a column lost it against the committed baseline.
// --json prints the counts. --recorded reuses a recording; --tests runs only those test files
// (a partial run: nothing is written or compared). --check (with --recorded: what `npm test`
// runs after its own vitest run recorded the traffic) compares and writes nothing: exit 1 with
// one line per row that lost a column.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { guideItems } from './items'
import { counts, coverageRows, type RecordedLine } from './coverage'
import { lostColumns, readBaseline, toBaseline } from './baseline'
import { renderMarkdown } from './render'
import { lostColumnsReport, readRecordingFile } from './check'

const ROOT = join(import.meta.dirname, '../..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean' },
    recorded: { type: 'string' },
    tests: { type: 'boolean' },
    check: { type: 'boolean' },
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
if (values.check) {
  if (!values.recorded || partial) {
    process.stderr.write('usage: coverage:guide --check --recorded FILE (a whole run recorded)\n')
    process.exit(2)
  }
  const { lines, unreadable } = readRecordingFile(values.recorded)
  const lost = lostColumnsReport(
    readBaseline(join(ROOT, 'docs/guide-coverage.json')),
    coverageRows(guideItems(), lines),
  )
  if (unreadable) process.stderr.write(`guide coverage: ${unreadable} unreadable line(s) skipped\n`)
  if (lost.length) {
    process.stderr.write(
      `guide coverage: ${lost.length} row(s) of docs/guide-coverage.json lost a column in this run:\n` +
        lost.map((l) => `  ${l}\n`).join('') +
        'A test that sent the request, a client function, a simulator route, a station method or\n' +
        'the UI/CLI reach is gone. Bring it back, or (when it was dropped on purpose) regenerate\n' +
        'the baseline with `npm run coverage:guide` and say why in the commit.\n',
    )
    process.exit(1)
  }
  process.stdout.write(`guide coverage: ${lines.length} requests recorded, no row lost a column\n`)
  process.exit(0)
}
const file = values.recorded ?? record(partial ? positionals : [])
const recorded: RecordedLine[] = existsSync(file) ? readRecordingFile(file).lines : []
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
