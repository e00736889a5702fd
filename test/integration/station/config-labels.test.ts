// Every field the Terminal page shows has words in both languages: for each simulated terminal
// model, every field of every registered resource it offers (as config.caps describes it from the
// terminal's own capability document) carries a label in en and zh. A field the simulator starts
// offering without a label in the registry fails here, by name.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { PROFILE_IDS, startFleet, type Fleet } from '../../../src/simulator'
import { CONFIG_RESOURCES } from '../../../src/main/station/config/registry'
import type { Device } from '../../../src/shared/model'
import type { ConfigCaps, ConfigResourceInfo } from '../../../src/shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
const ids: string[] = []
beforeAll(async () => {
  fleet = await startFleet({ devices: PROFILE_IDS.length, profile: [...PROFILE_IDS] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation()
  ids.length = 0
  for (const [i, d] of fleet.devices.entries())
    ids.push(value<Device>(await addSimulated(t.station, d, `T${i}`)).id)
})
afterEach(async () => t.station.close())

it('labels every field (and every worded option) of every offered resource in en and zh, on every model', async () => {
  const missing = new Set<string>()
  let checked = 0
  const offered = new Set<string>()
  const fingerprintLevels: Record<string, unknown>[] = []
  for (const [i, deviceId] of ids.entries()) {
    const list = value<ConfigResourceInfo[]>(await t.station.call('config.list', { deviceId }))
    for (const r of list.filter((x) => x.offered)) {
      offered.add(r.id)
      const caps = value<ConfigCaps>(
        await t.station.call('config.caps', {
          deviceId,
          resource: r.id,
          ...(r.ids.length > 0 ? { instance: r.ids[0] } : {}),
        }),
      )
      for (const f of caps.fields) {
        checked++
        if (!f.label?.en?.trim() || !f.label?.zh?.trim())
          missing.add(`${r.id}.${f.key} (${fleet.devices[i]!.profile})`)
        // an option list of words has words in both languages; so has a list of numbers the
        // station names (fingerprint security levels are shown as the rate they allow)
        const named = f.key === 'fingerPrintCheckLevel'
        if (named && f.optionLabels) fingerprintLevels.push(f.optionLabels)
        for (const o of f.options ?? [])
          if (
            (named || !/^\d+(\.\d+)?$/.test(o)) &&
            (!f.optionLabels?.[o]?.en || !f.optionLabels?.[o]?.zh)
          )
            missing.add(`${r.id}.${f.key}=${o} (${fleet.devices[i]!.profile})`)
      }
    }
  }
  // every registered resource is offered by some simulated model, so none escapes the check
  expect([...offered].sort()).toEqual(CONFIG_RESOURCES.map((r) => r.id).sort())
  expect(checked).toBeGreaterThan(50)
  expect([...missing].sort()).toEqual([])
  // fingerprint security levels are shown as the false-accept rate they allow, not a number
  expect(fingerprintLevels[0]).toMatchObject({
    '5': { en: 'False accepts: 1 in 100,000', zh: '误识率 1/100,000' },
    '12': { en: 'False accepts: 3 in 100,000', zh: '误识率 3/100,000' },
  })
})
