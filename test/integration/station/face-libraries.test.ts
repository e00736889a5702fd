// libraries.list / rename against simulated terminals: each library with the faces it holds
// (a face added to the terminal counts), a rename read back from the terminal itself, an unknown
// library refused before sending, a door controller without faces refused; and the CLI.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { syntheticFace } from '../../../src/simulator/media/synth'
import type { FaceLibraryView } from '../../../src/shared/contract/face-libraries'
import type { Device } from '../../../src/shared/model'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { client } from '../isapi/helpers'

let fleet: Fleet
let t: TestStation
const ids: string[] = []
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  t = testStation()
  for (const [i, d] of fleet.devices.entries()) {
    ids.push(value<Device>(await addSimulated(t.station, d, i === 0 ? 'Lobby' : 'Gate')).id)
  }
  const c = client(fleet.devices[0]!)
  try {
    await c.persons.add({ employeeNo: '9', name: 'Nine', userType: 'normal' })
    await c.faces.add({ FPID: '9' }, { jpeg: await syntheticFace(9) })
  } finally {
    await c.close()
  }
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

describe('face libraries', () => {
  it('lists each library with its face count; a rename is read back from the terminal', async () => {
    const list = value<FaceLibraryView[]>(
      await t.station.call('libraries.list', { deviceId: ids[0]! }),
    )
    const people = list.find((l) => l.FDID === '1' && l.faceLibType === 'blackFD')
    expect(people?.faces).toBe(1)
    const after = value<FaceLibraryView[]>(
      await t.station.call('libraries.rename', {
        deviceId: ids[0]!,
        FDID: '1',
        faceLibType: 'blackFD',
        name: 'Staff',
      }),
    )
    expect(after.find((l) => l.FDID === '1')?.name).toBe('Staff')
    const c = client(fleet.devices[0]!)
    try {
      expect((await c.faces.libraries()).find((l) => l.FDID === '1')?.name).toBe('Staff')
    } finally {
      await c.close()
    }
  })

  it('refuses an unknown library and a terminal without faces, nothing sent', async () => {
    const r = await t.station.call('libraries.rename', {
      deviceId: ids[0]!,
      FDID: '77',
      faceLibType: 'blackFD',
      name: 'X',
    })
    expect(r.ok || r.error.code).toBe('NOT_FOUND')
    const gate = await t.station.call('libraries.list', { deviceId: ids[1]! })
    expect(gate.ok || gate.error.code).toBe('NOT_SUPPORTED')
    const empty = await t.station.call('libraries.rename', {
      deviceId: ids[0]!,
      FDID: '1',
      faceLibType: 'blackFD',
      name: '   ',
    })
    expect(empty.ok || empty.error.code).toBe('INVALID_ARGS')
  })

  it('cli: faces libraries and faces rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-faces-'))
    expect((await runCli(dir, addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
    const renamed = await runCli(dir, ['faces', 'rename', 'Lobby', '1', 'blackFD', 'Front', 'desk'])
    expect(renamed.code).toBe(0)
    const listed = await runCli(dir, ['faces', 'libraries', 'Lobby'])
    expect(listed.json).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ FDID: '1', name: 'Front desk', faces: 1 }),
      ]),
    )
  })
})
