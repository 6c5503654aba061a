import { config } from '@alternance/eslint-config';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['src/gql/**', 'test-results/**'] },
  ...config(),
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' } },
    rules: {
      // Same rules as .ts files (style.md §8): type-only imports, unused _x allowed.
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Dense admin screens: prettier-like attribute wrapping would add noise, not clarity.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // TypeScript already checks names (browser globals included); no-undef cannot read types.
    files: ['**/*.vue', '**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The bench is a Node script that also runs a function inside the page.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { setTimeout: 'readonly', document: 'readonly' } },
  },
];
