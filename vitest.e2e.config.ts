import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // No retries: every file passed three runs in a row without one (the first-send race in a fresh
    // profile is fixed by holding sends until they are checked, src/content/guard/early-hold.ts).
  },
});
