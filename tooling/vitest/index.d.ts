import type { ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

/** Shared Vitest preset; `overrides` are merged into `test`. */
export function vitestPreset(overrides?: TestOptions): ViteUserConfig;
