// The two-terminal site several integration files start from: a face terminal "Lobby"
// (face-fp, index FACE) and a door controller "Gate" (card-door, index DOORS), both added to
// one station before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest'
import type { Device } from '../../src/shared/model'
import { startFleet, type Fleet } from '../../src/simulator'
import { value } from './roster-fixtures'
import { addSimulated, testStation, type TestStation } from './station'

export const FACE = 0
export const DOORS = 1

export interface LobbyAndGate {
  readonly fleet: Fleet
  readonly t: TestStation
  /** Station device ids, by index (FACE, DOORS). */
  readonly ids: string[]
}

export function lobbyAndGate(): LobbyAndGate {
  let fleet: Fleet | undefined
  let t: TestStation | undefined
  const ids: string[] = []
  beforeAll(async () => {
    fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
    t = testStation()
    for (const [i, d] of fleet.devices.entries())
      ids.push(value<Device>(await addSimulated(t.station, d, i === FACE ? 'Lobby' : 'Gate')).id)
  })
  afterAll(async () => {
    await t?.station.close()
    await fleet?.close()
  })
  return {
    get fleet() {
      return fleet!
    },
    get t() {
      return t!
    },
    ids,
  }
}
