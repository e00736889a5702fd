import { describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/result'
import { toAppFailure } from '../../../src/main/station/devices/isapi-failure'

const now = new Date('2026-12-05T10:00:00Z')

describe('toAppFailure', () => {
  it('keeps a coded failure as it is', () => {
    const failure = new AppFailure('NOT_SUPPORTED', 'no')
    expect(toAppFailure(failure, 'Lobby', now)).toBe(failure)
  })

  it("codes the roster file's errors the station can name", () => {
    const full = Object.assign(new Error('disk'), { code: 'SQLITE_FULL' })
    expect(toAppFailure(full, 'Lobby', now)).toBeInstanceOf(AppFailure)
    expect(toAppFailure(full, 'Lobby', now).code).not.toBe('INTERNAL')
  })

  it('makes anything else an INTERNAL failure naming the terminal', () => {
    const failure = toAppFailure(new TypeError('x is undefined'), 'Lobby', now)
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({ code: 'INTERNAL', message: 'Lobby: x is undefined' })
  })
})
