// The simulated door state machine, proven through the terminal: AcsWorkStatus and its events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'
import { openStream } from './stream-reader.js'

let fleet: Fleet
let c: DigestClient
const X = (root: string, inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><${root} version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">${inner}</${root}>`

interface Ws {
  doorLockStatus: number[]
  doorStatus: number[]
  magneticStatus: number[]
}
const status = async (): Promise<Ws> =>
  (await c.get('/ISAPI/AccessControl/AcsWorkStatus?format=json')).json<{ AcsWorkStatus: Ws }>()
    .AcsWorkStatus
const cmd = (door: number, command: string) =>
  c.put(
    `/ISAPI/AccessControl/RemoteControl/door/${door}`,
    X('RemoteControlDoor', `<cmd>${command}</cmd>`),
    'application/xml',
  )
let seen = 0
/** Door events (major 5) and door commands (3/1024…1027) since the last call, as "major/minor@door". */
async function newEvents(): Promise<string[]> {
  const ev = await fleet.control.events(0, seen)
  if (ev.length) seen = ev.at(-1)!.serialNo
  return ev
    .filter((e) => e.major === 5 || (e.major === 3 && e.minor >= 1024 && e.minor <= 1027))
    .map((e) => `${e.major}/${e.minor}@${String(e.doorNo)}`)
}

beforeAll(async () => {
  fleet = await startFleet({ profile: 'card-door', manualTimers: true })
  c = DigestClient.for(fleet.devices[0]!)
  await newEvents()
})
afterAll(() => fleet.close())

describe('doors of a two-door controller', () => {
  it('open pulses the lock for the stored DoorParam openDuration, then relocks', async () => {
    const put = await c.put(
      '/ISAPI/AccessControl/Door/param/2',
      X('DoorParam', '<openDuration>10</openDuration>'),
      'application/xml',
    )
    expect(put.status).toBe(200)
    await newEvents()
    expect((await cmd(2, 'open')).status).toBe(200)
    expect(await status()).toMatchObject({ doorLockStatus: [0, 1], doorStatus: [4, 4] })
    expect(await newEvents()).toEqual(['3/1024@2', '5/21@2'])
    await fleet.control.advanceTimers(0, 9_999)
    expect((await status()).doorLockStatus).toEqual([0, 1])
    await fleet.control.advanceTimers(0, 1)
    expect((await status()).doorLockStatus).toEqual([0, 0])
    expect(await newEvents()).toEqual(['5/22@2'])
  })

  it('always open holds the door unlocked past openDuration; close ends the hold', async () => {
    await cmd(1, 'alwaysOpen')
    await fleet.control.advanceTimers(0, 600_000)
    expect(await status()).toMatchObject({ doorLockStatus: [1, 0], doorStatus: [2, 4] })
    expect(await newEvents()).toEqual(['3/1026@1', '5/21@1', '5/19@1'])
    await cmd(1, 'close')
    expect(await status()).toMatchObject({ doorLockStatus: [0, 0], doorStatus: [4, 4] })
    expect(await newEvents()).toEqual(['3/1025@1', '5/20@1', '5/22@1'])
  })

  it('always closed refuses a remote open and a valid card; the door stays locked', async () => {
    await cmd(1, 'alwaysClose')
    expect(await newEvents()).toEqual(['3/1027@1', '5/31@1'])
    const r = await cmd(1, 'open')
    expect(r.status).toBe(403)
    expect(r.text).toContain('<subStatusCode>invalidOperation</subStatusCode>')
    expect(await status()).toMatchObject({ doorLockStatus: [0, 0], doorStatus: [3, 4] })
    expect(await newEvents()).toEqual([])
    await cmd(1, 'close')
    expect(await newEvents()).toEqual(['3/1025@1', '5/32@1'])
  })

  it('a door left open past magneticAlarmTimeout raises "door open timeout" (5/28)', async () => {
    await c.put(
      '/ISAPI/AccessControl/Door/param/1',
      X('DoorParam', '<magneticAlarmTimeout>20</magneticAlarmTimeout>'),
      'application/xml',
    )
    await cmd(1, 'open')
    await fleet.control.doorContact(0, 1, true)
    expect((await status()).magneticStatus).toEqual([1, 0])
    await fleet.control.advanceTimers(0, 19_000)
    expect(await newEvents()).toEqual(['3/1024@1', '5/21@1', '5/25@1', '5/22@1'])
    await fleet.control.advanceTimers(0, 1_000)
    expect(await newEvents()).toEqual(['5/28@1'])
    await fleet.control.doorContact(0, 1, false)
    expect(await newEvents()).toEqual(['5/26@1'])
    // forced: the leaf opens while locked
    await fleet.control.doorContact(0, 2, true)
    await fleet.control.doorContact(0, 2, false)
    expect(await newEvents()).toEqual(['5/27@2', '5/26@2'])
  })

  it('the door events reach the alertStream live (door open timeout included)', async () => {
    const s = await openStream(c, 'GET', '/ISAPI/Event/notification/alertStream')
    try {
      const live = () =>
        s
          .json()
          .map(
            (m) =>
              m.AccessControllerEvent as
                { currentEvent?: boolean; subEventType?: number; doorNo?: number } | undefined,
          )
          .filter((e) => e?.currentEvent === true)
          .map((e) => `${e!.subEventType}@${e!.doorNo}`)
      await fleet.control.doorContact(0, 2, true)
      await fleet.control.advanceTimers(0, 30_000)
      await s.waitFor(() => live().includes('28@2'))
      expect(live()).toEqual(expect.arrayContaining(['27@2', '28@2']))
      await fleet.control.doorContact(0, 2, false)
      await s.waitFor(() => live().includes('26@2'))
    } finally {
      s.close()
    }
  })
})
