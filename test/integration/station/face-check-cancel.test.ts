// The face-likeness check is long work (about two requests per roster face): it reports n of N
// faces as it goes, runs one at a time, and a cancel — from the UI's call or the CLI's Ctrl-C —
// ends it in the middle with the terminal's temporary library removed (the simulator holds only
// its own libraries afterwards) and the previous check's pairs still listed.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FaceCheckProgressEvent, FaceCheckReport } from '@shared/contract/face-check'
import type { DuplicateGroup } from '@shared/contract/onboard'
import type { Device } from '@shared/model'
import type { Result } from '@shared/result'
import { runCli as runCliInProcess } from '../../../src/main/cli/run'
import { silentLogger } from '../../../src/main/platform/logger'
import { startFleet, type Fleet } from '../../../src/simulator'
import { syntheticFace } from '../../../src/simulator/media/synth'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

const FACES = 10
let fleet: Fleet
let t: TestStation
let pro: string
/** The pairs the first, whole check listed. */
let listed: string[] = []

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'iris-face' })
  t = testStation({ onDisk: true })
  pro = value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Pro')).id
  // drawn faces (never photos of persons); the simulator's stand-in finds some of them alike
  for (let n = 0; n < FACES; n++)
    await addPerson(t.station, `P${String(n).padStart(2, '0')}`, `Person ${n}`, {
      face: await syntheticFace(n * 7),
    })
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

/** The terminal's libraries: its own two, and the check's temporary one while it runs. */
const libraries = async () =>
  (await fleet.control.state(0, { events: 0 })).faceLibs.map((l) => l.faceLibType).sort()
const likeness = async () =>
  value<DuplicateGroup[]>(await t.station.call('persons.duplicates', {}))
    .filter((g) => g.kind === 'faceLikeness')
    .map((g) => g.key)

/** Runs a check, calling `onProgress` with each progress event; resolves with its result. */
async function checking(
  onProgress: (p: FaceCheckProgressEvent) => void,
): Promise<Result<FaceCheckReport>> {
  const off = t.station.subscribe((event, payload) => {
    if (event === 'faceCheck.progress') onProgress(payload as FaceCheckProgressEvent)
  })
  try {
    return (await t.station.call('persons.checkFaces', {
      deviceId: pro,
    })) as Result<FaceCheckReport>
  } finally {
    off()
  }
}

it('reports n of N faces, uploading then comparing', async () => {
  const seen: string[] = []
  const report = value<FaceCheckReport>(
    await checking((p) => seen.push(`${p.terminal} ${p.phase} ${p.done}/${p.total}`)),
  )
  expect(report).toMatchObject({ total: FACES, compared: FACES, cancelled: false })
  const expected = ['uploading', 'comparing'].flatMap((phase) =>
    Array.from({ length: FACES + 1 }, (_, n) => `Pro ${phase} ${n}/${FACES}`),
  )
  expect(seen).toEqual(expected)
  listed = await likeness()
  expect(listed.length).toBeGreaterThan(0)
  expect(listed).toHaveLength(report.found)
  expect(await libraries()).toEqual(['blackFD', 'infraredFD'])
})

it('cancelled in the middle: the temporary library is removed, the last pairs stay', async () => {
  let last: FaceCheckProgressEvent | null = null
  const report = value<FaceCheckReport>(
    await checking((p) => {
      last = p
      if (p.phase === 'uploading' && p.done === 3)
        void t.station.call('persons.cancelFaceCheck', {})
    }),
  )
  expect(report).toMatchObject({ cancelled: true, total: FACES, compared: 0, found: 0 })
  // it stopped uploading within a face of the cancel, never reaching the comparison
  expect(last).toMatchObject({ phase: 'uploading' })
  expect(last!.done).toBeLessThan(FACES)
  expect(await libraries()).toEqual(['blackFD', 'infraredFD'])
  expect((await fleet.control.state(0, { events: 0 })).faces).toEqual([])
  expect(await likeness()).toEqual(listed)
  // nothing to cancel now
  expect(value(await t.station.call('persons.cancelFaceCheck', {}))).toEqual({ cancelled: false })
})

it('one check at a time: a second is refused with a code while the first runs', async () => {
  let second: Result<unknown> | null = null
  const first = await checking((p) => {
    if (p.phase === 'uploading' && p.done === 1 && !second)
      void t.station.call('persons.checkFaces', {}).then(async (r) => {
        second = r
        await t.station.call('persons.cancelFaceCheck', {})
      })
  })
  expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(
    (second as unknown as { error: { details: { reason: unknown } } }).error.details.reason,
  ).toMatchObject({ code: 'faceCheckRunning' })
  expect(value<FaceCheckReport>(first).cancelled).toBe(true)
  expect(await libraries()).toEqual(['blackFD', 'infraredFD'])
})

it('Ctrl-C in the CLI cancels the check and removes the temporary library', async () => {
  let err = ''
  let out = ''
  let interrupt = () => {}
  const interrupted = new Promise<void>((r) => (interrupt = r))
  const code = await runCliInProcess(
    ['--data-dir', t.dataDir, 'persons', 'duplicates', '--faces', '--device', 'Pro'],
    {
      out: (text) => void (out += `${text}\n`),
      err: (text) => {
        err += `${text}\n`
        if (text.includes('uploading 3 of 10 faces')) interrupt()
      },
      interrupted: () => interrupted,
      station: { logger: silentLogger },
    },
  )
  expect(err).toContain('Pro: uploading 1 of 10 faces')
  expect(err).toContain('Cancelling')
  expect(err).not.toContain('comparing')
  expect(out).toMatch(/^Cancelled on Pro \(0 of 10 faces compared\); its temporary face library/)
  expect(code).toBe(1)
  expect(await libraries()).toEqual(['blackFD', 'infraredFD'])
})
