import { defineConfig } from 'vitest/config'

// Two projects: unit (pure, fast) and integration (loopback servers, SQLite, child processes).
// e2e runs under Playwright, not here.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // a bound for a stuck test, not a speed check: a busy 2-core machine is slow
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
})
