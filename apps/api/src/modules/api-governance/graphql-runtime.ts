import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';

/**
 * graphql-js as the schema knows it. `graphql` has no exports map: Node resolves it to the
 * CommonJS build (so do Apollo and graphql-tools, which build the schema), Vite — the tests'
 * loader — to the ESM one, whose instanceof checks refuse the other's schema ("from another
 * module or realm"). Required here, it is the schema's copy under both.
 */
export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof GraphQL;
