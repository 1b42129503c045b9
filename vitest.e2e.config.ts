import { defineConfig } from 'vitest/config';

// Browser journeys: e2e/setup.ts builds Sifa when needed and starts the real server on a fresh
// embedded database (demo accounts seeded); every test drives Debian's Chromium against it.
// One worker, one file at a time: the tests share that server and the machine has two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
