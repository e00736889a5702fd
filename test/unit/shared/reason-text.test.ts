// Every reason code the station sends has words in English and Chinese, with the same parameters.
import { describe, expect, it } from 'vitest'
import { REASON_TEXT, reasonText, type ReasonCode } from '../../../src/shared/reason-text'

const params = (s: string): string[] =>
  [...s.matchAll(/\{\{(\w+)(?::\w+)?(?:\|[^}]*)?\}\}/g)].map((m) => m[1]!).sort()

describe('reason texts', () => {
  it.each(Object.keys(REASON_TEXT) as ReasonCode[])(
    '%s has en and zh with the same parameters',
    (code) => {
      const { en, zh } = REASON_TEXT[code]
      expect(en.trim()).not.toBe('')
      expect(zh.trim()).not.toBe('')
      expect(zh).not.toBe(en)
      expect(new Set(params(zh))).toEqual(new Set(params(en)))
    },
  )

  it('fills parameters and counts with English plural rules', () => {
    const r = (count: number) =>
      reasonText(
        { code: 'doorNotOnTerminal', params: { terminal: 'Gate', doors: '3', count } },
        'en',
      )
    expect(r(1)).toBe('Door 3 does not exist on Gate (1 door).')
    expect(r(2)).toBe('Door 3 does not exist on Gate (2 doors).')
  })
})
