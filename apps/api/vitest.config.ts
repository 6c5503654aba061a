import { defineConfig } from 'vitest/config';
import { vitestPreset } from '@alternance/vitest-config';

const preset = vitestPreset();

// Integration tests hit real databases and an SMTP server: give them time, and keep to two
// workers (the machines have two cores).
export default defineConfig({
  ...preset,
  test: { ...preset.test, testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks', maxWorkers: 2 },
});
