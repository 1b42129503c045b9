import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure, fast) and `db` (*.db.test.ts, a real database per file:
// PGlite in memory, or the PostgreSQL server of TEST_DATABASE_URL). Browser tests have
// their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    // PGlite is one WebAssembly Postgres per db test file; two cores run two files at once.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{platform,server,modules,scripts}/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['{platform,server,modules,scripts}/**/*.db.test.ts'],
          setupFiles: ['platform/testing/quiet-timer-warnings.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
