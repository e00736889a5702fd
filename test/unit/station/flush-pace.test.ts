// Many terminals applying at once: each run flushes its outcomes every few ticks instead of every
// tick, so the journal commits per second stay bounded; a few runs flush on every tick.
import { expect, it } from 'vitest'
import {
  flushPace,
  RUNS_PER_TICK,
  STEPS_IN_MEMORY,
} from '../../../src/main/station/apply/flush-pace'

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

it('shares STEPS_IN_MEMORY among the runs going: a fleet reads smaller pages, never below 100 nor above the asked size', () => {
  const pace = flushPace()
  pace.started()
  expect(pace.pageSteps(2000)).toBe(2000) // one run: the page asked for
  expect(pace.pageSteps(4)).toBe(4) // never more than asked (tests cut pages through persons)
  for (let i = 1; i < 100; i++) pace.started()
  expect(pace.pageSteps(2000)).toBe(STEPS_IN_MEMORY / 100)
  expect(pace.pageSteps(2000) * 100).toBeLessThanOrEqual(STEPS_IN_MEMORY)
  for (let i = 100; i < 10_000; i++) pace.started()
  expect(pace.pageSteps(2000)).toBe(100) // a floor: a person's steps always fit a page
})
