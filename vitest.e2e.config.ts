import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension (`npm run test:e2e` builds it
// first). One browser at a time: the machine has two cores, and every suite launches Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    // The Firefox suites speak WebDriver BiDi over the global WebSocket, behind a flag on Node 20.
    execArgv: ['--experimental-websocket'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
