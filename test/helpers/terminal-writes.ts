// What a simulated terminal wrote, and a roster folder to apply from: the "sent once" checks
// of the apply tests (two stations or processes on one terminal, merged plans).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Device } from '@shared/model'
import type { ApplyOptions } from '../../src/main/station/apply/apply-service'
import type { Fleet } from '../../src/simulator'
import { value } from './roster-fixtures'
import { addSimulated, testStation } from './station'

/** Successful person and card writes the terminal (fleet device `index`) answered so far. */
export async function personAndCardWrites(
  fleet: Fleet,
  index = 0,
): Promise<{ persons: number; cards: number }> {
  const w = await fleet.control.writes(index)
  const sum = (re: RegExp) =>
    Object.entries(w)
      .filter(([k]) => re.test(k))
      .reduce((n, [, v]) => n + v, 0)
  return {
    persons: sum(/UserInfo\/(SetUp|Record|Modify)$/),
    cards: sum(/CardInfo\/(SetUp|Record|Modify)$/),
  }
}

/** Apply timing for tests of runs that meet (short flushes, retries and lease polls). */
export const FAST_APPLY: ApplyOptions = {
  concurrencyPerDevice: 2,
  flushMs: 10,
  retryMs: { first: 50, max: 200 },
  pollMs: 50,
}

/**
 * An on-disk data folder holding fleet device 0 as "Reception" and `persons` persons
 * (employeeNo 1…, one card each from `firstCard + 1`); the station that made it is closed.
 */
export async function rosterFolder(
  fleet: Fleet,
  o: { persons: number; firstCard: number; prefix: string; apply?: ApplyOptions },
): Promise<{ dataDir: string; device: Device }> {
  const dataDir = mkdtempSync(join(tmpdir(), o.prefix))
  const apply = o.apply ?? FAST_APPLY
  const first = testStation({ onDisk: true, dataDir, apply, scheduled: false })
  const device = value<Device>(await addSimulated(first.station, fleet.devices[0]!, 'Reception'))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= o.persons; i++) rows.push(`${i},Person ${i},${o.firstCard + i}`)
  value(await first.station.call('persons.import', { csv: rows.join('\n') }))
  await first.station.close()
  return { dataDir, device }
}
