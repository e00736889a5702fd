import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'

const at = '2026-12-05T00:00:00.000Z'

describe('0160 profiles', () => {
  it('keeps a profile with its targets and overrides; a removed profile takes them along', () => {
    const s = openStore(':memory:')
    s.db
      .prepare(
        `INSERT INTO devices (id, name, host, port, protocol, username, secret, site, model, created_at, updated_at)
         VALUES ('d1', 'Lobby', '127.0.0.1', 80, 'http', 'admin', x'00', 'HQ', 'M', ?, ?)`,
      )
      .run(at, at)
    const settings = [{ resource: 'DoorParam', instance: 1, values: { openDuration: 5 } }]
    s.profiles.save({ id: 'p1', name: 'Std', description: '', settings, at })
    s.profiles.setTargets('p1', [{ kind: 'site', value: 'HQ' }], [], false)
    s.profiles.setOverride('p1', 'd1', [
      { resource: 'DoorParam', instance: 1, values: { doorName: 'Front' } },
    ])
    const p = s.profiles.get('std')!
    expect(p.settings).toEqual(settings)
    expect(p.targets).toEqual([{ kind: 'site', value: 'HQ' }])
    expect(p.overrides[0]!.deviceId).toBe('d1')
    expect(() =>
      s.db.prepare("INSERT INTO profile_targets VALUES ('p1', 'room', 'x')").run(),
    ).toThrow(/CHECK/)
    s.profiles.remove('Std')
    expect(s.db.prepare('SELECT count(*) AS n FROM profile_overrides').get()).toEqual({ n: 0 })
    expect(s.db.prepare('SELECT count(*) AS n FROM profile_targets').get()).toEqual({ n: 0 })
    s.close()
  })
})
