// The terminal's own log (ContentMgmt logSearch) and what a Viewer account may not do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'

let fleet: Fleet
let admin: DigestClient
const X = (root: string, inner: string): string =>
  `<${root} version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">${inner}</${root}>`
const search = (inner: string) =>
  admin.post(
    '/ISAPI/ContentMgmt/logSearch',
    X('CMSearchDescription', `<searchID>S1</searchID>${inner}`),
    'application/xml',
  )

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-lite' })
  admin = DigestClient.for(fleet.devices[0]!)
})
afterAll(() => fleet.close())

describe('logSearch', () => {
  it('answers CMSearchResult with the operation log, paged by searchResultPostion', async () => {
    for (const cmd of ['alwaysOpen', 'close'])
      await admin.put(
        '/ISAPI/AccessControl/RemoteControl/door/1',
        X('RemoteControlDoor', `<cmd>${cmd}</cmd>`),
        'application/xml',
      )
    const first = await search(
      '<metaId>log.std-cgi.com/Operation</metaId><maxResults>1</maxResults><searchResultPostion>0</searchResultPostion>',
    )
    expect(first.status).toBe(200)
    expect(first.text).toContain('<CMSearchResult')
    expect(first.text).toContain('<responseStatusStrg>MORE</responseStatusStrg>')
    expect(first.text).toContain('<metaId>log.std-cgi.com/Operation/remoteLogin</metaId>')
    const rest = await search(
      '<metaId>log.std-cgi.com/Operation</metaId><maxResults>50</maxResults><searchResultPostion>1</searchResultPostion>',
    )
    expect(rest.text).toContain('<responseStatusStrg>OK</responseStatusStrg>')
    expect(rest.text).toContain('log.std-cgi.com/Operation/remoteAlwaysOpen')
    expect(rest.text).toContain('log.std-cgi.com/Operation/remoteCloseDoor')
    expect(rest.text).not.toContain('log.std-cgi.com/Exception')
  })

  it('filters by time; refuses a malformed time or type', async () => {
    const none = await search(
      '<timeSpanList><timeSpan><startTime>2099-01-01T00:00:00Z</startTime><endTime>2099-01-02T00:00:00Z</endTime></timeSpan></timeSpanList>',
    )
    expect(none.text).toContain('<responseStatusStrg>NO MATCHES</responseStatusStrg>')
    const bad = await search(
      '<timeSpanList><timeSpan><startTime>yesterday</startTime></timeSpan></timeSpanList>',
    )
    expect(bad.status).toBe(400)
    expect((await search('<metaId>log.std-cgi.com/Nonsense</metaId>')).status).toBe(400)
  })
})

describe('a Viewer account', () => {
  it('reads, but may neither control a door nor write a setting', async () => {
    const d = fleet.devices[0]!
    const add = await admin.post(
      '/ISAPI/Security/users',
      X(
        'User',
        `<userName>view1</userName><password>Vi3wer-pass</password><userLevel>Viewer</userLevel><loginPassword>${d.password}</loginPassword>`,
      ),
      'application/xml',
    )
    expect(add.status).toBe(200)
    const viewer = DigestClient.for(d, { user: 'view1', pass: 'Vi3wer-pass' })
    expect((await viewer.get('/ISAPI/AccessControl/AcsWorkStatus?format=json')).status).toBe(200)
    const door = await viewer.put(
      '/ISAPI/AccessControl/RemoteControl/door/1',
      X('RemoteControlDoor', '<cmd>open</cmd>'),
      'application/xml',
    )
    expect(door.status).toBe(403)
    expect(door.text).toContain('lowPrivilege')
    const cfg = await viewer.put(
      '/ISAPI/AccessControl/Door/param/1',
      X('DoorParam', '<openDuration>9</openDuration>'),
      'application/xml',
    )
    expect(cfg.status).toBe(403)
  })
})
