// Which profile a terminal follows (the most specific assignment wins: terminal, then model,
// then site; a tie goes to the first by name) and its settings with its own override laid over.
import { describe, expect, it } from 'vitest'
import type { Profile } from '../../../src/shared/contract/profiles'
import {
  effectiveSettings,
  profileFor,
  withField,
} from '../../../src/main/station/profiles/effective'

const profile = (
  name: string,
  targets: Profile['targets'],
  extra: Partial<Profile> = {},
): Profile => ({
  id: name,
  name,
  description: '',
  settings: [],
  targets,
  overrides: [],
  createdAt: '',
  updatedAt: '',
  ...extra,
})
const lobby = { id: 'd1', site: 'HQ', model: 'DS-K1T671MF' }

describe('profileFor', () => {
  it('prefers the terminal over its model over its site', () => {
    const site = profile('A site', [{ kind: 'site', value: 'HQ' }])
    const model = profile('B model', [{ kind: 'model', value: 'ds-k1t671mf' }])
    const own = profile('C own', [{ kind: 'device', value: 'd1' }])
    expect(profileFor([site], lobby)?.name).toBe('A site')
    expect(profileFor([site, model], lobby)?.name).toBe('B model')
    expect(profileFor([site, model, own], lobby)?.name).toBe('C own')
    expect(profileFor([site], { ...lobby, site: 'Yard' })).toBeUndefined()
  })
  it('gives a tie to the first profile by name', () => {
    const a = profile('A', [{ kind: 'site', value: 'HQ' }])
    const b = profile('B', [{ kind: 'site', value: 'HQ' }])
    expect(profileFor([a, b], lobby)?.name).toBe('A')
  })
})

describe('effectiveSettings', () => {
  it('lays the terminal’s override over the profile field by field', () => {
    const p = profile('P', [], {
      settings: [
        { resource: 'DoorParam', instance: 1, values: { openDuration: 5, doorName: 'Door' } },
      ],
      overrides: [
        {
          deviceId: 'd1',
          settings: [{ resource: 'DoorParam', instance: 1, values: { doorName: 'Front' } }],
        },
      ],
    })
    const [door] = effectiveSettings(p, 'd1')
    expect(door!.values).toEqual({ openDuration: 5, doorName: 'Front' })
    expect([...door!.overridden]).toEqual(['doorName'])
    expect(effectiveSettings(p, 'd2')[0]!.values.doorName).toBe('Door')
  })
  it('withField sets a field, adding the resource where absent', () => {
    const s = withField([], 'Time', null, 'timeZone', 'CST-8:00:00')
    expect(withField(s, 'Time', null, 'timeMode', 'NTP')).toEqual([
      { resource: 'Time', instance: null, values: { timeZone: 'CST-8:00:00', timeMode: 'NTP' } },
    ])
  })
})
