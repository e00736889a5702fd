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
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-state-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args)
const listed = async (state: string) =>
  (
    (await cli('persons', 'list', '--apply-state', state)).json as {
      items: { employeeNo: string }[]
    }
  ).items.map((p) => p.employeeNo)

describe('cli persons list --apply-state', () => {
  it('lists persons by apply state, before and after an apply', async () => {
    expect((await cli(...addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
    const csv = join(dataDir, 'people.csv')
    writeFileSync(csv, 'employeeNo,name,cards\n601,Ann,0060101\n602,Bo,\n')
    expect((await cli('persons', 'import', csv)).code).toBe(0)
    expect(await listed('pending')).toEqual(['601', '602'])
    expect((await cli('apply', '--wait')).code).toBe(0)
    expect(await listed('applied')).toEqual(['601', '602'])
    expect(await listed('pending')).toEqual([])
    const wrong = await cli('persons', 'list', '--apply-state', 'done')
    expect(wrong.code).toBe(2)
  }, 60_000)
})
