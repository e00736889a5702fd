// A station error may carry its reason as a code plus parameters (details.reason); the renderer
// words it only when the code is one this build knows (else it falls back to the sentence).
import { describe, expect, it } from 'vitest'
import { reasonOf } from '../../../src/renderer/src/lib/error-text'

describe('reasonOf', () => {
  it('reads a known coded reason from details', () => {
    expect(
      reasonOf({
        code: 'INVALID_ARGS',
        message: 'Door 3 does not exist on Gate (1 door).',
        details: {
          field: 'doorRights',
          reason: { code: 'doorNotOnTerminal', params: { terminal: 'Gate', doors: '3', count: 1 } },
        },
      }),
    ).toEqual({ code: 'doorNotOnTerminal', params: { terminal: 'Gate', doors: '3', count: 1 } })
  })
  it('ignores a code this build does not know, a string reason, or none', () => {
    const e = (reason: unknown) => ({
      code: 'INTERNAL' as const,
      message: 'x',
      details: { reason },
    })
    expect(reasonOf(e({ code: 'fromTheFuture', params: {} }))).toBeNull()
    expect(reasonOf(e('noFace'))).toBeNull()
    expect(reasonOf({ code: 'INTERNAL', message: 'x' })).toBeNull()
  })
})
