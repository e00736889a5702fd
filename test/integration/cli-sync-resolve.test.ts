// `sync resolve` from a later process than the pull (issue 16, finding 2): the pulled snapshot
// is kept in the store, so the CLI can act on it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { connect } from '../../src/main/isapi'
import { startFleet, type Fleet } from '../../src/simulator'
import type { SyncDiff } from '../../src/shared/model'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

it('pulls in one process, overwrites and removes in later ones', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-cli-sync-'))
  const cli = (...args: string[]) => runCli(dataDir, args, 30_000)
  const d = fleet.devices[0]!
  expect((await cli(...addTerminalArgs(d, 'Reception'))).code).toBe(0)
  const csv = join(dataDir, 'people.csv')
  writeFileSync(csv, 'employeeNo,name,cards\n1,Ann,111\n2,Bo,222\n3,Cy,333\n')
  expect((await cli('persons', 'import', csv)).code).toBe(0)
  const other = connect({ ...d, protocol: 'http', name: 'other tool' })
  try {
    await other.persons.upsert({ employeeNo: '9001', name: 'Stranger' })
  } finally {
    await other.close()
  }

  const pulled = await cli('sync', 'pull', '--device', 'Reception')
  expect(pulled.code).toBe(0)
  const diff = pulled.json as SyncDiff
  expect(diff.onlyOnDevice.map((p) => p.employeeNo)).toEqual(['9001'])
  expect(diff.onlyInRoster.map((p) => p.employeeNo)).toEqual(['1', '2', '3'])

  const overwrite = await cli('sync', 'resolve', diff.syncId, 'overwrite')
  expect(overwrite).toMatchObject({ code: 0, json: { overwritten: 3, failed: [] } })
  const remove = await cli('sync', 'resolve', diff.syncId, 'remove', '9001')
  expect(remove).toMatchObject({ code: 0, json: { removed: 1, failed: [] } })
  const held = await fleet.control.state(0, { events: 0 })
  expect(held.persons.map((p) => p.employeeNo).sort()).toEqual(['1', '2', '3'])
  expect(held.cards.map((c) => c.cardNo).sort()).toEqual(['111', '222', '333'])

  const unknown = await cli('sync', 'resolve', 'no-such-sync', 'remove')
  expect(unknown).toMatchObject({ code: 1, json: { ok: false, error: { code: 'NOT_FOUND' } } })
}, 90_000)
