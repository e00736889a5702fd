// Issue 17 item 8: a picture with no face. A blank grey 4000×3000 JPEG is refused by the station
// itself before anything is saved or sent (one flat colour: face-blank.ts); a picture the station
// cannot judge (stored by a photo import) goes on, and the terminal's own check refuses it at apply (pictureFaceDetectZero /
// multipleFaceObjectError, as the simulator answers a picture stated to hold 0 or 2 faces), the
// station showing that reason in words.
import { zipSync } from 'fflate'
import sharp from 'sharp'
import type { PersonFileReport } from '../../../src/shared/contract/person-files'
import { expect, it } from 'vitest'
import { facesIn } from '../../../src/simulator/media/face-count'
import type { ApplyFailure, PersonDetail } from '../../../src/shared/model'
import { reasonText } from '../../../src/shared/reason-text'
import { syntheticFace, value } from '../../helpers/roster-fixtures'
import { useReception } from '../../helpers/reception'

const r = useReception()

const grey = () =>
  sharp({
    create: { width: 4000, height: 3000, channels: 3, background: { r: 128, g: 128, b: 128 } },
  })
    .jpeg()
    .toBuffer()

/** The simulator's stand-in for a detector's verdict: a "sim-faces=N" JPEG comment. */
const withComment = (jpeg: Buffer, text: string) => {
  const body = Buffer.from(text, 'latin1')
  const com = Buffer.alloc(4)
  com.writeUInt16BE(0xfffe, 0)
  com.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), com, body, jpeg.subarray(2)])
}

const setFace = (employeeNo: string, jpeg: Buffer) =>
  r.t.station.call('persons.setFace', {
    employeeNo,
    jpegBase64: jpeg.toString('base64'),
    source: 'file',
  })

it('a blank grey picture is refused by the station before anything is saved or sent', async () => {
  value(await r.t.station.call('persons.save', { employeeNo: '1007', name: 'Gia Tran' }))
  const refused = await setFace('1007', await grey())
  expect(refused.ok).toBe(false)
  if (refused.ok) return
  expect(refused.error).toMatchObject({
    code: 'INVALID_ARGS',
    details: { reason: { code: 'faceBlank' } },
  })
  const person = value<PersonDetail>(await r.t.station.call('persons.get', { employeeNo: '1007' }))
  expect(person.face).toBeNull()
  await r.settle()
  const held = await r.fleet.control.state(0, { events: 0 })
  expect(held.counts).toMatchObject({ persons: 1 })
  expect(held.counts.faces ?? 0).toBe(0)
  // a plain picture with something in it is not mistaken for a blank one
  value(await setFace('1007', await syntheticFace(3)))
})

it.each([
  ['sim-faces=0', 'pictureFaceDetectZero', 'noFaceInPicture', /^Reception found no face/],
  ['sim-faces=2', 'multipleFaceObjectError', 'manyFacesInPicture', /Reception/],
])(
  'a picture the station cannot judge (%s): the terminal refuses it, and the station says why',
  async (comment, subStatusCode, code, words) => {
    // stored by a photo import, which no terminal checks picture by picture (a face from a file
    // or the webcam is checked when saved: face-check.test.ts)
    const report = value<PersonFileReport>(
      await r.t.station.call('persons.importFile', {
        fileName: 'staff.csv',
        dataBase64: Buffer.from('employeeNo,name\n1008,Hal Moss\n').toString('base64'),
        photosZipBase64: Buffer.from(
          zipSync({ '1008.jpg': withComment(await syntheticFace(5), comment) }),
        ).toString('base64'),
      }),
    )
    expect(report.photos.map((p) => p.outcome)).toEqual(['matched'])
    const job = await r.settle()
    const failures = value<ApplyFailure[]>(
      await r.t.station.call('apply.failures', { jobId: job.id }),
    )
    const face = failures.find((f) => f.step === 'face')
    expect(face?.deviceCode?.subStatusCode).toBe(subStatusCode)
    expect(face?.deviceReason).toEqual({ code, params: { terminal: 'Reception' } })
    expect(reasonText(face!.deviceReason!, 'en')).toMatch(words)
    expect((await r.fleet.control.state(0, { events: 0 })).counts.faces ?? 0).toBe(0)
  },
)

it('the simulator counts what a test states, and one flat colour as no face', async () => {
  const noisy = await sharp(
    Buffer.from(Array.from({ length: 64 * 64 * 3 }, (_, i) => (i * 37) % 256)),
    {
      raw: { width: 64, height: 64, channels: 3 },
    },
  )
    .jpeg()
    .toBuffer()
  expect(await facesIn(await grey())).toBe(0)
  expect(await facesIn(noisy)).toBe(1)
  expect(await facesIn(withComment(noisy, 'sim-faces=2'))).toBe(2)
})
