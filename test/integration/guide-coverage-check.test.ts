// `coverage:guide --check`, as `npm test` runs it after its vitest run: against the committed
// baseline, a recording in which no test sent activation (4.2) fails with that row and its
// lost columns named, and writes nothing (the table and the baseline stay as committed).
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')

function check(recording: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/guide-coverage/main.ts', '--check', '--recorded', recording],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GUIDE_COVERAGE_FILE: '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    )
  })
}

it('fails a run whose recording lost a row, naming the row and its columns, and writes nothing', async () => {
  const committed = ['docs/guide-coverage.json', 'docs/guide-coverage.md'].map((f) =>
    readFileSync(join(ROOT, f), 'utf8'),
  )
  const recording = join(mkdtempSync(join(tmpdir(), 'es-guide-check-')), 'traffic.jsonl')
  // the simulator's side of activation only: the client never sent it in this "run"
  writeFileSync(
    recording,
    JSON.stringify({ side: 'simulator', method: 'PUT', url: '/ISAPI/System/activate' }) + '\n',
  )
  const run = await check(recording)
  expect(run.code).toBe(1)
  expect(run.stderr).toMatch(/row\(s\) of docs\/guide-coverage\.json lost a column/)
  expect(run.stderr).toMatch(
    / {2}row 4\.2 \(PUT \/ISAPI\/System\/activate\) lost columns?: .*tested/,
  )
  const after = ['docs/guide-coverage.json', 'docs/guide-coverage.md'].map((f) =>
    readFileSync(join(ROOT, f), 'utf8'),
  )
  expect(after).toEqual(committed)
})
