// Finding, activating and adding terminals (issue 14 item 6) against simulated terminals that
// answer SADP on a loopback UDP port: never a real multicast probe.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BatchTargetOutcome, DiscoveryReport } from '../../../src/shared/contract/onboard'
import type { Result } from '../../../src/shared/result'
import { startFleet, type Fleet } from '../../../src/simulator'
import { testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
const PROBE_MS = 2500

beforeAll(async () => {
  fleet = await startFleet({
    devices: 3,
    profile: ['face-fp', 'card-door', 'face-lite'],
    activated: [true, false, false],
    sadp: { malformedAnswers: 2 },
  })
})
afterAll(async () => fleet.close())
afterEach(async () => t?.station.close())

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
const station = () => {
  t = testStation({ sadp: { address: '127.0.0.1', port: fleet.sadpPort! } })
  return t.station
}

describe('discovery, activation and adding in one action', () => {
  it('lists every terminal with model, serial, MAC, firmware and activation; counts malformed answers', async () => {
    const s = station()
    const r = value<DiscoveryReport>(await s.call('devices.discover', { timeoutMs: PROBE_MS }))
    expect(r.malformed).toBe(2)
    expect(r.terminals).toHaveLength(3)
    for (const d of fleet.devices) {
      const found = r.terminals.find((x) => x.httpPort === d.port)
      expect(found).toMatchObject({
        address: '127.0.0.1',
        model: d.model,
        serialNumber: d.serialNumber,
        deviceId: null,
      })
      expect(found?.mac).toMatch(/^44:19:B6(:[0-9A-F]{2}){3}$/)
      expect(found?.firmware).toMatch(/^V\d/)
    }
    expect(
      r.terminals
        .filter((x) => !x.activated)
        .map((x) => x.httpPort)
        .sort(),
    ).toEqual([fleet.devices[1]!.port, fleet.devices[2]!.port].sort())
  })

  it('activates the new ones with one password, adds them, and the next probe says so', async () => {
    const s = station()
    const before = value<DiscoveryReport>(await s.call('devices.discover', { timeoutMs: PROBE_MS }))
    const fresh = before.terminals.filter((x) => !x.activated)
    // a weak password is refused before anything is sent
    const weak = await s.call('devices.activateMany', {
      password: 'abc',
      targets: fresh.map((x) => ({ host: x.address, port: x.httpPort })),
    })
    expect(weak.ok).toBe(false)
    if (!weak.ok) expect(weak.error.code).toBe('INVALID_ARGS')
    const out = value<BatchTargetOutcome[]>(
      await s.call('devices.activateMany', {
        password: 'New-Admin-2026',
        targets: fresh.map((x) => ({ host: x.address, port: x.httpPort, name: x.serialNumber })),
      }),
    )
    expect(out.map((o) => o.ok)).toEqual([true, true])
    const after = value<DiscoveryReport>(await s.call('devices.discover', { timeoutMs: PROBE_MS }))
    expect(after.terminals.every((x) => x.activated)).toBe(true)
    expect(after.terminals.filter((x) => x.deviceId !== null)).toHaveLength(2)
    // the already activated one: adding it with a wrong password fails once, then with the right one
    const first = fleet.devices[0]!
    const wrong = value<BatchTargetOutcome[]>(
      await s.call('devices.addMany', {
        username: first.username,
        password: 'Wrong-Pass-1',
        // listed twice: still one login attempt
        targets: [
          { host: first.host, port: first.port },
          { host: first.host, port: first.port },
        ],
      }),
    )
    expect(wrong).toHaveLength(1)
    expect(wrong[0]).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    const auth = await fleet.control.failedLogins(0)
    expect(Object.values(auth.addresses).reduce((n, a) => n + a.failures, 0)).toBe(1)
    const right = value<BatchTargetOutcome[]>(
      await s.call('devices.addMany', {
        username: first.username,
        password: first.password,
        targets: [{ host: first.host, port: first.port, name: 'Lobby' }],
      }),
    )
    expect(right[0]).toMatchObject({ ok: true, name: 'Lobby' })
  })
})
