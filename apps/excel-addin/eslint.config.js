import { config } from '@alternance/eslint-config';

export default [
  ...config(),
  {
    // The Office.js host stub runs in the test browser, where these are globals.
    files: ['test/e2e/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', setTimeout: 'readonly' } },
  },
];
