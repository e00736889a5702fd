// Voice prompt texts are spoken, not only stored (guide 21.31, ch. 20): texts set through the
// station (config.set TTSText) make the simulated terminal say the success text, after the
// person's name, on a granted card, and the failure text on a refused one; with the texts off
// it says nothing of them. The daily time segment decides: a text whose segment does not hold
// the terminal's time of day is not said.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Fleet } from '../../../src/simulator'
import type { IsapiClient } from '../../../src/main/isapi/index'
import { value } from '../../helpers/roster-fixtures'
import type { TestStation } from '../../helpers/station'
import { voiceTerminal } from '../../helpers/voice-terminal'

let fleet: Fleet
let t: TestStation
let c: IsapiClient
let deviceId = ''
beforeAll(async () => {
  ;({ fleet, t, c, deviceId } = await voiceTerminal({
    employeeNo: 'V1',
    name: 'Vera',
    cardNo: '7001',
  }))
})
afterAll(async () => {
  await c?.close()
  await t.station.close()
  await fleet.close()
})

const sim = () => fleet.devices[0]!
const text = (s: string, beginTime = '00:00:00', endTime = '23:59:59') =>
  JSON.stringify([{ TimeSegment: { beginTime, endTime }, text: s }])
const setTexts = async (changes: Record<string, string | boolean>) =>
  value(await t.station.call('config.set', { deviceId, resource: 'TTSText', changes }))
const lastSaid = async () => (await fleet.control.spoken(sim())).at(-1)

describe('voice prompt texts', () => {
  it('says the success text after the name on a granted card, the failure text on a refused one', async () => {
    await setTexts({
      enable: true,
      prefix: 'name',
      Success: text('welcome'),
      Failure: text('access denied'),
    })
    await fleet.control.triggerEvent(sim(), { kind: 'card', cardNo: '7001' })
    expect(await lastSaid()).toMatchObject({ outcome: 'success', text: 'Vera welcome' })
    await fleet.control.triggerEvent(sim(), { kind: 'card', cardNo: '9999' })
    expect(await lastSaid()).toMatchObject({ outcome: 'failure', text: 'access denied' })
  })

  it('says nothing of them when custom texts are off, or when no segment holds the time of day', async () => {
    await setTexts({ enable: false })
    const before = (await fleet.control.spoken(sim())).length
    await fleet.control.triggerEvent(sim(), { kind: 'card', cardNo: '7001' })
    expect((await fleet.control.spoken(sim())).length).toBe(before)

    // the terminal's clock moved to 03:00 of its own day: a 06:00–11:59 morning text is not for now
    const { time } = await fleet.control.shiftClock(sim(), 0)
    const [h = 0, m = 0, sec = 0] = time.slice(11, 19).split(':').map(Number)
    const day = 86_400
    await fleet.control.shiftClock(
      sim(),
      ((((3 * 3600 - (h * 3600 + m * 60 + sec)) % day) + day) % day) * 1000,
    )
    try {
      await setTexts({
        enable: true,
        prefix: 'none',
        Success: text('good morning', '06:00:00', '11:59:59'),
      })
      await fleet.control.triggerEvent(sim(), { kind: 'card', cardNo: '7001' })
      expect((await fleet.control.spoken(sim())).length).toBe(before)
      await setTexts({ Success: text('good night', '00:00:00', '05:59:59') })
      await fleet.control.triggerEvent(sim(), { kind: 'card', cardNo: '7001' })
      expect(await lastSaid()).toMatchObject({ outcome: 'success', text: 'good night' })
    } finally {
      await fleet.control.shiftClock(sim(), 0)
    }
  })
})
