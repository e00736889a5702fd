// Same face, found by a terminal's face search before apply (issue 14 item 4): a face terminal
// that offers search by picture compares the roster's faces with each other in a scratch
// library it then deletes; pairs alike are listed among the duplicates to resolve (never changed
// by the station); where no terminal offers it the check says so. The Pro-series simulator compares by its own stand-in (face-likeness.ts).
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { syntheticFace } from '../../../src/simulator/media/synth'
import type { FaceCheckReport } from '../../../src/shared/contract/face-check'
import type { DuplicateGroup } from '../../../src/shared/contract/onboard'
import type { Device } from '../../../src/shared/model'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { runCli } from '../../helpers/cli'
import { client } from '../isapi/helpers'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let lobby: string
let pro: string
const retouched = async (jpeg: Buffer) =>
  sharp(jpeg).resize(400, 500).modulate({ brightness: 1.08 }).jpeg({ quality: 60 }).toBuffer()

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'iris-face'] })
  t = testStation({ onDisk: true })
  lobby = value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Lobby')).id
  const ann = await syntheticFace(1)
  await addPerson(t.station, 'A1', 'Ann Lee', { face: ann })
  await addPerson(t.station, 'A2', 'Anna Lee', { face: await retouched(ann) })
  await addPerson(t.station, 'B1', 'Bo Novak', { face: await syntheticFace(2) })
  await addPerson(t.station, 'C1', 'Cy Faceless')
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

const likeness = async () =>
  value<DuplicateGroup[]>(await t.station.call('persons.duplicates', {})).filter(
    (g) => g.kind === 'faceLikeness',
  )

describe('faces compared by a terminal', () => {
  it('says why it cannot check where no terminal offers face search', async () => {
    const r = await t.station.call('persons.checkFaces', {})
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('NOT_SUPPORTED')
      expect(r.error.details?.reason).toMatchObject({ code: 'faceSearchNoTerminal' })
      expect(r.error.message).toContain('Lobby')
    }
    const chosen = await t.station.call('persons.checkFaces', { deviceId: lobby })
    expect(chosen.ok || chosen.error.details?.reason).toMatchObject({
      code: 'faceSearchNotOffered',
    })
    expect(await likeness()).toEqual([])
  })

  it('lists faces alike, before anything is applied, on the terminal that offers it', async () => {
    pro = value<Device>(await addSimulated(t.station, fleet.devices[1]!, 'Pro')).id
    const report = value<FaceCheckReport>(await t.station.call('persons.checkFaces', {}))
    expect(report).toMatchObject({
      deviceId: pro,
      terminal: 'Pro',
      compared: 3,
      found: 1,
      refused: [],
    })
    const [pair, ...more] = await likeness()
    expect(more).toEqual([])
    expect(pair!.members.map((m) => `${m.employeeNo} ${m.name}`)).toEqual([
      'A1 Ann Lee',
      'A2 Anna Lee',
    ])
    expect(Number(pair!.members[0]!.value.replace('%', ''))).toBeGreaterThanOrEqual(90)
    // the scratch library is gone and the persons' library untouched (nothing applied yet)
    const state = await fleet.control.state(1, { events: 0 })
    expect(state.faceLibs.map((l) => l.faceLibType)).toEqual(['blackFD', 'infraredFD'])
    expect(state.faces).toEqual([])
    // nothing was changed in the roster by the check: both still hold their face
    for (const employeeNo of ['A1', 'A2'])
      expect(
        value<{ face: unknown }>(await t.station.call('persons.get', { employeeNo })).face,
      ).toBeTruthy()
  })

  it('the CLI runs the same check and lists the pair', async () => {
    const r = await runCli(t.dataDir, ['persons', 'duplicates', '--faces', '--device', 'Pro'])
    expect(r.code).toBe(1)
    const groups = r.json as DuplicateGroup[]
    expect(groups.filter((g) => g.kind === 'faceLikeness').map((g) => g.key)).toEqual([
      'A1\u0000A2',
    ])
    const refused = await runCli(t.dataDir, [
      'persons',
      'duplicates',
      '--faces',
      '--device',
      'Lobby',
    ])
    expect(refused.code).not.toBe(0)
    expect(refused.stdout).toContain('does not offer searching its faces by picture')
  })

  it('a dismissed pair stays hidden; a pair whose face is removed is gone', async () => {
    const [pair] = await likeness()
    value(
      await t.station.call('persons.dismissDuplicate', { kind: 'faceLikeness', key: pair!.key }),
    )
    expect(await likeness()).toEqual([])
    // B1 takes Anna's very picture: shown to the terminal it matches A1 alike; with A2 the bytes
    // are the same, which the roster's own check lists as the same face picture
    value(
      await t.station.call('persons.setFace', {
        employeeNo: 'B1',
        jpegBase64: (await retouched(await syntheticFace(1))).toString('base64'),
        source: 'file',
      }),
    )
    value<FaceCheckReport>(await t.station.call('persons.checkFaces', { minSimilarity: 0.9 }))
    const pairs = await likeness()
    expect(pairs.map((g) => g.key)).toEqual(['A1\u0000B1'])
    const all = value<DuplicateGroup[]>(await t.station.call('persons.duplicates', {}))
    expect(all.find((g) => g.kind === 'face')?.members.map((m) => m.employeeNo)).toEqual([
      'A2',
      'B1',
    ])
    value(await t.station.call('persons.removeFace', { employeeNo: 'B1' }))
    expect(await likeness()).toEqual([])
  })

  it('a scratch library left by an interrupted check is replaced, then removed', async () => {
    const c = client(fleet.devices[1]!)
    try {
      // the terminal's library limit (FDMaxNum 3) leaves room for one: the leftover takes it
      await c.faces.createLibrary({
        faceLibType: 'staticFD',
        name: 'Enrollment Station face check',
      })
    } finally {
      await c.close()
    }
    value<FaceCheckReport>(await t.station.call('persons.checkFaces', { deviceId: pro }))
    const state = await fleet.control.state(1, { events: 0 })
    expect(state.faceLibs.map((l) => l.faceLibType)).toEqual(['blackFD', 'infraredFD'])
  })
})
