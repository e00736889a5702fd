// The pushes a bridge sends: progress-like events at most once per window per subject, the first
// at once and the latest at the window's end; everything else untouched and in order. Timers are
// a manual queue: the test says when a window ends.
import { describe, expect, it } from 'vitest'
import type { ApplyProgressEvent } from '@shared/model'
import { coalescePushes, type PushTimers } from '../../../src/main/station/push-coalescer'

function manualTimers() {
  const due = new Map<number, () => void>()
  let next = 0
  const timers: PushTimers = {
    set(fn) {
      due.set(++next, fn)
      return next
    },
    clear: (h) => void due.delete(h as number),
  }
  /** Ends every window open now (what they schedule waits for the next call). */
  const elapse = () => {
    const now = [...due]
    due.clear()
    for (const [, fn] of now) fn()
  }
  return { timers, elapse, pending: () => due.size }
}

const progress = (deviceId: string, done: number): ApplyProgressEvent => ({
  jobId: 'j1',
  state: 'running',
  device: {
    deviceId,
    total: 100,
    done,
    failed: 0,
    skipped: 0,
    pausedReason: null,
    pausedCode: null,
    pausedUntil: null,
  },
  ratePerSecond: 1,
  secondsLeft: null,
})

function setup() {
  const sent: [string, unknown][] = []
  const t = manualTimers()
  const c = coalescePushes((event, payload) => void sent.push([event, payload]), 250, t.timers)
  return { sent, c, ...t }
}

describe('coalescePushes', () => {
  it('sends the first progress at once, then only the latest per terminal once the window ends', () => {
    const { sent, c, elapse } = setup()
    for (let done = 1; done <= 50; done++) {
      c.listener('apply.progress', progress('a', done))
      c.listener('apply.progress', progress('b', done))
    }
    const done = () => sent.map(([, p]) => (p as ApplyProgressEvent).device)
    expect(done().map((d) => `${d.deviceId}${d.done}`)).toEqual(['a1', 'b1'])
    elapse()
    expect(done().map((d) => `${d.deviceId}${d.done}`)).toEqual(['a1', 'b1', 'a50', 'b50'])
    elapse() // nothing new: nothing sent, the subjects' windows close
    expect(sent).toHaveLength(4)
    c.listener('apply.progress', progress('a', 60)) // a quiet subject sends at once again
    expect(sent).toHaveLength(5)
  })

  it('passes access events and enrolment phases through, each one, in order', () => {
    const { sent, c } = setup()
    c.listener('apply.progress', progress('a', 1))
    for (let i = 0; i < 3; i++) c.listener('holdings.notice', { deviceId: String(i) } as never)
    c.listener('apply.progress', progress('a', 2)) // held
    expect(sent.map(([e, p]) => `${e}:${(p as { deviceId?: string }).deviceId ?? ''}`)).toEqual([
      'apply.progress:',
      'holdings.notice:0',
      'holdings.notice:1',
      'holdings.notice:2',
    ])
  })

  it('folds roster changes into one naming every person (none named: everyone)', () => {
    const { sent, c, elapse } = setup()
    c.listener('roster.changed', { employeeNos: ['1'] })
    c.listener('roster.changed', { employeeNos: ['2'] })
    c.listener('roster.changed', { employeeNos: ['3', '2'] })
    elapse()
    expect(sent.map(([, p]) => p)).toEqual([{ employeeNos: ['1'] }, { employeeNos: ['2', '3'] }])
    c.listener('roster.changed', { employeeNos: ['4'] })
    c.listener('roster.changed', { employeeNos: [] })
    c.listener('roster.changed', { employeeNos: ['5'] })
    elapse()
    expect(sent.at(-1)![1]).toEqual({ employeeNos: [] })
  })

  it('flushes what waits before a reply, keeping the windows: nothing older arrives after it', () => {
    const { sent, c, elapse } = setup()
    c.listener('apply.progress', progress('a', 1)) // sent at once
    c.listener('apply.progress', progress('a', 2)) // held
    c.listener('apply.progress', progress('b', 1)) // sent at once
    c.flush() // the bridge is about to send a reply
    const done = () => sent.map(([, p]) => (p as ApplyProgressEvent).device)
    expect(done().map((d) => `${d.deviceId}${d.done}`)).toEqual(['a1', 'b1', 'a2'])
    elapse() // nothing waited any more: the window ends without a send
    expect(sent).toHaveLength(3)
    c.listener('apply.progress', progress('a', 3)) // a quiet subject sends at once again
    c.listener('apply.progress', progress('a', 4)) // held by the new window
    expect(sent).toHaveLength(4)
    c.flush()
    c.flush() // twice: nothing is sent twice
    expect(done().map((d) => `${d.deviceId}${d.done}`)).toEqual(['a1', 'b1', 'a2', 'a3', 'a4'])
  })

  it('sends nothing more once closed', () => {
    const { sent, c, elapse, pending } = setup()
    c.listener('applyState.changed', { counts: { pending: 1 } } as never)
    c.listener('applyState.changed', { counts: { pending: 2 } } as never)
    c.close()
    expect(pending()).toBe(0)
    elapse()
    c.listener('applyState.changed', { counts: { pending: 3 } } as never)
    expect(sent).toHaveLength(1)
  })
})
