// Search by picture (FDLib/searchByPic) through the client against the simulated terminals: the
// Pro-series profile offers it and compares, the face terminal without it says so in its
// capabilities and answers the URL with notSupport.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syntheticFace } from '../../../src/simulator/media/synth'
import type { IsapiClient } from '../../../src/main/isapi/index'
import { client, fleet, rejects, type Fleet } from './helpers'

let f: Fleet
let pro: IsapiClient
let plain: IsapiClient
let ann: Buffer
let annRetouched: Buffer

beforeAll(async () => {
  f = await fleet({ devices: 2, profile: ['iris-face', 'face-fp'] })
  pro = client(f.devices[0]!)
  plain = client(f.devices[1]!)
  ann = await syntheticFace(1)
  annRetouched = await sharp(ann)
    .resize(400, 500)
    .modulate({ brightness: 1.08 })
    .jpeg({ quality: 60 })
    .toBuffer()
  for (const [employeeNo, seed] of [
    ['E1', 1],
    ['E2', 2],
    ['E3', 5],
  ] as const) {
    await pro.persons.upsert({ employeeNo, name: `Person ${employeeNo}` })
    await pro.faces.upsert({ FPID: employeeNo }, { jpeg: await syntheticFace(seed) })
  }
})
afterAll(async () => {
  await Promise.all([pro.close(), plain.close()])
  await f.close()
})

describe('FDLib/searchByPic', () => {
  it('is offered where the capabilities say so, and only there', async () => {
    expect(await pro.faces.searchByPictureOffered()).toBe(true)
    expect(await plain.faces.searchByPictureOffered()).toBe(false)
    const e = await rejects(plain.faces.searchByPicture({ jpeg: ann }))
    expect(e).toMatchObject({ code: 'DEVICE_ERROR' })
    expect(JSON.stringify(e)).toMatch(/notSupport|404/)
  })

  it('finds the same picture retouched, best first, and not the others', async () => {
    const r = await pro.faces.searchByPicture({ jpeg: annRetouched, minSimilarity: 0.9 })
    expect(r.matches.map((m) => m.FPID)).toEqual(['E1'])
    expect(r.matches[0]!.similarity).toBeGreaterThanOrEqual(0.9)
    expect(r.matches[0]!.FDID).toBe('1')
    const all = await pro.faces.searchByPicture({ jpeg: annRetouched })
    expect(all.matches.map((m) => m.FPID)).toEqual([
      'E1',
      ...all.matches.slice(1).map((m) => m.FPID),
    ])
    expect(all.matches).toHaveLength(3)
    expect(all.matches[1]!.similarity).toBeLessThan(0.9)
  })

  it('refuses a picture without a face as the terminal does', async () => {
    const grey = await sharp({
      create: { width: 480, height: 600, channels: 3, background: '#808080' },
    })
      .jpeg()
      .toBuffer()
    const e = await rejects(pro.faces.searchByPicture({ jpeg: grey }))
    expect(JSON.stringify(e)).toContain('pictureFaceDetectZero')
  })
})
