// Holiday schedules of voice prompts (guide ch. 19) between the client and the simulator: the
// rootless plan and search documents as S2 answers them (factory plan for an id never written,
// `NO MATCH`), the capability read leniently, and the simulator refusing what lies outside its
// own capability with a terminal's codes — keeping nothing of a refused plan. The factory plan
// and the NO MATCH answer are S2's verbatim (DS-K1A340FWX probe notes, protocol-config 00 S2,
// file 57020726259).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IsapiClient } from '../../../src/main/isapi/index'
import type { TtsHolidayPlan } from '../../../src/main/isapi/endpoints/tts-holiday-plan'
import { client, fleet, rejects, type Fleet } from './helpers'

let f: Fleet
let c: IsapiClient
beforeAll(async () => {
  f = await fleet({ devices: 1, profile: 'face-fp' })
  c = client(f.devices[0]!)
})
afterAll(async () => {
  await c?.close()
  await f?.close()
})

const FACTORY: TtsHolidayPlan = {
  enable: false,
  prefix: 'none',
  beginDate: '2000-01-01',
  endDate: '2037-12-31',
  success: [],
  failure: [],
}
const plan = (o: Partial<TtsHolidayPlan> = {}): TtsHolidayPlan => ({
  enable: true,
  prefix: 'name',
  beginDate: '2026-12-24',
  endDate: '2026-12-26',
  success: [
    { beginTime: '00:00:00', endTime: '23:59:59', text: 'Merry Christmas', language: 'English' },
  ],
  failure: [
    { beginTime: '00:00:00', endTime: '23:59:59', text: 'Closed today', language: 'English' },
  ],
  ...o,
})
const row = (text: string) => ({ beginTime: '00:00:00', endTime: '23:59:59', text })

describe('voice-prompt holiday plans (client ↔ simulator)', () => {
  it('reads the capability (bare arrays, literal date bounds)', async () => {
    expect(await c.voiceHoliday.capabilities()).toEqual({
      planIds: { min: 1, max: 16 },
      enable: true,
      prefixes: ['name', 'none'],
      dates: { min: '2000-01-01', max: '2037-12-31' },
      success: {
        maxSize: 4,
        text: { min: 1, max: 64 },
        time: { begin: '00:00:00', end: '23:59:59' },
        languages: ['SimChinese', 'TraChinese', 'English'],
      },
      failure: {
        maxSize: 4,
        text: { min: 1, max: 64 },
        time: { begin: '00:00:00', end: '23:59:59' },
        languages: ['SimChinese', 'TraChinese', 'English'],
      },
    })
  })

  it('an id never written reads as the factory plan; the search says NO MATCH', async () => {
    expect(await c.voiceHoliday.get(3)).toEqual(FACTORY)
    const raw = await c.http.json(
      'POST',
      '/ISAPI/AccessControl/Verification/ttsText/searchHolidayPlan',
      { searchID: 'a1', searchResultPosition: 0, maxResults: 10 },
    )
    expect(raw).toEqual({ responseStatus: 'NO MATCH', numOfMatches: 0, totalMatches: 0 })
    expect(await c.voiceHoliday.search({ searchID: 'a2' })).toEqual({
      plans: [],
      total: 0,
      more: false,
    })
  })

  it('a wrapped search condition lacks searchID (MessageParametersLack, as S2)', async () => {
    const e = await rejects(
      c.http.json('POST', '/ISAPI/AccessControl/Verification/ttsText/searchHolidayPlan', {
        SearchCond: { searchID: 'x', searchResultPosition: 0, maxResults: 10 },
      }),
    )
    expect(e).toMatchObject({ subStatusCode: 'MessageParametersLack', errorMsg: 'searchID' })
  })

  it('writes plans by id and finds them, a page at a time', async () => {
    await c.voiceHoliday.set(2, plan())
    await c.voiceHoliday.set(
      5,
      plan({ enable: false, beginDate: '2027-01-01', endDate: '2027-01-01' }),
    )
    expect(await c.voiceHoliday.get(2)).toEqual(plan())
    const first = await c.voiceHoliday.search({ searchID: 's', position: 0, max: 1 })
    expect(first).toMatchObject({ total: 2, more: true })
    expect(first.plans).toEqual([{ planId: 2, ...plan() }])
    const second = await c.voiceHoliday.search({ searchID: 's', position: 1, max: 1 })
    expect(second.more).toBe(false)
    expect(second.plans.map((p) => p.planId)).toEqual([5])
  })

  it('refuses what lies outside its capability with a terminal’s codes, keeping nothing', async () => {
    const before = await c.voiceHoliday.get(2)
    const cases: [number, TtsHolidayPlan, string, string][] = [
      [2, plan({ success: [row('x'.repeat(65))] }), 'badParameters', 'text'],
      [2, plan({ success: [row('')] }), 'badParameters', 'text'],
      [2, plan({ failure: ['a', 'b', 'c', 'd', 'e'].map(row) }), 'badParameters', 'Failure'],
      [2, plan({ beginDate: '2026-12-27', endDate: '2026-12-26' }), 'badParameters', 'endDate'],
      [2, plan({ beginDate: '1999-12-31' }), 'badParameters', 'beginDate'],
      [
        2,
        plan({ success: [{ beginTime: '12:00:00', endTime: '11:00:00', text: 'x' }] }),
        'badParameters',
        'endTime',
      ],
      [2, plan({ success: [{ ...row('x'), language: 'Klingon' }] }), 'badParameters', 'language'],
      [2, plan({ prefix: 'lastname' }), 'badParameters', 'prefix'],
      [17, plan(), 'beyondARGSRangeLimit', 'planID'],
      [0, plan(), 'beyondARGSRangeLimit', 'planID'],
    ]
    for (const [id, p, sub, field] of cases) {
      const e = await rejects(c.voiceHoliday.set(id, p))
      expect([id, e.subStatusCode, e.errorMsg]).toEqual([id, sub, field])
    }
    const lack = await rejects(
      c.http.json('PUT', '/ISAPI/AccessControl/Verification/ttsText/holidayPlan/2', {
        TTSTextHolidayPlan: { enable: true },
      }),
    )
    expect(lack).toMatchObject({ subStatusCode: 'MessageParametersLack', errorMsg: 'enable' })
    expect(await c.voiceHoliday.get(2)).toEqual(before)
  })
})
