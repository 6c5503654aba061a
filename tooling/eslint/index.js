import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Shared flat config. `domain: true` adds the boundary of architecture.md:
 * the rule engine imports date-fns and nothing else from outside itself.
 */
export function config({ domain = false } = {}) {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', '.reports/**', 'node_modules/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      // Node scripts (benchmarks, tooling) run outside the TypeScript build.
      files: ['**/*.mjs', '**/*.js'],
      languageOptions: {
        globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', structuredClone: 'readonly' },
      },
    },
    {
      files: ['**/*.ts'],
      rules: {
        // Cross-package imports go through the package name (style.md §1).
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ['**/packages/*', '**/apps/*', '../../packages/**', '../../apps/**'], message: 'Import other workspace packages by name (@alternance/...), never by relative path.' },
              ...(domain
                ? [{ group: ['node:*', 'fs', 'path', 'vue', 'graphql', '@mikro-orm/*', 'exceljs'], message: '@alternance/domain is pure: no I/O, no framework (architecture.md).' }]
                : []),
            ],
          },
        ],
        '@typescript-eslint/consistent-type-imports': 'error',
        // Unused parameters named _x are deliberate (interface conformance).
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      },
    },
  );
}
