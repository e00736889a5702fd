// Issue 18.4: two station processes on one data folder (the README's running station + CLI
// workflow, here CLI scripts side by side): persons added from both, then both apply to the one
// terminal at the same moment. A per-terminal lease across processes lets one send while the
// other waits: nothing lost, nothing refused as "database is locked", no record sent twice (the
// terminal counts its own writes), and no "changed outside the station?" warning. Five rounds.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCliProcess, type CliRun } from '../helpers/cli'
import { personAndCardWrites } from '../helpers/terminal-writes'

// Real processes, as the workflow has them (runCli runs in this process).
// the machine may be loaded (2 cores shared): a call's own limit is generous, the test's too
type Run = CliRun & { label: string }
const runCli = async (dataDir: string, args: string[]): Promise<Run> => ({
  ...(await runCliProcess(dataDir, args, 240_000)),
  label: args.slice(0, 2).join(' '),
})

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

/** The folder's apply jobs in the order they were written, with their steps' states and times. */
function journalJobs(dataDir: string): string[] {
  const db = new Database(join(dataDir, 'roster.sqlite'), { readonly: true })
  try {
    return db
      .prepare<[], Record<string, unknown>>(
        `SELECT j.created_at, j.state, j.finished_at,
           (SELECT group_concat(n, ' ') FROM (SELECT s.state || ':' || count(*) || ' ' ||
              min(s.updated_at) || '..' || max(s.updated_at) AS n FROM apply_steps s
              WHERE s.job_id = j.id GROUP BY s.state)) AS steps
         FROM apply_jobs j ORDER BY j.rowid`,
      )
      .all()
      .map((r) => Object.values(r).join(' '))
  } finally {
    db.close()
  }
}

const ROUNDS = 5
const IMPORTED = 40

const writes = () => personAndCardWrites(fleet)

const add = (dataDir: string, no: number): Promise<Run> =>
  runCli(dataDir, [
    'persons',
    'add',
    '--no',
    String(no),
    '--name',
    `P${no}`,
    '--card',
    String(50_000 + no),
  ])

it('two processes applying to one terminal at the same moment, 5 rounds: the roster exactly, no record sent twice, no lock error', async () => {
  const d = fleet.devices[0]!
  for (let round = 0; round < ROUNDS; round++) {
    await fleet.control.reset(0)
    const dataDir = mkdtempSync(join(tmpdir(), 'es-two-'))
    const runs: Run[] = []
    runs.push(await runCli(dataDir, addTerminalArgs(d, 'Gate')))
    const csv = join(dataDir, 'people.csv')
    const rows = ['employeeNo,name,cards']
    for (let i = 1; i <= IMPORTED; i++) rows.push(`${1000 + i},Imported ${i},${70_000 + i}`)
    writeFileSync(csv, rows.join('\n'))
    runs.push(await runCli(dataDir, ['persons', 'import', csv]))
    // both processes add persons side by side
    runs.push(...(await Promise.all([add(dataDir, 100), add(dataDir, 200)])))
    runs.push(...(await Promise.all([add(dataDir, 101), add(dataDir, 201)])))
    const before = await writes()
    // ... and both apply to the terminal at the same moment
    const [a, b] = await Promise.all([
      runCli(dataDir, ['apply', '--wait']),
      runCli(dataDir, ['apply', '--wait']),
    ])
    runs.push(a!, b!)
    const log = runs.map((r) => `--- ${r.label} (${r.code})\n${r.stderr}`).join('\n')
    for (const r of runs) {
      expect(r.code, `round ${round}, ${r.label}:\n${log}`).toBe(0)
      expect(r.stderr, `round ${round}:\n${log}`).not.toMatch(
        / error \[|locked|SQLITE_|INTERNAL|outside the station|another tool/,
      )
    }
    const wanted = [
      ...Array.from({ length: IMPORTED }, (_, i) => String(1001 + i)),
      '100',
      '101',
      '200',
      '201',
    ].sort()
    // an independent read of the terminal: exactly the roster
    const state = await fleet.control.state(0)
    expect(state.persons.map((p) => p.employeeNo).sort()).toEqual(wanted)
    expect(state.cards.length).toBe(wanted.length)
    // every person and card was written once: neither process sent what the other had sent
    const after = await writes()
    const sent = { persons: after.persons - before.persons, cards: after.cards - before.cards }
    // when it fails, what each apply did and the jobs the folder's journal holds show why
    const why =
      sent.persons === wanted.length && sent.cards === wanted.length
        ? ''
        : [
            `data folder ${dataDir}`,
            ...[a, b].map((r, i) => `--- apply ${i} (${r!.code})\n${r!.stdout}${r!.stderr}`),
            '--- jobs (created, state, finished; steps by state, first and last update)',
            ...journalJobs(dataDir),
          ].join('\n')
    expect(sent, `round ${round}: ${why}`).toEqual({
      persons: wanted.length,
      cards: wanted.length,
    })
  }
}, 1_500_000)
