// Vitest runs files in order of their last durations when it has a results cache, and by file
// size when it has none (a fresh clone, CI). The files below are small and slow, so on a fresh
// clone they started last and one worker ran them alone at the end (two-processes: 445 s at
// load 30, started as file 185 of 220). They go first, longest first; the rest keep Vitest's
// order. A list of measurements, not a rule: a file missing from it only runs later.
import { BaseSequencer, type TestSpecification } from 'vitest/node'

// measured at load 30–40 (seconds): two-processes 445–642, fault-matrix-small 146–168,
// preview-rtsp 69–115, apply-large-plan 62–97, apply-crash 86
const SLOW_FILES = [
  'test/integration/two-processes.test.ts',
  'test/integration/fault-matrix-small.test.ts',
  'test/integration/station/preview-rtsp.test.ts',
  'test/integration/station/apply-large-plan.test.ts',
  'test/integration/station/apply-crash.test.ts',
]

const rank = (spec: TestSpecification): number => {
  const i = SLOW_FILES.findIndex((f) => spec.moduleId.endsWith(f))
  return i < 0 ? SLOW_FILES.length : i
}

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    // Array.prototype.sort is stable: equal ranks keep Vitest's order
    return sorted.sort((a, b) => rank(a) - rank(b))
  }
}
