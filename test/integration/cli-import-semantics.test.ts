// Finding 5 of issue 16: an import row is the person's truth for the columns it fills — a
// replaced card is removed (from every terminal, after apply), an empty cell changes nothing —
// with a dry run first; `persons add` on an existing person changes only what its flags name;
// STATION_DATA_DIR picks the roster the CLI works on.
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import type { ImportPreview, PersonDetail } from '../../src/shared/model'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: 'card-door' })
})
afterAll(async () => fleet.close())

const cardsOn = async (i: number) =>
  (await fleet.control.state(i, { events: 0 })).cards.map((c) => c.cardNo).sort()

it('a re-import with a replaced card removes the old card everywhere; empty cells change nothing', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-cli-import-'))
  const cli = (...args: string[]) => runCli(dataDir, args, 60_000)
  const file = (name: string, text: string) => {
    const path = join(dataDir, name)
    writeFileSync(path, text)
    return path
  }
  expect((await cli(...addTerminalArgs(fleet.devices[0]!, 'Reception'))).code).toBe(0)
  expect((await cli(...addTerminalArgs(fleet.devices[1]!, 'Back door'))).code).toBe(0)
  const first = file('first.csv', 'employeeNo,name,doorRights,cards\n1,Ann,1;2,111\n2,Bo,1,222\n')
  expect((await cli('persons', 'import', first)).code).toBe(0)
  expect((await cli('apply', '--wait')).code).toBe(0)
  expect(await cardsOn(0)).toEqual(['111', '222'])
  expect(await cardsOn(1)).toEqual(['111', '222'])

  // Ann lost card 111; the file lists its replacement. Bo's row fills no cards and no doors.
  const second = file('second.csv', 'employeeNo,name,doorRights,cards\n1,Ann,,999\n2,Bob,,\n')
  const dry = await cli('persons', 'import', second, '--dry-run')
  expect(dry.code).toBe(0)
  expect(dry.json as ImportPreview).toEqual({
    rows: 2,
    adds: [],
    changes: [
      { employeeNo: '1', name: 'Ann', fields: [], cardsAdded: ['999'], cardsRemoved: ['111'] },
      { employeeNo: '2', name: 'Bob', fields: ['name'], cardsAdded: [], cardsRemoved: [] },
    ],
    unchanged: 0,
  })
  const untouched = (await cli('persons', 'show', '1')).json as PersonDetail
  expect(untouched.cards.map((c) => c.cardNo)).toEqual(['111']) // the dry run wrote nothing

  expect(await cli('persons', 'import', second)).toMatchObject({
    code: 0,
    json: { rows: 2, updated: 2, cards: 1, cardsRemoved: 1 },
  })
  const ann = (await cli('persons', 'show', '1')).json as PersonDetail
  expect(ann.cards.map((c) => c.cardNo)).toEqual(['999'])
  expect(ann.doorRights).toEqual([1, 2])
  const bob = (await cli('persons', 'show', '2')).json as PersonDetail
  expect(bob).toMatchObject({ name: 'Bob', doorRights: [1] })
  expect(bob.cards.map((c) => c.cardNo)).toEqual(['222'])

  expect((await cli('apply', '--wait')).code).toBe(0)
  expect(await cardsOn(0)).toEqual(['222', '999'])
  expect(await cardsOn(1)).toEqual(['222', '999'])

  // persons add on an existing person: only the group changes
  expect((await cli('persons', 'add', '--no', '1', '--group', 'Staff')).code).toBe(0)
  expect((await cli('persons', 'show', '1')).json).toMatchObject({
    name: 'Ann',
    groupName: 'Staff',
    doorRights: [1, 2],
  })

  // STATION_DATA_DIR is the roster when --data-dir is not given
  const listed = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli.ts', '--json', 'persons', 'list'],
      { encoding: 'utf8', env: { ...process.env, STATION_DATA_DIR: dataDir } },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  )
  expect(JSON.parse(listed.trim().split('\n').at(-1)!)).toMatchObject({ total: 2 })
}, 120_000)
