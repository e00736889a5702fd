// Property test: random methods, known and mangled paths, random bodies and content types.
// Every answer is a well-formed HTTP response with a device status code, the device keeps
// serving, and its stored state stays consistent (every credential belongs to a person).
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'

let fleet: Fleet
let c: DigestClient

const PATHS = [
  '/ISAPI/AccessControl/UserInfo/Record?format=json',
  '/ISAPI/AccessControl/UserInfo/SetUp?format=json',
  '/ISAPI/AccessControl/UserInfo/Modify?format=json',
  '/ISAPI/AccessControl/UserInfo/Delete?format=json',
  '/ISAPI/AccessControl/UserInfo/Search?format=json',
  '/ISAPI/AccessControl/CardInfo/Record?format=json',
  '/ISAPI/AccessControl/CardInfo/SetUp?format=json',
  '/ISAPI/AccessControl/FingerPrint/SetUp?format=json',
  '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
  '/ISAPI/Intelligent/FDLib/FDSetUp?format=json',
  '/ISAPI/Intelligent/FDLib/FDSearch?format=json',
  '/ISAPI/AccessControl/AcsEvent?format=json',
  '/ISAPI/System/time',
  '/ISAPI/Event/notification/httpHosts',
  '/ISAPI/AccessControl/UserRightWeekPlanCfg/1?format=json',
  '/ISAPI/AccessControl/Door/param/1',
  '/ISAPI/System/configurationData',
]

const bodyArb = fc.oneof(
  fc.json().map((j) => ({ body: j, ct: 'application/json' })),
  fc
    .record({
      UserInfo: fc.dictionary(
        fc.constantFrom(
          'employeeNo',
          'name',
          'userType',
          'Valid',
          'RightPlan',
          'doorRight',
          'gender',
        ),
        fc.jsonValue(),
      ),
    })
    .map((o) => ({ body: JSON.stringify(o), ct: 'application/json' })),
  fc.string().map((s) => ({ body: `<Time><timeMode>${s}</timeMode>`, ct: 'application/xml' })),
  fc
    .uint8Array({ maxLength: 300 })
    .map((b) => ({ body: Buffer.from(b), ct: 'multipart/form-data; boundary=x' })),
  fc.constant({ body: '', ct: 'text/plain' }),
)

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-fp' })
  c = DigestClient.for(fleet.devices[0]!, { reuse: true })
})
afterAll(() => fleet.close())

describe('robustness', () => {
  it('answers any request with a device status and stays consistent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'PUT', 'POST', 'DELETE'),
        fc.constantFrom(...PATHS),
        fc.nat(40),
        bodyArb,
        async (method, path, cut, { body, ct }) => {
          const p = cut > 30 ? path.slice(0, path.length - (cut - 30)) : path
          const r = await c.request(
            method,
            p,
            method === 'GET' ? undefined : body,
            method === 'GET' ? undefined : ct,
          )
          expect([200, 400, 403, 404, 413, 500, 503]).toContain(r.status)
          if (r.status >= 400 && r.status !== 404) {
            const ctype = r.headers.get('content-type') ?? ''
            if (ctype.includes('json')) expect(r.json()).toHaveProperty('subStatusCode')
            else if (ctype.includes('xml')) expect(r.text).toContain('<subStatusCode>')
          }
        },
      ),
      { numRuns: 150 },
    )
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
    const st = await fleet.control.state(0)
    const persons = new Set(st.persons.map((p) => p.employeeNo))
    for (const card of st.cards) expect(persons.has(card.employeeNo)).toBe(true)
    for (const f of st.fingerprints) expect(persons.has(f.employeeNo)).toBe(true)
  }, 60_000)
})
