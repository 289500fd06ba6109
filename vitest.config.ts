import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three layers, each a vitest project (`npm run test:unit`, `test:build`, `test:e2e`; `npm test` runs all):
 * - unit: pure functions, schemas, the loader and plugins through a real processor — seconds, no site build;
 * - build: whole builds of the project or a fixture site, and the command-line tools run as a person would;
 * - e2e: the built site served and driven in Chromium.
 */
const BUILD_TESTS = [
  'tests/build/**/*.test.ts',
  'tests/trust/**/*.test.ts',
  'tests/scripts/**/*.test.ts',
  'tests/import/cli.test.ts',
  'tests/og/card-cache-build.test.ts',
  'tests/export/icalendar.test.ts',
  'tests/export/published-json.test.ts',
];

export default defineConfig({
  test: {
    // The build and e2e suites build the site and drive Chromium on a two-core CI machine: be generous.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Pure tests share one module graph per worker: importing the loader, wink-nlp's model, Astro's
          // Markdown processor and resvg once instead of once per file is most of the layer's time.
          isolate: false,
          exclude: [...configDefaults.exclude, 'tests/e2e/**', ...BUILD_TESTS],
        },
      },
      {
        extends: true,
        // The global setup keeps the run's cold builds, so files building the same input build it once
        // (across workers: tests/support/cold-builds.ts locks each input). Two files at once, after the unit
        // layer: a build file alone keeps a two-core machine ~1.7 cores busy (its builds, tsx starts and
        // checks take turns), so a second file fills the gaps. Vitest's default is one worker on two cores.
        test: {
          name: 'build',
          include: BUILD_TESTS,
          globalSetup: ['tests/support/cold-builds-setup.ts'],
          maxWorkers: 2,
          // Projects with their own number of workers run as a group of their own, in this order.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        // The global setup builds and serves the site once for all e2e files (only when they run), sharing
        // the run's cold builds with the build layer.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
