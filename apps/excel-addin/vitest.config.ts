import { defineConfig } from 'vitest/config';
import { vitestPreset } from '@alternance/vitest-config';

// The end-to-end test builds the add-in and drives Chromium: give it room on a shared 2-core machine.
export default defineConfig(vitestPreset({ testTimeout: 60_000, hookTimeout: 180_000 }));
