import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IsapiClient } from '../../../src/main/isapi/index'
import { client, collect, fleet, rejects, valid, waitingFor, type Fleet } from './helpers'
import { jpeg } from './jpeg'

let f: Fleet
let c: IsapiClient
let face: Buffer

beforeAll(async () => {
  f = await fleet({ devices: 1, profile: 'face-fp' })
  c = client(f.devices[0]!)
  face = await jpeg()
})
afterAll(async () => {
  await c?.close()
  await f?.close()
})

const person = (employeeNo: string) => ({
  employeeNo,
  name: `P ${employeeNo}`,
  userType: 'normal',
  valid,
  doorRight: '1',
  rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
})

describe('faces', () => {
  it('default libraries, multipart add, conflict on second add, FDSetUp replaces, search, count, delete', async () => {
    const libs = await c.faces.libraries()
    expect(libs).toEqual(
      expect.arrayContaining([expect.objectContaining({ FDID: '1', faceLibType: 'blackFD' })]),
    )
    await c.persons.upsert(person('F1'))
    await c.faces.add({ FPID: 'F1' }, { jpeg: face })
    const again = await rejects(c.faces.add({ FPID: 'F1' }, { jpeg: face }))
    expect(again).toMatchObject({
      category: 'conflict',
      subStatusCode: 'deviceUserAlreadyExistFace',
    })
    await c.faces.upsert({ FPID: 'F1' }, { jpeg: await jpeg(500, 660) })
    const found = await collect(c.faces.search({ FPID: 'F1' }))
    expect(found).toHaveLength(1)
    expect(found[0]!.faceURL).toBeTruthy()
    const pic = await c.pictures.get(found[0]!.faceURL!)
    expect(pic.data[0]).toBe(0xff)
    expect(pic.data[1]).toBe(0xd8)
    const counts = await c.faces.count()
    expect(counts.find((x) => x.FDID === '1')?.recordDataNumber).toBeGreaterThanOrEqual(1)
    await c.faces.delete(['F1'])
    expect(await collect(c.faces.search({ FPID: 'F1' }))).toHaveLength(0)
  })

  it('a streamed picture (not replayable) is sent once, after a fresh challenge', async () => {
    await c.persons.upsert(person('F4'))
    const pic = await jpeg(440, 600)
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < pic.length; i += 4096) yield pic.subarray(i, i + 4096)
    }
    const challenges = c.http.session.challenges
    await c.faces.upsert({ FPID: 'F4' }, { stream: chunks(), length: pic.length })
    expect(c.http.session.challenges).toBe(challenges + 1)
    expect(await collect(c.faces.search({ FPID: 'F4' }))).toHaveLength(1)
  })

  it('a picture the device cannot model is rejected with a plain reason, old face kept', async () => {
    await c.persons.upsert(person('F2'))
    await c.faces.upsert({ FPID: 'F2' }, { jpeg: face })
    await f.control.fault(f.devices[0]!, { faceModelingFail: 1 })
    const e = await rejects(c.faces.upsert({ FPID: 'F2' }, { jpeg: face }))
    expect(e).toMatchObject({
      code: 'DEVICE_ERROR',
      category: 'invalidInput',
      subStatusCode: 'SubpicAnalysisModelingError',
      errorCode: 1610612791,
    })
    expect(String(e.reason)).toMatch(/face picture/i)
    expect(await collect(c.faces.search({ FPID: 'F2' }))).toHaveLength(1)
  })

  it('faceURL mode (device downloads the picture), metadata edit, capabilities', async () => {
    const { createServer } = await import('node:http')
    const pic = await jpeg(420, 560)
    const srv = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'image/jpeg' })
      res.end(pic)
    })
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
    const port = (srv.address() as { port: number }).port
    try {
      await c.persons.upsert(person('F3'))
      await c.faces.add({ FPID: 'F3' }, { faceURL: `http://127.0.0.1:${port}/faces/F3.jpg` })
      expect(await collect(c.faces.search({ FPID: 'F3' }))).toHaveLength(1)
      await c.faces.modify({ FPID: 'F3', name: 'Renamed' })
      expect((await collect(c.faces.search({ FPID: 'F3' })))[0]?.name).toBe('Renamed')
    } finally {
      srv.close()
    }
    const caps = await c.faces.capabilities()
    expect(caps).toHaveProperty('FDRecordDataMaxNum')
    expect(await c.fingerprints.capabilities()).toHaveProperty('fingerPrintID')
  })

  it('creates and deletes a library', async () => {
    const id = await c.faces.createLibrary({ faceLibType: 'staticFD', name: 'Visitors' })
    expect((await c.faces.libraries()).some((l) => l.FDID === id)).toBe(true)
    await c.faces.deleteLibrary(id, 'staticFD')
    expect(
      (await c.faces.libraries()).some((l) => l.FDID === id && l.faceLibType === 'staticFD'),
    ).toBe(false)
  })
})

