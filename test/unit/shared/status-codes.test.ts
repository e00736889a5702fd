// Issue 17 item 7: every code the station sends for the UI to word (src/shared/status-codes.ts)
// has text in English and in Chinese — a new code without words fails here, not in front of a
// Chinese-speaking operator.
import { describe, expect, it } from 'vitest'
import {
  DEVICE_HEALTHS,
  ERROR_CODES,
  PAUSE_WAITS,
  REASON_CODES,
} from '../../../src/shared/status-codes'
import { REASON_TEXT, reasonText } from '../../../src/shared/reason-text'
import { en } from '../../../src/renderer/src/i18n/en'
import { zh } from '../../../src/renderer/src/i18n/zh'
import { devicesEn } from '../../../src/renderer/src/i18n/devices.en'
import { devicesZh } from '../../../src/renderer/src/i18n/devices.zh'
import { applyEn } from '../../../src/renderer/src/i18n/apply.en'
import { applyZh } from '../../../src/renderer/src/i18n/apply.zh'

const HAN = /[\u4e00-\u9fff]/
const worded = (enText: unknown, zhText: unknown) => {
  expect(typeof enText).toBe('string')
  expect(typeof zhText).toBe('string')
  expect(String(enText).trim()).not.toBe('')
  expect(String(zhText)).toMatch(HAN) // Chinese words, not an English copy
}
const lookup = (table: object, key: string): unknown => (table as Record<string, unknown>)[key]

describe('every status code has words in en and zh', () => {
  it.each([...ERROR_CODES])('error %s has a title', (code) => {
    worded(lookup(en.errors.title, code), lookup(zh.errors.title, code))
  })

  it.each(Object.keys(en.errors.advice))('error advice %s has both languages', (code) => {
    worded(lookup(en.errors.advice, code), lookup(zh.errors.advice, code))
  })

  it.each([...DEVICE_HEALTHS])('terminal health %s has a label', (health) => {
    worded(lookup(devicesEn.health, health), lookup(devicesZh.health, health))
  })

  it.each(PAUSE_WAITS.filter((w) => w !== 'operator'))('a queue waiting for %s says so', (w) => {
    worded(lookup(applyEn.waitingFor, w), lookup(applyZh.waitingFor, w))
  })

  it.each(REASON_CODES)('reason %s has words, and the Chinese ones are Chinese', (code) => {
    worded(REASON_TEXT[code].en, REASON_TEXT[code].zh)
  })

  it('the Chinese words of a coded reason carry its figures', () => {
    const words = reasonText(
      { code: 'terminalFullPersons', params: { terminal: 'Gate', held: 10000, max: 10000 } },
      'zh',
    )
    expect(words).toBe(
      'Gate 已满：已存 10,000 人，上限 10,000 人。请从中删除一些或减少分配给它的人员，然后继续下发。',
    )
  })
})
