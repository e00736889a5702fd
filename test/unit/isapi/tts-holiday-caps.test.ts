// The voice-prompt holiday plan capability (guide ch. 19) was never captured; S2 writes other
// capabilities with bare arrays and literal bounds, the guide's habit is `@opt` / `@min` /
// `@max` under a root. Both forms read the same; what a terminal does not state stays null
// (no limit invented).
import { describe, expect, it } from 'vitest'
import { readTtsHolidayCaps } from '../../../src/main/isapi/endpoints/tts-holiday-plan'

const list = {
  maxSize: 4,
  TimeSegment: { beginTime: '00:00:00', endTime: '23:59:59', validUnit: 'second' },
  text: { '@min': 1, '@max': 64 },
}
const expected = {
  planIds: { min: 1, max: 32 },
  enable: true,
  prefixes: ['name', 'none'],
  dates: { min: '2000-01-01', max: '2037-12-31' },
  success: {
    maxSize: 4,
    text: { min: 1, max: 64 },
    time: { begin: '00:00:00', end: '23:59:59' },
    languages: ['English'],
  },
  failure: {
    maxSize: 4,
    text: { min: 1, max: 64 },
    time: { begin: '00:00:00', end: '23:59:59' },
    languages: null,
  },
}

describe('holiday plan capability, read leniently', () => {
  it('S2 style: rootless, bare arrays, literal bounds', () => {
    expect(
      readTtsHolidayCaps({
        planID: { '@min': 1, '@max': 32 },
        enable: [true, false],
        prefix: ['name', 'none'],
        beginDate: '2000-01-01',
        endDate: '2037-12-31',
        Success: { ...list, language: ['English'] },
        Failure: list,
      }),
    ).toEqual(expected)
  })

  it('guide style: under a root, @opt strings, @min / @max bounds', () => {
    expect(
      readTtsHolidayCaps({
        TTSTextHolidayPlanCap: {
          id: { '@min': '1', '@max': '32' },
          enable: { '@opt': 'true,false' },
          prefix: { '@opt': 'name,none' },
          beginDate: { '@min': '2000-01-01', '@max': '2037-12-31' },
          endDate: { '@min': '2000-01-01', '@max': '2037-12-31' },
          Success: {
            maxSize: '4',
            TimeSegment: {
              beginTime: { '@min': '00:00:00', '@max': '23:59:59' },
              endTime: { '@min': '00:00:00', '@max': '23:59:59' },
            },
            text: { '@min': '1', '@max': '64' },
            language: { '@opt': 'English' },
          },
          Failure: list,
        },
      }),
    ).toEqual(expected)
  })

  it('states nothing: nothing assumed', () => {
    expect(readTtsHolidayCaps({ Success: {}, Failure: {} })).toEqual({
      planIds: null,
      enable: true,
      prefixes: null,
      dates: null,
      success: { maxSize: null, text: null, time: null, languages: null },
      failure: { maxSize: null, text: null, time: null, languages: null },
    })
  })
})
