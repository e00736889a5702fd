// fingerprints.setType (21.22.30 FingerPrintModify) against a simulated face + fingerprint
// terminal: a fingerprint made a duress finger is changed on the terminal without re-sending
// its template, the roster keeps it, and the terminal then raises the duress alarm when that
// finger opens the door (behaviour); a terminal that cannot be told now gets it at the next
// apply, and the answer says so; and the CLI.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FingerTypeResult } from '../../../src/shared/contract/fingerprint-type'
import type { PersonDetail } from '../../../src/shared/model'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { eventually } from '../../helpers/eventually'
import { useReception } from '../../helpers/reception'
import { addPerson, value } from '../../helpers/roster-fixtures'

const r = useReception()

async function enrollFinger(employeeNo: string): Promise<void> {
  const saved = new Promise<string>((resolve) => {
    const off = r.t.station.subscribe((event, payload) => {
      const p = payload as { phase: string }
      if (event === 'enroll.progress' && ['saved', 'failed', 'cancelled'].includes(p.phase)) {
        off()
        resolve(p.phase)
      }
    })
  })
  const deviceId = value<{ id: string }[]>(await r.t.station.call('devices.list', {}))[0]!.id
  value(
    await r.t.station.call('enroll.start', {
      deviceId,
      employeeNo,
      kind: 'fingerprint',
      fingerId: 1,
    }),
  )
  await r.fleet.control.presentFinger(0, { quality: 90 })
  expect(await saved).toBe('saved')
}

const onTerminal = async () =>
  (await r.fleet.control.state(0, { events: 0 })).fingerprints.map((f) => ({
    employeeNo: f.employeeNo,
    fingerType: f.fingerType,
  }))

describe('a fingerprint’s type', () => {
  it('a duress finger is told to the terminal, kept in the roster, and raises the duress alarm', async () => {
    await addPerson(r.t.station, '7', 'Gil Duress')
    await enrollFinger('7')
    await r.settle()
    expect(await onTerminal()).toEqual([{ employeeNo: '7', fingerType: 'normalFP' }])
    const passBefore = await r.fleet.control.triggerEvent(0, {
      kind: 'finger',
      employeeNo: '7',
      fingerPrintID: 1,
    })
    expect(passBefore.map((e) => `${e.major}/${e.minor}`)).toEqual(['5/38'])

    const result = value<FingerTypeResult>(
      await r.t.station.call('fingerprints.setType', {
        employeeNo: '7',
        fingerId: 1,
        fingerType: 'hijackFP',
      }),
    )
    expect(result).toEqual({ modified: ['Reception'], pending: [] })
    expect(await onTerminal()).toEqual([{ employeeNo: '7', fingerType: 'hijackFP' }])
    const person = value<PersonDetail>(await r.t.station.call('persons.get', { employeeNo: '7' }))
    expect(person.fingerprints.map((f) => f.fingerType)).toEqual(['hijackFP'])

    // behaviour: the door opens (5/38) and the duress alarm (1/0x40a) is raised
    const events = await r.fleet.control.triggerEvent(0, {
      kind: 'finger',
      employeeNo: '7',
      fingerPrintID: 1,
    })
    expect(events.map((e) => `${e.major}/${e.minor}`)).toEqual(['5/38', `1/${0x40a}`])

    // the holding followed: the next apply sends no fingerprint again
    const writesBefore =
      (await r.fleet.control.writes(0))['POST /ISAPI/AccessControl/FingerPrint/SetUp'] ?? 0
    expect(writesBefore).toBe(1)
    const job = value<{ id: string }>(await r.t.station.call('apply.start', {}))
    await eventually(async () => {
      const s = value<{ state: string }>(await r.t.station.call('apply.status', { jobId: job.id }))
      expect(['done', 'failed']).toContain(s.state)
    })
    const writesAfter =
      (await r.fleet.control.writes(0))['POST /ISAPI/AccessControl/FingerPrint/SetUp'] ?? 0
    expect(writesAfter).toBe(writesBefore)
  })

  it('a terminal that cannot be told now is named, and the next apply sends the new type', async () => {
    await addPerson(r.t.station, '8', 'Hal Patrol')
    await enrollFinger('8')
    await r.settle()
    await r.fleet.control.fault(0, { offline: true })
    let result: FingerTypeResult
    try {
      result = value<FingerTypeResult>(
        await r.t.station.call('fingerprints.setType', {
          employeeNo: '8',
          fingerId: 1,
          fingerType: 'patrolFP',
        }),
      )
    } finally {
      await r.fleet.control.clearFaults(0)
    }
    expect(result.modified).toEqual([])
    expect(result.pending.map((p) => p.terminal)).toEqual(['Reception'])
    await r.settle()
    expect(await onTerminal()).toEqual([{ employeeNo: '8', fingerType: 'patrolFP' }])
  })

  it('refuses a finger the person has no fingerprint on; cli: fingerprints type', async () => {
    await addPerson(r.t.station, '9', 'Ivy Super')
    const none = await r.t.station.call('fingerprints.setType', {
      employeeNo: '9',
      fingerId: 3,
      fingerType: 'superFP',
    })
    expect(none.ok || none.error.code).toBe('NOT_FOUND')
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-fptype-'))
    expect((await runCli(dir, addTerminalArgs(r.fleet.devices[0]!, 'Reception'))).code).toBe(0)
    const cli = await runCli(dir, ['fingerprints', 'type', '9', '3', 'superFP'])
    expect(cli.code).toBe(1)
    expect(cli.stdout + cli.stderr).toMatch(/fingerprint/)
  })
})
