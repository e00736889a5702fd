// Issue 17 item 8: a face from a file or the webcam is shown to an online face terminal before it
// is stored. The terminal's own face finder (analysisImage/face; the simulator counts faces its
// own way: a stated "sim-faces=N") says how many faces it sees: none or several is refused with
// the terminal's name in en and zh, nothing is stored and nothing reaches a terminal; one face is
// stored. With no terminal that can tell, the picture goes on (the apply-time check decides).
import { expect, it } from 'vitest'
import type { PersonDetail } from '../../../src/shared/model'
import { reasonText, type Reason } from '../../../src/shared/reason-text'
import { syntheticFace, value } from '../../helpers/roster-fixtures'
import { useReception } from '../../helpers/reception'

const r = useReception()

/** The simulator's stand-in for what a detector would see: a "sim-faces=N" JPEG comment. */
const stating = (jpeg: Buffer, faces: number) => {
  const body = Buffer.from(`sim-faces=${faces}`, 'latin1')
  const com = Buffer.alloc(4)
  com.writeUInt16BE(0xfffe, 0)
  com.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), com, body, jpeg.subarray(2)])
}

const setFace = async (employeeNo: string, jpeg: Buffer) =>
  r.t.station.call('persons.setFace', {
    employeeNo,
    jpegBase64: jpeg.toString('base64'),
    source: 'webcam',
  })

const face = async (employeeNo: string) =>
  value<PersonDetail>(await r.t.station.call('persons.get', { employeeNo })).face

it.each([
  [
    2,
    'manyFacesInPicture',
    /^Reception found more than one face/,
    /Reception 在照片中检测到多张人脸/,
  ],
  [0, 'noFaceInPicture', /^Reception found no face/, /Reception 在照片中没有检测到人脸/],
])(
  'a picture in which the terminal finds %i faces is refused before it is stored',
  async (faces, code, en, zh) => {
    value(await r.t.station.call('persons.save', { employeeNo: '1010', name: 'Ivo Lind' }))
    const refused = await setFace('1010', stating(await syntheticFace(7), faces))
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('INVALID_ARGS')
    const reason = refused.error.details?.reason as Reason
    expect(reason).toMatchObject({ code, params: { terminal: 'Reception' } })
    expect(reasonText(reason, 'en')).toMatch(en)
    expect(reasonText(reason, 'zh')).toMatch(zh)
    expect(await face('1010')).toBeNull()
    await r.settle()
    expect((await r.fleet.control.state(0, { events: 0 })).counts.faces ?? 0).toBe(0)
  },
)

it('a picture with one face is stored and reaches the terminal', async () => {
  value(await r.t.station.call('persons.save', { employeeNo: '1011', name: 'Jon Park' }))
  value(await setFace('1011', stating(await syntheticFace(8), 1)))
  expect(await face('1011')).toMatchObject({ source: 'webcam' })
  await r.settle()
  expect((await r.fleet.control.state(0, { events: 0 })).counts.faces).toBe(1)
})

it('with no terminal online to ask, the picture goes on (the terminals check it at apply)', async () => {
  value(await r.t.station.call('persons.save', { employeeNo: '1012', name: 'Kai Berg' }))
  await r.fleet.control.fault(0, { offline: true })
  try {
    value(await setFace('1012', stating(await syntheticFace(9), 2)))
  } finally {
    await r.fleet.control.clearFaults(0)
  }
  expect(await face('1012')).not.toBeNull()
})

it('an unknown person is NOT_FOUND before any terminal is asked', async () => {
  const r2 = await setFace('9999', await syntheticFace(3))
  expect(r2.ok ? null : r2.error.code).toBe('NOT_FOUND')
})
