import { describe, expect, it } from 'vitest'
import { alternatives, factoryVerifyMode } from '../../../src/simulator/access/verify-mode'
import { getProfile } from '../../../src/simulator/profiles'

describe('verify modes as a reader reads them', () => {
  it('splits alternatives and factors, keeping the guide’s mixed casing readable', () => {
    expect(alternatives('cardOrfaceOrPw')).toEqual([['card'], ['face'], ['pw']])
    expect(alternatives('faceAndCard')).toEqual([['face', 'card']])
    expect(alternatives('faceOrfaceAndCard')).toEqual([['face'], ['face', 'card']])
    expect(alternatives('employeeNoAndFpAndPw')).toEqual([['employeeno', 'fp', 'pw']])
    expect(alternatives('fpAndCardAndPw')).toEqual([['fp', 'card', 'pw']])
  })
  it('sleep, invalid and unknown names open nothing', () => {
    expect(alternatives('sleep')).toEqual([])
    expect(alternatives('invalid')).toEqual([])
    expect(alternatives('palmAndVoice')).toEqual([])
  })
  it('a reader’s factory mode is one its terminal lists', () => {
    for (const id of ['face-fp', 'face-lite', 'iris-face', 'card-door'] as const) {
      const p = getProfile(id)
      expect(p.verifyModes).toContain(factoryVerifyMode(p))
    }
    expect(factoryVerifyMode(getProfile('card-door'))).toBe('card')
  })
})
