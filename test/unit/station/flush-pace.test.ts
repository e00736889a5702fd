// Many terminals applying at once: each run flushes its outcomes every few ticks instead of every
// tick, so the journal commits per second stay bounded; a few runs flush on every tick.
import { expect, it } from 'vitest'
import { flushPace, RUNS_PER_TICK } from '../../../src/main/station/apply/flush-pace'

it('flushes on every tick up to RUNS_PER_TICK runs, then every n-th tick as runs are added', () => {
  const pace = flushPace()
  expect(pace.ticksPerFlush()).toBe(1)
  for (let i = 0; i < RUNS_PER_TICK; i++) pace.started()
  expect(pace.ticksPerFlush()).toBe(1)
  pace.started()
  expect(pace.ticksPerFlush()).toBe(2)
  for (let i = RUNS_PER_TICK + 1; i < 100; i++) pace.started()
  expect(pace.ticksPerFlush()).toBe(Math.ceil(100 / RUNS_PER_TICK))
})

it('runs that end give the pace back; more ends than starts never go below every tick', () => {
  const pace = flushPace()
  for (let i = 0; i < 3 * RUNS_PER_TICK; i++) pace.started()
  expect(pace.ticksPerFlush()).toBe(3)
  for (let i = 0; i < 2 * RUNS_PER_TICK; i++) pace.ended()
  expect(pace.ticksPerFlush()).toBe(1)
  for (let i = 0; i < 5 * RUNS_PER_TICK; i++) pace.ended()
  pace.started()
  expect(pace.ticksPerFlush()).toBe(1)
})
