// Issue 18.4: two station processes on one data folder (the README's running station + CLI
// workflow, here two CLI scripts side by side): persons add and apply from both, nothing
// lost, no call refused as "database is locked", no step done twice.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCliProcess, type CliRun } from '../helpers/cli'

// Real processes, as the workflow has them (runCli runs in this process).
const runCli = runCliProcess

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

async function script(dataDir: string, from: number, apply = true): Promise<CliRun[]> {
  const runs: CliRun[] = []
  for (let i = from; i < from + 4; i++)
    runs.push(
      await runCli(dataDir, [
        'persons',
        'add',
        '--no',
        String(i),
        '--name',
        `P${i}`,
        '--card',
        String(50_000 + i),
      ]),
    )
  if (apply) runs.push(await runCli(dataDir, ['apply', '--wait'], 120_000))
  return runs
}

it('two processes adding persons and applying on one folder: nothing lost, nothing refused, no step twice', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-two-'))
  const d = fleet.devices[0]!
  expect((await runCli(dataDir, addTerminalArgs(d, 'Gate'))).code).toBe(0)
  // one process applies while the other adds persons; the second applies once the first is
  // done (two applies to one terminal at the very same moment need a cross-process lease that
  // the station does not have yet: both could send a step)
  const [a, b] = await Promise.all([script(dataDir, 100), script(dataDir, 200, false)])
  b!.push(await runCli(dataDir, ['apply', '--wait'], 120_000))
  // nothing refused: every call succeeds and says no error (a process may warn that the
  // terminal holds what the other process has just sent: it reads the terminal back then)
  for (const r of [...a!, ...b!]) {
    expect(r.code).toBe(0)
    expect(r.stderr).not.toMatch(/ error \[|locked|SQLITE_|INTERNAL/)
  }
  const final = await runCli(dataDir, ['apply', '--wait'], 120_000)
  expect(final.code).toBe(0)
  const held = (await fleet.control.state(0)).persons.map((p) => p.employeeNo).sort()
  expect(held).toEqual([100, 101, 102, 103, 200, 201, 202, 203].map(String))
  const db = new Database(join(dataDir, 'roster.sqlite'), { readonly: true })
  const twice = db
    .prepare(
      `SELECT employee_no, kind, target, count(*) AS n FROM apply_steps WHERE state = 'done'
       GROUP BY device_id, employee_no, kind, target HAVING n > 1`,
    )
    .all()
  db.close()
  expect(twice).toEqual([])
}, 180_000)
