import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

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
 * run by graphql-js, so that its errors read exactly as before.
 *
 * Compiled operations are kept per parsed document, which Apollo keeps in its bounded
 * document cache: a compiled operation lives as long as its document is cached. Nothing
 * that decides anything is kept here: this is code, not data.
 */
/**
 * graphql-jit's module loads graphql's CommonJS build. Node loads that build for every
 * importer (graphql has no `exports` map), but a bundler or Vitest may give this code the ES
 * module build: an error of the other build would not be recognised by Apollo (a client
 * error would then be masked as internal). Errors are re-made here when they are not ours.
 */
function ownError(error: GraphQLError): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return remade(error);
}
function remade(error: Pick<GraphQLError, 'message' | 'path' | 'originalError' | 'extensions' | 'locations'>): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  if (error.locations) Object.assign(copy, { locations: error.locations });
  return copy;
}

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
    if (!query) return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    const result = (await query.query(undefined, context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(ownError) } : result;
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
