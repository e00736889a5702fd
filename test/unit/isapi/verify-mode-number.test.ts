// AcsWorkStatus.cardReaderVerifyMode numbers: the client's reading (src/main/isapi) and the
// simulator's (src/simulator) are written independently from the guide's table; they must agree
// on every number, and on the mixed casing terminals use.
import { describe, expect, it } from 'vitest'
import { verifyModeName } from '../../../src/main/isapi/models/verify-mode-number'
import { verifyModeCode } from '../../../src/simulator/access/verify-mode-codes'

describe('verify mode numbers (AcsWorkStatus)', () => {
  it('every number 1–27 names a mode the simulator numbers the same way', () => {
    for (let n = 1; n <= 27; n++) {
      const name = verifyModeName(n)
      expect(name, `number ${n}`).not.toBeNull()
      expect(verifyModeCode(name!)).toBe(n)
    }
  })

  it('names outside the table: no number on either side', () => {
    expect(verifyModeName(0)).toBeNull()
    expect(verifyModeName(28)).toBeNull()
    expect(verifyModeCode('faceOrPw')).toBe(0)
    // terminals spell some modes with a lower-case letter inside: the same number
    expect(verifyModeCode('cardOrFaceOrPw')).toBe(verifyModeCode('cardOrfaceOrPw'))
  })
})
