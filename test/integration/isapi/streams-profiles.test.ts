import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAcsAlert, type IsapiClient } from '../../../src/main/isapi/index'
import { eventually } from '../../helpers/eventually'
import { alertStreamsOpen, client, fleet, valid, type Fleet } from './helpers'
import { jpeg } from './jpeg'

let f: Fleet
let c: IsapiClient

beforeAll(async () => {
  f = await fleet({ devices: 4, profile: ['face-fp', 'face-lite', 'iris-face', 'card-door'] })
  c = client(f.devices[0]!)
  await c.persons.upsert({
    employeeNo: '501',
    name: 'Sub',
    userType: 'normal',
    valid,
    doorRight: '1',
    rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
  })
  await c.cards.upsert({ employeeNo: '501', cardNo: '501501' })
  await c.faces.upsert({ FPID: '501' }, { jpeg: await jpeg() })
})
afterAll(async () => {
  await c?.close()
  await f?.close()
})

async function until<T>(
  it: AsyncIterable<T>,
  pred: (x: T) => boolean,
  ms: number,
  ac: AbortController,
): Promise<T[]> {
  const got: T[] = []
  const timer = setTimeout(() => ac.abort(), ms)
  try {
    for await (const x of it) {
      got.push(x)
      if (pred(x)) break
    }
  } catch {
    // aborted or broken: the caller asserts on what arrived
  } finally {
    clearTimeout(timer)
  }
  return got
}

describe('event streams', () => {
  it('alertStream: a face pass arrives live, typed, with its employee and (when streamed) its picture', async () => {
    const ac = new AbortController()
    await alertStreamsOpen(f, f.devices[0]!, 0)
    const p = until(
      c.events.alertStream({ signal: ac.signal }),
      (e) => e.type === 'access' && e.live && e.event.minor === 75,
      30_000,
      ac,
    )
    await alertStreamsOpen(f, f.devices[0]!, 1)
    await f.control.triggerEvent(f.devices[0]!, { kind: 'face', employeeNo: '501', match: true })
    const got = await p
    ac.abort()
    const ev = got
      .filter(isAcsAlert)
      .find((e) => e.type === 'access' && e.live && e.event.minor === 75)
    expect(ev).toBeDefined()
    expect(ev!.event).toMatchObject({ major: 5, minor: 75, employeeNo: '501' })
    if ((ev!.event.picturesNumber ?? 0) > 0 && ev!.pictures.length > 0)
      expect(ev!.pictures[0]![0]).toBe(0xff)
    const logged = (
      await c.events.searchPage({ searchID: 'pic', position: 0, major: 5, minor: 75 })
    ).items.find((e) => e.pictureURL)
    if (logged?.pictureURL) {
      const pic = await c.pictures.get(logged.pictureURL)
      expect(pic.data.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    }
  })

  it('subscribeEvent: subscription id, then the subscribed events', async () => {
    const ac = new AbortController()
    let id = ''
    const p = until(
      c.events.subscribe(
        { heartbeat: 5, events: { minorEvent: [0x1, 0x4b] } },
        { signal: ac.signal, onSubscribed: (x) => (id = x) },
      ),
      (e) => e.type === 'access' && e.live && e.event.cardNo === '501501',
      30_000,
      ac,
    )
    await eventually(() => {
      if (!id) throw new Error('not subscribed yet')
    })
    await f.control.triggerEvent(f.devices[0]!, { kind: 'card', cardNo: '501501' })
    const got = await p
    expect(id).not.toBe('')
    expect(got.some((e) => e.type === 'access' && e.event.cardNo === '501501')).toBe(true)
    await c.events.unsubscribe(id).catch(() => {})
  })

  it('arming slots exhausted: a coded error, not a hang', async () => {
    const acs: AbortController[] = []
    const errors: unknown[] = []
    const first: Promise<unknown>[] = []
    for (let i = 0; i < 8; i++) {
      const ac = new AbortController()
      acs.push(ac)
      const it = c.events.alertStream({ signal: ac.signal })[Symbol.asyncIterator]()
      first.push(it.next().catch((e: unknown) => errors.push(e)))
    }
    // the streams past the slots are refused at once; the others stay open (no event yet)
    await eventually(() => {
      if (errors.length === 0) throw new Error('no stream refused yet')
    })
    for (const ac of acs) ac.abort()
    // each stream has its own connection; past the device's arming slots the answer is a coded error
    expect(errors.length).toBeGreaterThanOrEqual(1)
    for (const e of errors)
      expect(e).toMatchObject({
        name: 'IsapiError',
        category: expect.stringMatching(/busy|notSupported/),
      })
    // and the pool is still free for normal calls
    expect((await c.persons.count()).userNumber).toBeGreaterThanOrEqual(1)
  })
})

describe('profiles: capabilities say what each terminal supports', () => {
  it('face-fp, face-lite, iris-face, card-door', async () => {
    const caps = await Promise.all(
      f.devices.map(async (d) => {
        const cl = client(d)
        try {
          return await cl.system.capabilities()
        } finally {
          await cl.close()
        }
      }),
    )
    const [faceFp, faceLite, iris, cardDoor] = caps
    expect(faceFp!.faces.supported && faceFp!.fingerprints.supported).toBe(true)
    expect(faceLite!.faces.supported).toBe(true)
    expect(iris!.iris.supported).toBe(true)
    expect(cardDoor!.faces.supported).toBe(false)
    expect(cardDoor!.cards.supported).toBe(true)
    for (const x of caps) expect(x!.persons.supported).toBe(true)
  })
})
