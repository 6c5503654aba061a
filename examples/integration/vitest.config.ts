import { defineConfig } from 'vitest/config';
import { vitestPreset } from '@alternance/vitest-config';

// Each test starts the built API as its own process (and its demo seed): give it time.
export default defineConfig(vitestPreset({ testTimeout: 120_000, hookTimeout: 180_000 }));
