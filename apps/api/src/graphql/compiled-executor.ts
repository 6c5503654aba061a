import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { createRequire } from 'node:module';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type * as GraphQL from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * graphql-jit's module loads graphql's CommonJS build (and so does the schema's builder).
 * Node loads that build for every importer (graphql has no `exports` map), but a bundler or
 * Vitest may give this code the ES module build: an error of the other build would not be recognised by Apollo (a client
 * error would then be masked as internal). Errors are re-made here when they are not ours.
 */
/** graphql-js as graphql-jit and the schema's builder load it (see above), for the operations it runs. */
const { execute } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

// graphql-jit's own errors pass `instanceof` in Node but their `message` is read-only, and
// Apollo's plugins (graphql-armor's suggestion masking) rewrite messages: every error is
// re-made as a plain GraphQLError of the build this code imports (errors are rare: no cost).
function ownError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype && Object.getOwnPropertyDescriptor(error, 'message')?.writable !== false) return error;
  return remade(error);
}
function remade(error: Pick<GraphQLError, 'message' | 'nodes' | 'path' | 'originalError' | 'extensions' | 'locations'>): GraphQLError {
  const copy = new GraphQLError(error.message, { nodes: error.nodes ?? null, path: error.path ?? null, originalError: error.originalError ?? null, extensions: error.extensions });
  if (error.locations) Object.assign(copy, { locations: error.locations });
  return copy;
}

async function ownResult(pending: ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const result = await pending;
  return result.errors ? { ...result, errors: result.errors.map(ownError) } : result;
}

/**
 * Executes operations with graphql-jit instead of graphql-js (issue 15). graphql-js walks
 * every field of every row through `completeValue`/`executeFields` (about 30 fields per
 * `checkContracts` result, 20 per contract row), which cost several times the rules
 * themselves; graphql-jit compiles each operation once into a function that reads the
 * same resolvers and scalars and builds the same result, without that walk.
 *
 * It plugs into Apollo Server through its executor hook (the `gateway` option): Apollo
 * still parses, validates (armor's rules included), runs every plugin hook and formats
 * (masks) errors; only `execute` is replaced. An operation graphql-jit cannot compile is
 * run by graphql-js, and so are operations whose variables graphql-jit refuses, so that
 * their errors read exactly as before (nothing has run yet when variables are refused).
 *
 * Compiled operations are kept per parsed document, which Apollo keeps in its bounded
 * document cache: a compiled operation lives as long as its document is cached. Nothing
 * that decides anything is kept here: this is code, not data.
 */
export function compiledExecutor(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledOf = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName);
      query = isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    return query;
  };
  const executor: Executor = async ({ document, request, context }) => {
    const operationName = request.operationName ?? undefined;
    const variables = request.variables ?? {};
    const query = compiledOf(document, operationName);
    if (!query) return ownResult(execute({ schema, document, contextValue: context, variableValues: variables, operationName }));
    const result = (await query.query(undefined, context, variables)) as ExecutionResult;
    // No data at all: the variables were refused before any resolver ran. graphql-js says why
    // in its own words (the path of the bad field, the scalar's French message), as before.
    if (result.data === undefined) return ownResult(execute({ schema, document, contextValue: context, variableValues: variables, operationName }));
    return ownResult(result);
  };
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}
