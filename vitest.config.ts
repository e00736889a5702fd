import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { SlowFirstSequencer } from './test/helpers/slow-first-sequencer'

// src/shared is imported as '@shared/…' (tsconfig paths say the same to tsc, tsx and Playwright)
const resolveShared = { alias: { '@shared': resolve('src/shared') } }

// Two projects: unit (pure, fast) and integration (loopback servers, SQLite, child processes).
// e2e runs under Playwright, not here.
export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: ONE on a 2-core machine. Most files
    // wait on loopback servers and simulated terminals, not the CPU, so two share 2 cores well
    // (unit project at load 30–38: 266 s with one worker, 170 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // the few long integration files first, so no worker runs one alone at the end
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        resolve: resolveShared,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Unit files share their worker's loaded modules instead of loading the whole graph
          // again per file (import time was most of this project's time: at load 25, 124 s
          // isolated, 30 s not). They mock no module and stub no global; twice in a row green.
          // The integration project does the same (below).
          isolate: false,
          // a bound for a stuck test, not a speed check: a busy 2-core machine is slow (at load
          // 30–40 a 200,000-key index test took 36 s and a guide-coverage test 21–25 s, with
          // nothing wrong, against a 20 s bound)
          testTimeout: 60_000,
        },
      },
      {
        resolve: resolveShared,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // Files share their worker's loaded modules too: a fresh module graph per file was
          // more than half of this project's CPU (2 quiet cores: 295 s and 453 CPU-s for the
          // whole vitest run isolated, 160 s and 189 CPU-s not). What a file opens it closes
          // (servers, stations, fleets, the page transport's reconnect loop: a leftover that
          // fired later failed an unrelated file); no file mocks a module or stubs a global.
          // VITEST_ISOLATE=1 gives every file a fresh graph again, to tell a leak from a bug.
          isolate: process.env.VITEST_ISOLATE === '1',
          // bounds for a stuck test or hook, not speed checks (at load 30–40 the RTSP preview's
          // offline case, holdings-verify and profiles cases hit a 30 s bound, nothing wrong)
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
