// The set-up several integration files start from: two simulated door controllers (card-door),
// reset before each test; the stations a test opens (pushed to `open`) closed after it.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { Station } from '../../src/main/station'
import { startFleet, type Fleet } from '../../src/simulator'

/** Both terminals' indexes. */
export const BOTH = [0, 1]

export interface TwoDoorControllers {
  readonly fleet: Fleet
  /** Stations the test opened: closed after each test. */
  readonly open: Station[]
}

export function twoDoorControllers(): TwoDoorControllers {
  let fleet: Fleet | undefined
  const open: Station[] = []
  beforeAll(async () => {
    fleet = await startFleet({ devices: 2, profile: 'card-door' })
  })
  afterAll(async () => fleet?.close())
  beforeEach(async () => {
    for (const i of BOTH) await fleet!.control.reset(i)
  })
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close()
  })
  return {
    get fleet() {
      return fleet!
    },
    open,
  }
}
