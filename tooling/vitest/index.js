// Shared Vitest preset: every package writes a JSON report under .reports/ so that
// tooling/scripts/run-tests.mjs can print one "N passed, N failed" line for the whole run.
export function vitestPreset(overrides = {}) {
  return {
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: '.reports/vitest.json' },
      // turbo runs every package's suite at once on CI's two cores: property tests and
      // process-spawning tests can take several seconds there without anything being wrong.
      testTimeout: 30_000,
      ...overrides,
    },
  };
}
