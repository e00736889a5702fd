import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { runCli as runCliInProcess } from '../../src/main/cli/run'
import { silentLogger } from '../../src/main/platform/logger'
import { addTerminalArgs, runCli, runCliProcess } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args)

describe('cli', () => {
  it('adds a terminal (one failed login on a wrong password, exit 1), persons, applies with --wait', async () => {
    const d = fleet.devices[0]!
    const wrong = await cli(...addTerminalArgs(d, 'Lobby', 'nope'))
    expect(wrong.code).toBe(1)
    expect(wrong.json).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    const failures = Object.values((await fleet.control.failedLogins(0)).addresses).reduce(
      (n, a) => n + a.failures,
      0,
    )
    expect(failures).toBe(1)

    expect(await cli(...addTerminalArgs(d, 'Lobby'))).toMatchObject({
      code: 0,
      json: { name: 'Lobby', model: d.model },
    })
    const csv = join(dataDir, 'people.csv')
    writeFileSync(csv, 'employeeNo,name,cards\n501,Ann,0050101\n502,Bo,0050102\n')
    expect(await cli('persons', 'import', csv)).toMatchObject({
      code: 0,
      json: { rows: 2, created: 2, cards: 2 },
    })
    const applied = await cli('apply', '--wait')
    expect(applied).toMatchObject({ code: 0, json: { job: { state: 'done' }, failures: [] } })
    expect((await fleet.control.state(0)).cards.map((c) => c.cardNo).sort()).toEqual([
      '0050101',
      '0050102',
    ])
  }, 60_000)

  it('stops waiting with exit code 1 when a full terminal waits for the operator, saying why', async () => {
    await fleet.control.fault(0, { memoryFull: true })
    try {
      expect((await cli('persons', 'add', '--no', '503', '--name', 'Cy')).code).toBe(0)
      const applied = await cli('apply', '--wait')
      expect(applied.code).toBe(1)
      expect(applied.json).toMatchObject({
        job: {
          devices: [
            {
              pausedUntil: 'operator',
              pausedReason: expect.stringMatching(/^Lobby is full: 2 of [\d,]+ persons\./),
            },
          ],
        },
        failures: [],
      })
    } finally {
      await fleet.control.clearFaults(0)
    }
  }, 60_000)

  it('removes the demo site in one action: demo start, then demo remove', async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'es-cli-demo-'))
    let started: () => void = () => {}
    const running = new Promise<void>((resolve) => (started = resolve))
    const out: string[] = []
    // `demo start` runs until interrupted: here, once it has said what it started
    const code = await runCliInProcess(['--data-dir', demoDir, '--json', 'demo', 'start'], {
      out: (line) => {
        out.push(line)
        started()
      },
      err: () => {},
      interrupted: () => running,
      station: { logger: silentLogger },
    })
    expect(code).toBe(0)
    expect(JSON.parse(out[0]!)).toMatchObject({
      persons: 6,
      devices: [{ site: 'Demo site' }, {}, {}],
    })

    expect(await runCli(demoDir, ['demo', 'remove'])).toMatchObject({
      code: 0,
      json: { devices: 3, persons: 6 },
    })
    expect(await runCli(demoDir, ['devices', 'list'])).toMatchObject({ code: 0, json: [] })
    expect(await runCli(demoDir, ['demo', 'remove'])).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'NOT_FOUND' } },
    })
  }, 60_000)
})

// The real entry point, as its own process (everything above runs the CLI in-process).
describe('cli entry point (src/main/cli.ts)', () => {
  it('says how to use it with exit code 2 on a wrong command', async () => {
    const r = await runCliProcess(dataDir, ['frobnicate'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('usage: npm run cli')
  })

  it('answers a command with JSON on stdout and exit code 0', async () => {
    const r = await runCliProcess(dataDir, ['info'])
    expect(r).toMatchObject({ code: 0, json: { bridge: 'cli', dataDir } })
  })
})
