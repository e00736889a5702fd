// Issue 18's fault suite: an apply of FAULT_PERSONS persons (1,000 in `npm run test:faults`) to 3
// simulated terminals while one of them misbehaves, and the station itself SIGKILLed 5 times at
// seeded random points. For each fault: the healthy terminals finish; the faulty one's reason is
// plain; after the fault clears the job completes; an independent read of every terminal equals
// the roster (0 lost, 0 duplicated); failed logins ≤ 1 per user action. The matrix is printed
// as JSON at the end.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../src/simulator'
import { connect } from '../../src/main/isapi/index'
import type { ApplyJob, Device } from '../../src/shared/model'
import { value } from '../helpers/roster-fixtures'
import { testStation, type TestStation } from '../helpers/station'
import {
  FAST,
  addTerminals,
  failedLogins,
  importRoster,
  independentRead,
  progress,
  seeded,
  settled,
  untilHeld,
  type MatrixRow,
} from './fault-harness'

const PERSONS = Number(process.env.FAULT_PERSONS ?? 1000)
const NEW_PASSWORD = 'Changed-Pass-42'
let fleet: Fleet
const matrix: MatrixRow[] = []

beforeAll(async () => {
  fleet = await startFleet({ devices: 3, profile: 'card-door', lockoutAttempts: 5 })
})
afterAll(async () => {
  process.stdout.write(`${JSON.stringify({ faultMatrix: matrix }, null, 1)}\n`)
  await fleet.close()
})
beforeEach(async () => {
  for (let i = 0; i < 3; i++) {
    await fleet.control.clearFaults(i)
    await fleet.control.reset(i)
    await fleet.control.unlock(i)
  }
})

interface Ctx {
  t: TestStation
  devices: Device[]
  job: ApplyJob
  reason: () => string | null
}

interface Scenario {
  fault: string
  inject(c: Ctx): Promise<void>
  /** After the healthy terminals finished: what ends the fault (a user action at most). */
  clear(c: Ctx): Promise<void>
  /** The faulty terminal must pause (and say why) before the fault is cleared. */
  pauses: boolean
  reason?: RegExp
}

const changePassword = async (from: string, to: string): Promise<void> => {
  const d = fleet.devices[0]!
  const other = connect({ host: d.host, port: d.port, username: d.username, password: from })
  await other.http.xml('PUT', '/ISAPI/Security/users/1', 'User', {
    id: '1',
    userName: d.username,
    password: to,
    userLevel: 'Administrator',
    loginPassword: from,
  })
  await other.close()
}

const SCENARIOS: Scenario[] = [
  {
    fault: 'reboots',
    inject: async () => void (await fleet.control.reboot(0, 1500)),
    clear: async () => {},
    pauses: false,
  },
  {
    fault: 'answers 503',
    inject: async () => void (await fleet.control.fault(0, { busy: { mode: '503', count: 40 } })),
    clear: async () => fleet.control.clearFaults(0),
    pauses: false,
  },
  {
    fault: 'answers busy',
    inject: async () =>
      void (await fleet.control.fault(0, { busy: { mode: 'deviceBusy', count: 40 } })),
    clear: async () => fleet.control.clearFaults(0),
    pauses: false,
  },
  {
    fault: 'drops connections',
    inject: async () => void (await fleet.control.fault(0, { dropConnections: 20 })),
    clear: async () => fleet.control.clearFaults(0),
    pauses: false,
  },
  {
    fault: 'answers slowly',
    inject: async () => void (await fleet.control.fault(0, { latencyMs: 40 })),
    clear: async () => fleet.control.clearFaults(0),
    pauses: false,
  },
  {
    fault: 'goes offline',
    inject: async () => void (await fleet.control.fault(0, { offline: true })),
    clear: async () => fleet.control.clearFaults(0),
    pauses: true,
    reason: /T0/,
  },
  {
    fault: 'fills up',
    inject: async () => void (await fleet.control.fault(0, { memoryFull: true })),
    clear: async (c) => {
      await fleet.control.clearFaults(0)
      value(await c.t.station.call('apply.resume', { jobId: c.job.id })) // the user's action
    },
    pauses: true,
    reason: /T0 is full/,
  },
  {
    fault: 'locks the account',
    inject: async () => void (await fleet.control.lock(0, 2)),
    clear: async () => {}, // resumes at the unlock time by itself
    pauses: true,
    reason: /locked|Too many failed logins/i,
  },
  {
    fault: 'changes its password',
    inject: async () => changePassword(fleet.devices[0]!.password, NEW_PASSWORD),
    clear: async (c) => {
      value(
        await c.t.station.call('devices.update', {
          id: c.devices[0]!.id,
          patch: { password: NEW_PASSWORD },
        }),
      )
    },
    pauses: true,
    reason: /password/i,
  },
  {
    fault: 'clock jumps',
    inject: async () => void (await fleet.control.shiftClock(0, 3 * 86_400_000)),
    clear: async () => void (await fleet.control.shiftClock(0, -3 * 86_400_000)),
    pauses: false,
  },
]

