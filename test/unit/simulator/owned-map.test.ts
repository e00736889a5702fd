import { describe, expect, it } from 'vitest'
import { cardMap, faceMap } from '../../../src/simulator/state/data.js'
import type { FaceRec } from '../../../src/simulator/state/model.js'

const face = (FPID: string, faceLibType = 'blackFD'): FaceRec => ({
  FDID: faceLibType === 'staticFD' ? '9' : '1',
  faceLibType,
  FPID,
  picId: 1,
  jpeg: Buffer.alloc(0),
  info: {},
})
const card = (employeeNo: string, cardNo: string) => ({
  employeeNo,
  cardNo,
  cardType: 'normalCard',
  leaderCard: '',
})

describe('OwnedMap (the simulator counts instead of scanning)', () => {
  it('counts cards per person through set, re-own, delete and clear', () => {
    const m = cardMap([['1', card('a', '1')]])
    m.set('2', card('a', '2')).set('3', card('b', '3'))
    expect([m.countOf('a'), m.countOf('b')]).toEqual([2, 1])
    m.set('2', card('b', '2')) // the same card number moved to another person
    expect([m.countOf('a'), m.countOf('b')]).toEqual([1, 2])
    expect(m.keysOf('b').sort()).toEqual(['2', '3'])
    expect(m.delete('3')).toBe(true)
    expect(m.delete('3')).toBe(false)
    expect([m.countOf('b'), m.size]).toEqual([1, 2])
    m.clear()
    expect([m.countOf('a'), m.countOf('b'), m.keysOf('a')]).toEqual([0, 0, []])
  })

  it('counts only the faces outside the static library toward capacity', () => {
    const m = faceMap()
    m.set('1\u0000a', face('a'))
    m.set('9\u0000p1', face('p1', 'staticFD'))
    m.set('1\u0000a', face('a')) // replacing is not a new face
    expect([m.counted, m.size]).toEqual([1, 2])
    for (const k of m.keysOf('a')) m.delete(k)
    expect([m.counted, m.size]).toEqual([0, 1])
    expect(m.countOf('p1', (f) => f.faceLibType === 'blackFD')).toBe(0)
  })
})
