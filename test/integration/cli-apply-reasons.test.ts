// Issue 17 item 7: the CLI reports a terminal's refusal as the same coded reason the UI words (its
// table prints the English text), with the person's name.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { reasonText } from '../../src/shared/reason-text'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' }) // one door
  dataDir = mkdtempSync(join(tmpdir(), 'es-cli-reasons-'))
})
afterAll(async () => fleet.close())

const cli = (...args: string[]) => runCli(dataDir, args)

it('apply --wait lists a refused door right in words', async () => {
  expect((await cli(...addTerminalArgs(fleet.devices[0]!, 'Reception'))).code).toBe(0)
  const csv = join(dataDir, 'people.csv')
  writeFileSync(csv, 'employeeNo,name,doorRights\n701,Elena Ruiz,1;2\n')
  const imported = await cli('persons', 'import', csv)
  expect(imported.code, imported.stderr).toBe(0)
  const run = await cli('apply', '--wait')
  expect(run.code).toBe(1)
  const out = run.json as {
    failures: { name: string; deviceReason: Parameters<typeof reasonText>[0] }[]
  }
  expect(out.failures[0]!.name).toBe('Elena Ruiz')
  expect(reasonText(out.failures[0]!.deviceReason, 'en')).toBe(
    'Door 2 does not exist on Reception (1 door).',
  )
}, 60_000)
