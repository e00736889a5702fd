// libraries.faces / editFaces against a simulated face terminal: one record edited by
// FDSearch (21.16.3), several by FDModify (21.16.7) — proven by the simulator's own record of
// each face's attributes; a record the library lacks refused before anything is sent; a
// batch stops at the terminal's first refusal, naming those edited; and the CLI.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { syntheticFace } from '../../../src/simulator/media/synth'
import type { FaceLibraryView } from '../../../src/shared/contract/face-libraries'
import type { FaceRecordView } from '../../../src/shared/contract/face-records'
import type { Device } from '../../../src/shared/model'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { client } from '../isapi/helpers'

let fleet: Fleet
let t: TestStation
let deviceId: string
let FDID: string
const faceLibType = 'staticFD'
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['face-lite'] })
  t = testStation()
  const d = fleet.devices[0]!
  deviceId = value<Device>(await addSimulated(t.station, d, 'Lobby')).id
  const libs = value<FaceLibraryView[]>(
    await t.station.call('libraries.create', { deviceId, name: 'Visitors' }),
  )
  FDID = libs.find((l) => l.name === 'Visitors')!.FDID
  const c = client(d)
  try {
    for (const [FPID, name, seed] of [
      ['v1', 'Visitor One', 1],
      ['v2', 'Visitor Two', 2],
      ['v3', 'Visitor Three', 3],
    ] as const)
      await c.faces.add(
        { FDID, faceLibType, FPID, name, gender: 'male', bornTime: '1980-05-06' },
        { jpeg: await syntheticFace(seed) },
      )
  } finally {
    await c.close()
  }
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

const stored = async (FPID: string) =>
  (await fleet.control.state(0)).faces.find((f) => f.FDID === FDID && f.FPID === FPID)?.info

describe('face records', () => {
  it('lists a library’s records', async () => {
    const list = value<FaceRecordView[]>(
      await t.station.call('libraries.faces', { deviceId, FDID, faceLibType }),
    )
    expect(list.map((r) => r.FPID).sort()).toEqual(['v1', 'v2', 'v3'])
    expect(list.find((r) => r.FPID === 'v1')).toMatchObject({ name: 'Visitor One' })
  })

  it('edits one record; the fields not given keep what the terminal held', async () => {
    const after = value<FaceRecordView[]>(
      await t.station.call('libraries.editFaces', {
        deviceId,
        FDID,
        faceLibType,
        records: [{ FPID: 'v1', name: 'Ann Guest', gender: 'female' }],
      }),
    )
    expect(after.find((r) => r.FPID === 'v1')?.name).toBe('Ann Guest')
    expect(await stored('v1')).toMatchObject({
      name: 'Ann Guest',
      gender: 'female',
      bornTime: '1980-05-06',
    })
  })

  it('edits several in a batch (FDModify)', async () => {
    value(
      await t.station.call('libraries.editFaces', {
        deviceId,
        FDID,
        faceLibType,
        records: [
          { FPID: 'v2', name: 'Bo Guest', bornTime: '1991-02-03' },
          { FPID: 'v3', name: 'Cy Guest' },
        ],
      }),
    )
    expect(await stored('v2')).toMatchObject({ name: 'Bo Guest', bornTime: '1991-02-03' })
    expect(await stored('v3')).toMatchObject({ name: 'Cy Guest', gender: 'male' })
  })

  it('refuses a record the library lacks before sending anything', async () => {
    const r = await t.station.call('libraries.editFaces', {
      deviceId,
      FDID,
      faceLibType,
      records: [
        { FPID: 'v2', name: 'Changed' },
        { FPID: 'nobody', name: 'X' },
      ],
    })
    expect(r.ok || r.error.code).toBe('NOT_FOUND')
    expect(r.ok || r.error.details?.reason).toMatchObject({ code: 'faceRecordMissing' })
    expect((await stored('v2'))?.name).toBe('Bo Guest')
  })

  it('client: a batch stops at the first record the terminal refuses, after naming those edited', async () => {
    const c = client(fleet.devices[0]!)
    const edited: string[] = []
    try {
      await expect(
        c.faces.modifyMany(
          { FDID, faceLibType },
          [
            { FPID: 'v2', name: 'Bo Again' },
            { FPID: 'gone', name: 'Nobody' },
            { FPID: 'v3', name: 'Cy Again' },
          ],
          { onEdited: (FPID) => edited.push(FPID) },
        ),
      ).rejects.toThrow()
    } finally {
      await c.close()
    }
    expect(edited).toEqual(['v2'])
    expect((await stored('v2'))?.name).toBe('Bo Again')
    expect((await stored('v3'))?.name).toBe('Cy Guest')
  })

  it('cli: faces records and faces edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-cli-facerec-'))
    expect((await runCli(dir, addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
    const listed = await runCli(dir, ['faces', 'records', 'Lobby', FDID, faceLibType])
    expect(listed.code).toBe(0)
    const edited = await runCli(dir, [
      'faces',
      'edit',
      'Lobby',
      FDID,
      faceLibType,
      'v1=Dee Guest',
      'v3=Eve Guest',
      '--born',
      '2000-01-01',
    ])
    expect(edited.code).toBe(0)
    expect(await stored('v1')).toMatchObject({ name: 'Dee Guest', bornTime: '2000-01-01' })
    expect(await stored('v3')).toMatchObject({ name: 'Eve Guest', bornTime: '2000-01-01' })
  })
})
