// The station's ISAPI client against the more faithful simulator (issue 13 items 6, 8, 9):
// stated capability values, the FDLib capacity refusal, the FPID a terminal files a face under,
// page sizes from capabilities, renaming a face library.
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../../src/main/isapi/index.js'
import type { IsapiClient } from '../../../src/main/isapi/index.js'
import { syntheticFace } from '../../../src/simulator/media/synth.js'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet, SimDeviceRecord } from '../../../src/simulator/index.js'

let fleet: Fleet
let face: IsapiClient
let door: IsapiClient
const open = (d: SimDeviceRecord): IsapiClient =>
  connect({
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
  })

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  face = open(fleet.devices[0]!)
  door = open(fleet.devices[1]!)
})
afterAll(async () => {
  await Promise.all([face.close(), door.close()])
  await fleet.close()
})

async function refusal(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p
  } catch (e) {
    return e as Record<string, unknown>
  }
  throw new Error('expected a refusal')
}

describe('capabilities the terminal states as text', () => {
  it('a digits-only controller (characterType opt="any,number" stating number) is read as number', async () => {
    expect((await door.system.capabilities()).persons.employeeNoCharacterType).toBe('number')
    expect((await face.system.capabilities()).persons.employeeNoCharacterType).toBe('any')
  })
})

describe('face libraries', () => {
  it('beyond FDMaxNum the refusal is a capacity limit (faceLibraryNumError), not bad content', async () => {
    const made: string[] = []
    let err: Record<string, unknown> | undefined
    for (let i = 0; i < 5 && !err; i++) {
      try {
        made.push(await face.faces.createLibrary({ faceLibType: 'staticFD', name: `cap${i}` }))
      } catch (e) {
        err = e as Record<string, unknown>
      }
    }
    expect(err).toMatchObject({
      category: 'capacity',
      subStatusCode: 'faceLibraryNumError',
      errorCode: 0x6000002d,
      httpStatus: 400,
    })
    expect(String(err!.reason)).toContain('maximum number of face libraries')
    for (const id of made) await face.faces.deleteLibrary(id, 'staticFD')
  })

  it('renames a library; a name another library has is refused as a conflict', async () => {
    const a = await face.faces.createLibrary({ faceLibType: 'staticFD', name: 'Visitors' })
    await face.faces.renameLibrary({ FDID: a, faceLibType: 'staticFD' }, 'Guests', 'front desk')
    const libs = await face.faces.libraries()
    expect(libs.find((l) => l.FDID === a)).toMatchObject({
      name: 'Guests',
      customInfo: 'front desk',
    })
    const dup = await refusal(
      face.faces.renameLibrary({ FDID: '1', faceLibType: 'blackFD' }, 'Guests'),
    )
    expect(dup).toMatchObject({ category: 'conflict', subStatusCode: 'duplicateLibraryName' })
    expect(
      await refusal(face.faces.renameLibrary({ FDID: a, faceLibType: 'staticFD' }, ' ')),
    ).toMatchObject({ code: 'INVALID_ARGUMENT' })
    await face.faces.deleteLibrary(a, 'staticFD')
  })

  it('faces.add returns the FPID the terminal filed the face under', async () => {
    await face.persons.upsert({ employeeNo: '7100', name: 'Fp', userType: 'normal' })
    const jpeg = await syntheticFace(7100)
    expect(await face.faces.add({ FPID: '7100' }, { jpeg })).toBe('7100')
    const lib = await face.faces.createLibrary({ faceLibType: 'staticFD', name: 'Static' })
    const FPID = await face.faces.add(
      { FDID: lib, faceLibType: 'staticFD', name: 'walk-in' },
      { jpeg },
    )
    expect(FPID).toMatch(/^\d+$/)
    const found = []
    for await (const f of face.faces.search({ FDID: lib, faceLibType: 'staticFD' }))
      found.push(f.FPID)
    expect(found).toEqual([FPID])
    await face.faces.deleteLibrary(lib, 'staticFD')
  })
})

describe('search pages from capabilities', () => {
  it('pages as large as the terminal states (32 here), 30 when the caller gives no maximum', async () => {
    for (let i = 0; i < 40; i++)
      await face.persons.upsert({ employeeNo: String(8000 + i), name: `P${i}`, userType: 'normal' })
    const caps = await face.system.capabilities()
    expect(caps.persons.pageMax).toBe(32)
    const big = await face.persons.searchPage({
      searchID: 'pg32',
      position: 0,
      pageMax: caps.persons.pageMax,
    })
    expect(big.items).toHaveLength(32)
    expect(big.status).toBe('MORE')
    const dflt = await face.persons.searchPage({ searchID: 'pg30', position: 0 })
    expect(dflt.items).toHaveLength(30)
    const all = []
    for await (const p of face.persons.search({ pageMax: caps.persons.pageMax })) all.push(p)
    expect(all.length).toBeGreaterThanOrEqual(40)
  })

  it('once the capabilities were read, person searches ask for pages that size', async () => {
    const asked: number[] = []
    const seen = (m: unknown): void => {
      const r = (m as { request: { path: string; body: unknown } }).request
      if (!r.path.startsWith('/ISAPI/AccessControl/UserInfo/Search')) return
      const body = r.body === null || r.body === undefined ? '' : String(r.body)
      const max = /"maxResults":(\d+)/.exec(body)
      if (max) asked.push(Number(max[1]))
    }
    const fresh = open(fleet.devices[0]!)
    subscribe('undici:request:create', seen)
    try {
      for await (const _ of fresh.persons.search()) break
      await fresh.system.capabilities()
      asked.push(0)
      for await (const _ of fresh.persons.search()) break
    } finally {
      unsubscribe('undici:request:create', seen)
      await fresh.close()
    }
    // (a request may be sent twice: once unsigned for the challenge, once signed)
    const cut = asked.indexOf(0)
    expect(new Set(asked.slice(0, cut))).toEqual(new Set([30]))
    expect(new Set(asked.slice(cut + 1))).toEqual(new Set([32]))
  })
})
