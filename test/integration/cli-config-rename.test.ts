// `config set <device> DeviceInfo deviceName=…` renames the terminal; the station's own name
// follows when the two names were the same, and the CLI says which happened.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['card-door'] })
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-rename-'))
  expect((await runCli(dataDir, addTerminalArgs(fleet.devices[0]!, 'Gate'))).code).toBe(0)
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args, 30_000)

it('names the terminal like the station, then renames both at once', async () => {
  const first = await cli('config', 'set', 'Gate', 'DeviceInfo', 'deviceName=Gate')
  expect(first.code).toBe(0)
  expect(first.json).not.toHaveProperty('stationRename')
  const r = await cli('config', 'set', 'Gate', 'DeviceInfo', 'deviceName=West gate')
  expect(r).toMatchObject({
    code: 0,
    json: { stationRename: { from: 'Gate', to: 'West gate', done: true } },
  })
  const list = await cli('devices', 'list')
  expect(list.json).toEqual([expect.objectContaining({ name: 'West gate' })])
})
