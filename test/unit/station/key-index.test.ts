// The compact index of an import's keys: the first row of each key, through growth, for keys
// that differ in one character, in case or only in length.
import { describe, expect, it } from 'vitest'
import { KeyIndex } from '../../../src/main/station/import/key-index'

describe('KeyIndex', () => {
  it('keeps the first row of each of 200,000 keys through growth', () => {
    const index = new KeyIndex(4)
    const key = (i: number) => `card-${i}`
    for (let i = 0; i < 200_000; i++) expect(index.add(key(i), i + 2)).toBeUndefined()
    expect(index.size).toBe(200_000)
    for (let i = 0; i < 200_000; i += 997) expect(index.get(key(i))).toBe(i + 2)
    expect(index.add(key(5), 999_999)).toBe(7)
    expect(index.get('card-200000')).toBeUndefined()
  })

  it('tells apart keys one character, a case or a length apart', () => {
    const index = new KeyIndex()
    const keys = ['A1', 'a1', 'A10', 'A1 ', '1A', '', '卡1', '卡2']
    keys.forEach((k, i) => expect(index.add(k, i)).toBeUndefined())
    keys.forEach((k, i) => expect(index.get(k)).toBe(i))
  })
})
