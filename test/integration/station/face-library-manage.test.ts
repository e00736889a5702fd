// libraries.create / remove against a simulated face terminal: a static library created on the
// terminal (seen by an independent read), a duplicate name refused before sending, the
// terminal's FDMaxNum refusal passed on with its reason; removal needs the name typed back,
// removes the faces in it, never touches the people's library; and the CLI.
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
let deviceId: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['face-lite'] })
  t = testStation()
  const d = fleet.devices[0]!
  deviceId = value<Device>(await addSimulated(t.station, d, 'Lobby')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

const onTerminal = async () => (await fleet.control.state(0)).faceLibs

describe('static face libraries', () => {
  it('creates one on the terminal and refuses a name another library has', async () => {
    const after = value<FaceLibraryView[]>(
      await t.station.call('libraries.create', { deviceId, name: 'Visitors' }),
    )
    const created = after.find((l) => l.name === 'Visitors')
    expect(created).toMatchObject({ faceLibType: 'staticFD', faces: 0 })
    expect((await onTerminal()).map((l) => l.name)).toContain('Visitors')
    const dup = await t.station.call('libraries.create', { deviceId, name: 'Visitors' })
    expect(dup.ok || dup.error.code).toBe('CONFLICT')
  })

  it('passes on the terminal’s refusal past its library limit', async () => {
    // face-lite: people (1) + Visitors; the limit is 3 listed libraries
    value(await t.station.call('libraries.create', { deviceId, name: 'Watch list' }))
    const r = await t.station.call('libraries.create', { deviceId, name: 'One too many' })
    expect(r.ok).toBe(false)
    expect((await onTerminal()).map((l) => l.name)).not.toContain('One too many')
  })

  it('removes a static library with its faces once its name is typed back', async () => {
    const lib = (await onTerminal()).find((l) => l.name === 'Watch list')!
    const c = client(fleet.devices[0]!)
    try {
      await c.faces.add(
        { FDID: lib.FDID, faceLibType: 'staticFD', FPID: 'w1', name: 'Someone' },
        { jpeg: await syntheticFace(5) },
      )
    } finally {
      await c.close()
    }
    const wrong = await t.station.call('libraries.remove', {
      deviceId,
      FDID: lib.FDID,
      faceLibType: 'staticFD',
      confirm: 'watch list',
    })
    expect(wrong.ok || wrong.error.code).toBe('INVALID_ARGS')
    expect((await fleet.control.state(0)).faces.some((f) => f.FPID === 'w1')).toBe(true)
    const after = value<FaceLibraryView[]>(
      await t.station.call('libraries.remove', {
        deviceId,
        FDID: lib.FDID,
        faceLibType: 'staticFD',
        confirm: 'Watch list',
      }),
    )
    expect(after.map((l) => l.name)).not.toContain('Watch list')
    const s = await fleet.control.state(0)
    expect(s.faceLibs.map((l) => l.name)).not.toContain('Watch list')
    expect(s.faces.some((f) => f.FPID === 'w1')).toBe(false)
  })

  it('never removes the terminal’s own library', async () => {
    const people = (await onTerminal()).find((l) => l.FDID === '1')!
    const r = await t.station.call('libraries.remove', {
      deviceId,
      FDID: '1',
      faceLibType: 'blackFD',
      confirm: people.name,
    })
    expect(r.ok || r.error.code).toBe('INVALID_ARGS')
    expect((await onTerminal()).some((l) => l.FDID === '1')).toBe(true)
  })

  it('cli: faces create and faces remove', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-facelib-'))
    expect((await runCli(dir, addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
    const visitors = (await onTerminal()).find((l) => l.name === 'Visitors')!
    const removed = await runCli(dir, [
      'faces',
      'remove',
      'Lobby',
      visitors.FDID,
      'staticFD',
      '--confirm',
      'Visitors',
    ])
    expect(removed.code).toBe(0)
    const created = await runCli(dir, ['faces', 'create', 'Lobby', 'Guests'])
    expect(created.code).toBe(0)
    expect(created.json).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Guests', faceLibType: 'staticFD' }),
      ]),
    )
  })
})
