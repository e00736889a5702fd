import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PendingChanges } from '../../src/shared/contract/continuous'
import type { Assignment } from '../../src/shared/model'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: 'face-fp' })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-pending-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args)

describe('cli apply pending / apply rules', () => {
  it('lists what waits, and a rule change that takes access away needs --yes', async () => {
    expect((await cli(...addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
    expect((await cli(...addTerminalArgs(fleet.devices[1]!, 'Dock'))).code).toBe(0)
    const csv = join(dataDir, 'people.csv')
    writeFileSync(csv, 'employeeNo,name,group\n701,Ann,Front\n702,Bo,Back\n')
    expect((await cli('persons', 'import', csv)).code).toBe(0)

    const before = (await cli('apply', 'pending')).json as PendingChanges
    expect(before).toMatchObject({ total: 4, terminals: 2 })
    expect(before.items.map((i) => [i.change, i.employeeNo, i.name])).toContainEqual([
      'add',
      '701',
      'Ann',
    ])
    expect((await cli('apply', '--wait')).code).toBe(0)
    expect(((await cli('apply', 'pending')).json as PendingChanges).total).toBe(0)

    // the first rule keeps everyone (an explicit rule appears); removing that needs --yes
    expect((await cli('apply', 'rules', 'add', 'group:Front', 'all')).code).toBe(0)
    const rules = (await cli('apply', 'rules', 'list')).json as Assignment[]
    expect(rules.map((r) => r.personScope)).toEqual(['all', 'group:Front'])
    const refused = await cli('apply', 'rules', 'remove', String(rules[0]!.id))
    expect(refused.code).toBe(1)
    expect(refused.json).toMatchObject({
      error: { code: 'CONFIRMATION_NEEDED', details: { removals: 2, persons: 1, terminals: 2 } },
    })
    expect(((await cli('apply', 'rules', 'list')).json as Assignment[]).length).toBe(2)
    expect((await cli('apply', 'rules', 'remove', String(rules[0]!.id), '--yes')).code).toBe(0)

    const removals = (await cli('apply', 'pending')).json as PendingChanges
    expect(removals.items.map((i) => [i.change, i.employeeNo])).toEqual([
      ['remove', '702'],
      ['remove', '702'],
    ])
    expect((await cli('apply', '--wait')).code).toBe(0)
    expect((await fleet.control.state(0)).persons.map((p) => p.employeeNo)).toEqual(['701'])
  }, 60_000)
})
