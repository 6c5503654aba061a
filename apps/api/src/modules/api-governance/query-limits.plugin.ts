import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { measureOperation } from './query-cost.js';
import { effectiveLimits } from './token-limits.js';

/**
 * The depth and cost limits of API tokens (issue 14), checked once the operation is known
 * and before anything runs: the estimate (query-cost.ts) uses the request's variables, so a
 * `first: $n` counts what it asks. A refusal names the limit and both figures (HTTP 400).
 */
export function tokenQueryLimits(defaultRatePerMinute: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request, schema }) {
          const token = contextValue.actor?.token;
          if (!token || !operation) return;
          const limits = effectiveLimits(token, defaultRatePerMinute);
          const { cost, depth } = measureOperation(schema, document, operation, request.variables ?? {});
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`Requête trop profonde : profondeur ${depth}, au plus ${limits.maxDepth} pour ce jeton (maxDepth).`, {
              extensions: { code: 'QUERY_TOO_DEEP', limit: 'maxDepth', depth, maxDepth: limits.maxDepth, http: { status: 400 } },
            });
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Requête trop coûteuse : coût estimé ${cost}, au plus ${limits.maxCost} pour ce jeton (maxCost). Demandez des pages plus petites (first) ou moins de champs.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', limit: 'maxCost', cost, maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
