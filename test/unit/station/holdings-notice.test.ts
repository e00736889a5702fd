import { describe, expect, it } from 'vitest'
import { IsapiError } from '../../../src/main/isapi'
import { plainReason } from '../../../src/main/station/apply/reasons'
import { countDifferences, noticeMessage } from '../../../src/main/station/sync/verify-holdings'

const expected = { persons: 1000, cards: 1000, faces: 12, fingerprints: 0 }

describe('holdings notices', () => {
  it('finds only the counts a terminal told', () => {
    expect(countDifferences(expected, { persons: 1000, cards: 1000 })).toEqual([])
    expect(countDifferences(expected, { persons: 428, cards: 428, faces: 0 })).toEqual([
      'persons',
      'cards',
      'faces',
    ])
  })

  it('says what happened in plain words, with the figures', () => {
    expect(noticeMessage('Reception', expected, { persons: 428 }, null, true)).toBe(
      'Reception holds 428 of 1,000 persons — was it reset? Refilling.',
    )
    expect(noticeMessage('Reception', expected, { persons: 1020 }, null, true)).toBe(
      'Reception holds 1,020 persons, 20 more than the station put there — changed by another tool? Extra persons will be removed by the next apply.',
    )
    expect(noticeMessage('Reception', expected, { persons: 1000, faces: 3 }, null, true)).toBe(
      'Reception holds 3 faces (expected 12) — changed outside the station? Refilling.',
    )
    expect(
      noticeMessage('Reception', expected, { persons: 0 }, { before: 'A1', now: 'B2' }, true),
    ).toMatch(/^Reception answers with another serial number \(A1 → B2\): a different unit\./)
    expect(noticeMessage('Reception', expected, { persons: 0 }, null, false)).toMatch(
      /too many to read back: apply to refill\.$/,
    )
  })
})

describe('plain reasons', () => {
  it('rewords a raw request line by its HTTP status and keeps table reasons', () => {
    const raw = new IsapiError(
      'DEVICE_ERROR',
      'PUT /ISAPI/AccessControl/UserInfo/SetUp?format=json failed: 503 Service Unavailable',
      { httpStatus: 503 },
    )
    expect(plainReason(raw)).toBe(
      'The terminal is busy or still starting up (HTTP 503 Service Unavailable).',
    )
    const known = new IsapiError('DEVICE_ERROR', 'x', { subStatusCode: 'noMemory' })
    expect(plainReason(known)).toBe('The terminal is out of memory.')
    expect(plainReason(new IsapiError('BAD_RESPONSE', 'unexpected end of JSON'))).toMatch(
      /could not be read/,
    )
  })
})
