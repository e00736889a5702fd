// Issue 17 item 8: a picture with no face (a blank grey 4000×3000 JPEG) is refused by the
// terminal's own check (pictureFaceDetectZero, as the simulator answers it), and the station
// shows that reason in words; a picture stated to hold two faces gets multipleFaceObjectError.
import sharp from 'sharp'
import { expect, it } from 'vitest'
import { facesIn } from '../../../src/simulator/media/face-count'
import type { ApplyFailure } from '../../../src/shared/model'
import { reasonText } from '../../../src/shared/reason-text'
import { value } from '../../helpers/roster-fixtures'
import { useReception } from '../../helpers/reception'

const r = useReception()

const grey = () =>
  sharp({
    create: { width: 4000, height: 3000, channels: 3, background: { r: 128, g: 128, b: 128 } },
  })
    .jpeg()
    .toBuffer()

it('a blank grey picture: the terminal finds no face, and the station says so', async () => {
  value(await r.t.station.call('persons.save', { employeeNo: '1007', name: 'Gia Tran' }))
  value(
    await r.t.station.call('persons.setFace', {
      employeeNo: '1007',
      jpegBase64: (await grey()).toString('base64'),
      source: 'file',
    }),
  )
  const job = await r.settle()
  const failures = value<ApplyFailure[]>(
    await r.t.station.call('apply.failures', { jobId: job.id }),
  )
  const face = failures.find((f) => f.step === 'face')
  expect(face?.deviceCode?.subStatusCode).toBe('pictureFaceDetectZero')
  expect(face?.deviceReason).toEqual({ code: 'noFaceInPicture', params: { terminal: 'Reception' } })
  expect(reasonText(face!.deviceReason!, 'en')).toMatch(/^Reception found no face in the picture/)
  const held = await r.fleet.control.state(0, { events: 0 })
  expect(held.counts).toMatchObject({ persons: 1 })
  expect(held.counts.faces ?? 0).toBe(0)
})

it('the simulator counts what a test states, and one flat colour as no face', async () => {
  const withComment = (jpeg: Buffer, text: string) => {
    const body = Buffer.from(text, 'latin1')
    const com = Buffer.alloc(4)
    com.writeUInt16BE(0xfffe, 0)
    com.writeUInt16BE(body.length + 2, 2)
    return Buffer.concat([jpeg.subarray(0, 2), com, body, jpeg.subarray(2)])
  }
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
