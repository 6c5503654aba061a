import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents colocated with components (`graphql()` from src/gql), checked against the
// API's committed merged schema. String documents: no GraphQL parser ships to the browser.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.vue', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Money: 'number', EmailAddress: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
