// Shared Vitest preset: every package writes a JSON report under .reports/ so that
// tooling/scripts/run-tests.mjs can print one "N passed, N failed" line for the whole run.
export function vitestPreset(overrides = {}) {
  return {
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: '.reports/vitest.json' },
      ...overrides,
    },
  };
}
