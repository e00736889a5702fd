import { describe, expect, it } from 'vitest'
import {
  normaliseCardNo,
  normaliseEmployeeNo,
  readCard,
  wiegandParts,
} from '../../../src/shared/card-formats'

// One card (UID C5 38 2C F0) as readers set to each format type it.
const CARD = '3308793072' // 0xC5382CF0

describe('card numbers as desk readers type them', () => {
  it('reads decimal, hex and reversed hex of one card to the same number', () => {
    expect(readCard(CARD, 'decimal')).toEqual({ ok: true, cardNo: CARD })
    expect(readCard('00' + CARD, 'decimal')).toEqual({ ok: true, cardNo: CARD })
    expect(readCard('C5382CF0', 'hex')).toEqual({ ok: true, cardNo: CARD })
    expect(readCard('0xc5382cf0', 'hex')).toEqual({ ok: true, cardNo: CARD })
    expect(readCard('F02C38C5', 'hexReversed')).toEqual({ ok: true, cardNo: CARD })
    expect(readCard('F0:2C:38:C5', 'hexReversed')).toEqual({ ok: true, cardNo: CARD })
  })

  it('reads Wiegand facility + number as the frame carries them', () => {
    expect(readCard('118:11312', 'wiegand26')).toEqual({
      ok: true,
      cardNo: String(118 * 65536 + 11312),
    })
    expect(readCard('11576,11312', 'wiegand34')).toEqual({
      ok: true,
      cardNo: String(11576 * 65536 + 11312),
    })
    expect(wiegandParts(String(118 * 65536 + 11312))).toEqual({ facility: 118, number: 11312 })
  })

  it('refuses what the format cannot be, saying why', () => {
    expect(readCard('', 'decimal')).toEqual({ ok: false, problem: 'empty' })
    expect(readCard('12AB', 'decimal')).toEqual({ ok: false, problem: 'notDecimal' })
    expect(readCard('XYZ', 'hex')).toEqual({ ok: false, problem: 'notHex' })
    expect(readCard('ABC', 'hexReversed')).toEqual({ ok: false, problem: 'oddHex' })
    expect(readCard('256:1', 'wiegand26')).toEqual({ ok: false, problem: 'facilityRange' })
    expect(readCard('1:65536', 'wiegand34')).toEqual({ ok: false, problem: 'numberRange' })
    expect(readCard('118', 'wiegand26')).toEqual({ ok: false, problem: 'notWiegand' })
    expect(readCard('1'.repeat(21), 'decimal')).toEqual({ ok: false, problem: 'tooLong' })
  })

  it('normalises spellings of one card and one employee number', () => {
    expect(normaliseCardNo('0012345')).toBe(normaliseCardNo('12345'))
    expect(normaliseCardNo('ab-12')).toBe('AB12')
    expect(normaliseEmployeeNo('E-0012')).toBe(normaliseEmployeeNo('e12'))
    expect(normaliseEmployeeNo(' 007 ')).toBe('7')
    expect(normaliseEmployeeNo('E12')).not.toBe(normaliseEmployeeNo('E120'))
  })
})
