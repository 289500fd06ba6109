import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The e2e suites build the site and drive Chromium on a two-core CI machine: be generous.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/e2e/**'] },
      },
      {
        extends: true,
        // The global setup builds and serves the site once for all e2e files (only when they run).
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'] },
      },
    ],
  },
});
