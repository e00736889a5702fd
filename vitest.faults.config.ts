import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run test:faults`: the fault suite of issue 18 (test/faults), 1,000 persons per scenario
// unless FAULT_PERSONS says otherwise. Its own project: minutes, not part of every `npm test`.
export default defineConfig({
  // src/shared is imported as '@shared/…' (as in vitest.config.ts)
  resolve: { alias: { '@shared': resolve('src/shared') } },
  test: {
    name: 'faults',
    include: ['test/faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
