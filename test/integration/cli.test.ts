import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args, 30_000)

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

  it('says how to use it with exit code 2 on a wrong command', async () => {
    const r = await cli('frobnicate')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('usage: npm run cli')
  })
})
