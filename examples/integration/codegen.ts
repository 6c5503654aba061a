import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents (`graphql()` from src/gql) checked against the API's committed merged
// schema, offline: the schema is a file of this repository, no running API is needed. The
// output is committed (`pnpm lint` fails when it is stale), so the example builds as it is.
// persisted-documents.json (hash → exact text) is the manifest the manager registers for the
// CFA's token (docs/integration.md §2): the client sends each operation's hash, never its text.
const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        // Node's ESM resolution wants the .js of relative imports.
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Money: 'number', EmailAddress: 'string', JSON: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