for (const s of SCENARIOS)
  it(`terminal ${s.fault}: healthy ones finish, reason plain, completes, read-back exact`, async () => {
    const started = Date.now()
    const t = testStation({ apply: FAST, scheduled: false })
    try {
      const devices = await addTerminals(t.station, fleet)
      await importRoster(t.station, PERSONS)
      const loginsBefore = await failedLogins(fleet, 0)
      let reason: string | null = null
      t.station.subscribe((event, payload) => {
        const p = payload as { device: { deviceId: string; pausedReason: string | null } }
        if (event === 'apply.progress' && p.device.deviceId === devices[0]!.id)
          reason ??= p.device.pausedReason
      })
      const finished = (id: string) =>
        progress(
          t.station,
          (p) =>
            p.device.deviceId === id &&
            p.device.done + p.device.failed + p.device.skipped === p.device.total,
        )
      const healthy = Promise.all([finished(devices[1]!.id), finished(devices[2]!.id)])
      const midway = progress(
        t.station,
        (p) => p.device.deviceId === devices[0]!.id && p.device.done >= PERSONS / 5,
      )
      const job = value<ApplyJob>(await t.station.call('apply.start', {}))
      const c: Ctx = { t, devices, job, reason: () => reason }
      await midway
      const paused = s.pauses
        ? progress(
            t.station,
            (p) => p.device.deviceId === devices[0]!.id && !!p.device.pausedReason,
          )
        : Promise.resolve()
      await s.inject(c)
      await paused
      const healthyFinished = (await healthy).length === 2
      await s.clear(c)
      const end = await settled(t.station, job.id)
      const completed = end.state === 'done' && (await untilHeld(t.station))
      const read = await independentRead(fleet, PERSONS)
      const logins = (await failedLogins(fleet, 0)) - loginsBefore
      matrix.push({
        fault: s.fault,
        persons: PERSONS,
        healthyFinished,
        faultyReason: reason,
        completed,
        ...read,
        failedLogins: logins,
        ms: Date.now() - started,
      })
      expect(healthyFinished).toBe(true)
      if (s.pauses) expect(reason).toMatch(s.reason!)
      if (reason) expect(reason).not.toMatch(/ISAPI|undefined|\[object|failed: \d{3}/)
      expect(completed).toBe(true)
      expect(read).toEqual({ exact: true, lost: 0, duplicated: 0 })
      expect(logins).toBeLessThanOrEqual(1)
    } finally {
      await t.station.close()
      if (s.fault === 'changes its password')
        await changePassword(NEW_PASSWORD, fleet.devices[0]!.password)
    }
  }, 600_000)

it('the station SIGKILLed 5 times at seeded random points: the roster exactly, every terminal', async () => {
  const started = Date.now()
  const dataDir = mkdtempSync(join(tmpdir(), 'es-faults-kill-'))
  const random = seeded(18)
  const terminals = JSON.stringify(
    fleet.devices.map((d) => ({
      host: d.host,
      port: d.port,
      username: d.username,
      password: d.password,
    })),
  )
  const kills: number[] = []
  for (let k = 0; k < 5; k++) {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/faults/fault-child.ts', dataDir, String(PERSONS), terminals],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    // killed after a seeded number of progress lines (or once it is idle: nothing left)
    const after = 1 + Math.floor(random() * 40)
    const seen = await new Promise<number>((resolve, reject) => {
      let lines = 0
      child.once('exit', (code) => reject(new Error(`child exited by itself (${code})`)))
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines++
        if (lines >= after || line.includes('"idle"')) {
          child.removeAllListeners('exit')
          child.kill('SIGKILL')
          resolve(lines)
        }
      })
    })
    kills.push(seen)
    await new Promise((resolve) => child.once('exit', resolve))
  }
  const t = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  try {
    const completed = await untilHeld(t.station)
    const read = await independentRead(fleet, PERSONS)
    matrix.push({
      fault: `station SIGKILLed 5 times (after ${kills.join(', ')} progress lines)`,
      persons: PERSONS,
      healthyFinished: completed,
      faultyReason: null,
      completed,
      ...read,
      failedLogins: 0,
      ms: Date.now() - started,
    })
    expect(completed).toBe(true)
    expect(read).toEqual({ exact: true, lost: 0, duplicated: 0 })
  } finally {
    await t.station.close()
  }
}, 900_000)
