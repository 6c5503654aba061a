import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { vitestPreset } from '@alternance/vitest-config';

// Two projects, one report (.reports/vitest.json): component tests in happy-dom, and the
// end-to-end journeys in Debian's Chromium against the built API serving the built portal.
const preset = vitestPreset();

export default defineConfig({
  ...preset,
  plugins: [vue()],
  test: {
    ...preset.test,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'happy-dom', include: ['src/**/*.test.ts'] } },
      {
        // Not extending the root: its include (src/**) would add the unit tests to this project.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/build-portal.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // expect.poll waits for what a page shows after a round trip: 1 s (Vitest's default)
          // is less than a request takes on a machine loaded by the other suites.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
