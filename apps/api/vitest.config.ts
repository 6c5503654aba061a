import { defineConfig } from 'vitest/config';
import { vitestPreset } from '@alternance/vitest-config';

export default defineConfig(vitestPreset());
