import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import type { PlannedStep } from '../../../src/main/store/journal-repo'

const at = '2026-11-24T00:00:00.000Z'
const later = '2026-11-24T00:05:00.000Z'

const planned = (deviceId: string, count: number): PlannedStep[] =>
  Array.from({ length: count }, (_, i) => ({
    deviceId,
    seq: i + 1,
    // employee numbers are text: leading zeros and digits-only values must survive as written
    employeeNo: i % 3 === 0 ? `00${i}` : `E-${i}`,
    kind: i % 2 === 0 ? 'person' : 'face',
    target: i % 5 === 0 ? `card ${i}` : '',
    state: i === 7 ? 'skipped' : 'pending',
    reason: i === 7 ? 'nothing to send' : null,
    errorCode: i === 7 ? 'NOT_FOUND' : null,
  }))

describe('the apply journal', () => {
  it('stores a plan larger than one insert batch exactly as planned', () => {
    const s = openStore(':memory:')
    const steps = [...planned('dev-a', 12_345), ...planned('dev-b', 3)]
    s.journal.createJob('job-1', at, steps)

    const pendingA = s.journal.pendingAfter('job-1', 'dev-a', 0, 100_000)
    expect(pendingA).toHaveLength(12_344)
    const first = pendingA[0]!
    expect(first).toEqual({
      jobId: 'job-1',
      deviceId: 'dev-a',
      seq: 1,
      employeeNo: '000',
      kind: 'person',
      target: 'card 0',
      state: 'pending',
      attempts: 0,
      errorCode: null,
      reason: null,
      deviceCode: null,
      updatedAt: at,
    })
    expect(pendingA.map((p) => p.seq)).toEqual(
      steps.filter((p) => p.deviceId === 'dev-a' && p.seq !== 8).map((p) => p.seq),
    )
    expect(s.journal.counts('job-1')).toEqual([
      { deviceId: 'dev-a', total: 12_345, done: 0, failed: 0, skipped: 1 },
      { deviceId: 'dev-b', total: 3, done: 0, failed: 0, skipped: 0 },
    ]) // one terminal's counts, read alone, agree with the job's; a terminal without steps has none
    expect(s.journal.deviceCounts('job-1', 'dev-a')).toEqual(s.journal.counts('job-1')[0])
    expect(s.journal.deviceCounts('job-1', 'dev-z')).toEqual({
      deviceId: 'dev-z',
      total: 0,
      done: 0,
      failed: 0,
      skipped: 0,
    })
  })

  it('marks a batch of outcomes: plain successes per device, failures with their codes', () => {
    const s = openStore(':memory:')
    s.journal.createJob('job-1', at, [...planned('dev-a', 20), ...planned('dev-b', 20)])
    let alsoRan = false
    s.journal.markMany(
      [
        { jobId: 'job-1', deviceId: 'dev-a', seq: 1, employeeNo: 'E', state: 'done' },
        { jobId: 'job-1', deviceId: 'dev-a', seq: 2, employeeNo: 'E', state: 'done' },
        { jobId: 'job-1', deviceId: 'dev-b', seq: 2, employeeNo: 'E', state: 'done' },
        {
          jobId: 'job-1',
          deviceId: 'dev-a',
          seq: 3,
          employeeNo: 'E-3',
          state: 'failed',
          errorCode: 'DEVICE_REJECTED',
          reason: 'The terminal is full.',
          deviceCode: { subStatusCode: 'deviceUserFull', errorCode: 1610637355 },
        },
        {
          jobId: 'job-1',
          deviceId: 'dev-b',
          seq: 4,
          employeeNo: '003',
          state: 'skipped',
          errorCode: 'NOT_FOUND',
          reason: 'removed',
        },
      ],
      later,
      () => (alsoRan = true),
    )
    expect(alsoRan).toBe(true)
    expect(s.journal.counts('job-1')).toEqual([
      { deviceId: 'dev-a', total: 20, done: 2, failed: 1, skipped: 1 },
      { deviceId: 'dev-b', total: 20, done: 1, failed: 0, skipped: 2 },
    ])
    const [failure] = s.journal.failures('job-1')
    expect(failure).toMatchObject({
      deviceId: 'dev-a',
      seq: 3,
      attempts: 1,
      errorCode: 'DEVICE_REJECTED',
      deviceCode: { subStatusCode: 'deviceUserFull', errorCode: 1610637355 },
      updatedAt: later,
    })
    const pendingB = s.journal.pendingAfter('job-1', 'dev-b', 0, 100_000).map((p) => p.seq)
    expect(pendingB).not.toContain(2)
    expect(pendingB).toContain(1)
  })

  it('a success after a failure clears the failure and counts the attempt', () => {
    const s = openStore(':memory:')
    s.journal.createJob('job-1', at, planned('dev-a', 2))
    const failed = { jobId: 'job-1', deviceId: 'dev-a', seq: 2, employeeNo: 'E-1' }
    s.journal.markMany([{ ...failed, state: 'failed', errorCode: 'OFFLINE', reason: 'gone' }], at)
    s.journal.markMany([{ ...failed, state: 'done' }], later)
    expect(s.journal.failures('job-1')).toEqual([])
    const [step] = s.journal.stepsForPerson('E-1')
    expect(step).toMatchObject({ state: 'done', attempts: 2, errorCode: null, reason: null })
  })
})
