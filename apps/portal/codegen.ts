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
      // persisted-documents.json (hash → document): the API accepts only these from signed-in browsers (security.md).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
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
