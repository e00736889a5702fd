// A CLI test's set-up: a fleet of simulated terminals, a fresh data folder, and the fleet's first
// terminal added to it through the CLI (`devices add`, one login, over HTTPS where the fleet
// serves it), as an operator would.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFleet, type Fleet, type FleetOptions } from '../../src/simulator'
import { addTerminalArgs, runCli } from './cli'

export async function fleetAddedByCli(
  options: FleetOptions,
  name: string,
): Promise<{ fleet: Fleet; dataDir: string }> {
  const fleet = await startFleet(options)
  const dataDir = mkdtempSync(join(tmpdir(), 'es-cli-'))
  const added = await runCli(dataDir, [
    ...addTerminalArgs(fleet.devices[0]!, name),
    ...(options.https ? ['--https'] : []),
  ])
  if (added.code !== 0) {
    await fleet.close()
    throw new Error(`devices add ${name} exited ${added.code}: ${added.stderr}${added.stdout}`)
  }
  return { fleet, dataDir }
}