describe('fingerprints', () => {
  it('captures, applies (blocking and async with progress), reads back, modifies, deletes with progress', async () => {
    await c.persons.upsert(person('FP1'))
    await f.control.autoCapture(f.devices[0]!, true, 50)
    const cap = await c.capture.fingerprint({ fingerNo: 1, timeoutMs: 10_000 })
    expect(cap.fingerData.length).toBeGreaterThan(100)
    const r = await c.fingerprints.upsert({
      employeeNo: 'FP1',
      fingerPrintID: 1,
      fingerData: cap.fingerData,
    })
    expect(r.ok).toBe(true)
    expect(r.readers[0]).toMatchObject({ reader: 1, code: 1 })
    const cap2 = await c.capture.fingerprint({ fingerNo: 2, timeoutMs: 10_000 })
    const r2 = await c.fingerprints.upsertAsync(
      { employeeNo: 'FP1', fingerPrintID: 2, fingerData: cap2.fingerData },
      { intervalMs: 50 },
    )
    expect(r2.ok).toBe(true)
    const back = await c.fingerprints.read('FP1')
    expect(back.map((x) => x.fingerPrintID).sort()).toEqual([1, 2])
    expect(back.find((x) => x.fingerPrintID === 1)?.fingerData).toBe(cap.fingerData)
    await c.fingerprints.modify({ employeeNo: 'FP1', fingerPrintID: 1, fingerType: 'hijackFP' })
    const progress: string[] = []
    await c.fingerprints.delete(
      { employeeNo: 'FP1', fingerPrintIDs: [2] },
      { intervalMs: 50, onProgress: (s) => progress.push(s) },
    )
    expect(progress.at(-1)).toBe('success')
    expect((await c.fingerprints.read('FP1')).map((x) => x.fingerPrintID)).toEqual([1])
    await f.control.autoCapture(f.devices[0]!, false)
  })

  it('a duplicate finger is a per-reader verdict (HTTP 200) turned into OPERATION_FAILED with the owner', async () => {
    await c.persons.upsert(person('FP2'))
    await c.persons.upsert(person('FP3'))
    await f.control.autoCapture(f.devices[0]!, true, 20)
    const cap = await c.capture.fingerprint({ fingerNo: 1, timeoutMs: 10_000 })
    await f.control.autoCapture(f.devices[0]!, false)
    await c.fingerprints.upsert({ employeeNo: 'FP2', fingerPrintID: 1, fingerData: cap.fingerData })
    const e = await rejects(
      c.fingerprints.upsert({ employeeNo: 'FP3', fingerPrintID: 1, fingerData: cap.fingerData }),
    )
    expect(e).toMatchObject({ code: 'OPERATION_FAILED', category: 'conflict' })
    expect(String(e.reason)).toContain('FP2')
  })
})

describe('capture', () => {
  it('card capture returns what was presented', async () => {
    const p = c.capture.card({ timeoutMs: 10_000 })
    await waitingFor(f, f.devices[0]!, 'card')
    await f.control.presentCard(f.devices[0]!, '0012345678')
    expect(await p).toMatchObject({ cardNo: '0012345678' })
  })

  it('face capture: binary answer with progress, and url answer fetched with the same session', async () => {
    const presented = await jpeg(400, 500)
    const progress: number[] = []
    const p = c.capture.face({
      dataType: 'binary',
      timeoutMs: 10_000,
      pollMs: 100,
      onProgress: (x) => progress.push(x),
    })
    await waitingFor(f, f.devices[0]!, 'face')
    await f.control.presentFace(f.devices[0]!, presented)
    const got = await p
    expect(got.jpeg[0]).toBe(0xff)
    expect(got.jpeg.length).toBeGreaterThan(1000)
    expect(progress.at(-1)).toBe(100)
    const p2 = c.capture.face({ dataType: 'url', timeoutMs: 10_000, pollMs: 100 })
    await waitingFor(f, f.devices[0]!, 'face')
    await f.control.presentFace(f.devices[0]!, presented)
    const got2 = await p2
    expect(got2.faceDataUrl).toBeTruthy()
    expect(got2.jpeg[0]).toBe(0xff)
  })

  it('nothing presented: the device timeout becomes a coded timeout; abort cancels', async () => {
    const p = rejects(c.capture.fingerprint({ timeoutMs: 10_000 }))
    await waitingFor(f, f.devices[0]!, 'finger')
    await f.control.presentNothing(f.devices[0]!, 'finger')
    expect(await p).toMatchObject({ category: 'timeout' })
    const ac = new AbortController()
    const q = rejects(c.capture.face({ signal: ac.signal, pollMs: 50 }))
    await waitingFor(f, f.devices[0]!, 'face')
    ac.abort()
    expect(await q).toMatchObject({ code: 'ABORTED' })
  })
})

describe('iris (iris-face profile)', () => {
  it('capabilities, capture, add, search, delete', async () => {
    const g = await fleet({ devices: 1, profile: 'iris-face' })
    const ic = client(g.devices[0]!)
    try {
      const caps = await ic.system.capabilities()
      expect(caps.iris.supported).toBe(true)
      await ic.persons.upsert(person('I1'))
      await g.control.autoCapture(g.devices[0]!, true, 30)
      const cap = await ic.capture.iris({ timeoutMs: 10_000, pollMs: 50 })
      expect(cap.progress).toBe(100)
      await g.control.autoCapture(g.devices[0]!, false)
      const pictures = cap.pictures.length ? cap.pictures : [await jpeg(64, 64)]
      await ic.iris.add({ employeeNo: 'I1', id: 1, pictures })
      const found = await collect(ic.iris.search({ employeeNos: ['I1'] }))
      expect(found.map((x) => x.employeeNo)).toContain('I1')
      expect(await ic.iris.count()).toBeGreaterThanOrEqual(1)
      await ic.iris.upsert({ employeeNo: 'I1', id: 1, pictures })
      await ic.iris.modify({ employeeNo: 'I1', id: 1, pictures })
      expect(await ic.iris.capabilities()).toBeTypeOf('object')
      await ic.iris.delete(['I1'])
      expect(await collect(ic.iris.search({ employeeNos: ['I1'] }))).toHaveLength(0)
    } finally {
      await ic.close()
      await g.close()
    }
  })
})
