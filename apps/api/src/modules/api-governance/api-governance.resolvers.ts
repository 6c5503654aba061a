import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { payload } from '../../graphql/payload.js';
import { authorize } from '../../policy/policy.js';
import { batchLoader } from '../../shared/batch.js';
import { unitOfWork } from '../../shared/service-context.js';
import type { PersistedOperation } from './persisted-operation.entity.js';
import { operationsOfFamilies, registerManifest, removeOperation } from './persisted-operations.js';
import { effectiveLimits } from './token-limits.js';
import { updateTokenSettings } from './token-settings.js';

// The token list asks every row for its operations: one query for the page (request-scoped).
const operationLoaders = new WeakMap<GraphQLContext, (familyId: string) => Promise<PersistedOperation[]>>();
const operationsOf = (ctx: GraphQLContext, familyId: string): Promise<PersistedOperation[]> => {
  let load = operationLoaders.get(ctx);
  if (!load) operationLoaders.set(ctx, (load = batchLoader((ids: string[]) => operationsOfFamilies(ctx.em, ids), [])));
  return load(familyId);
};

const DEFAULT_RATE = 300;
const defaultRate = (ctx: GraphQLContext): number => ctx.defaultTokenRatePerMinute ?? DEFAULT_RATE;

export const apiGovernanceResolvers: Resolvers = {
  PersistedOperation: {
    documentId: (op) => `sha256:${op.hash}`,
  },
  ApiTokenInfo: {
    limits: (token, _, ctx) => effectiveLimits(token, defaultRate(ctx)),
    operations: (token, _, ctx) => operationsOf(ctx, token.familyId ?? token.id),
  },
  Query: {
    apiTokenDefaultLimits: (_, __, ctx) => {
      authorize(ctx.actor, 'tokens:manage');
      return effectiveLimits({ rateLimitPerMinute: null, maxCost: null, maxDepth: null }, defaultRate(ctx));
    },
  },
  Mutation: {
    updateApiTokenLimits: (_, { input }, ctx) =>
      payload(
        () => {
          const actor = authorize(ctx.actor, 'tokens:manage');
          return unitOfWork(ctx, () => updateTokenSettings(ctx.em, actor, input, ctx.clock.now()));
        },
        (token) => ({ token, errors: [] }),
        (errors) => ({ token: null, errors }),
      ),
    registerPersistedOperations: (_, { tokenId, manifest, replace }, ctx, info) =>
      payload(
        () => {
          const actor = authorize(ctx.actor, 'tokens:manage');
          return unitOfWork(ctx, () => registerManifest(ctx.em, actor, tokenId, manifest, replace ?? false, info.schema, ctx.clock.now()));
        },
        (result) => ({ ...result, errors: [] }),
        (errors) => ({ operations: [], added: 0, unchanged: 0, removed: 0, errors }),
      ),
    removePersistedOperation: (_, { tokenId, documentId }, ctx) =>
      payload(
        () => {
          const actor = authorize(ctx.actor, 'tokens:manage');
          return unitOfWork(ctx, () => removeOperation(ctx.em, actor, tokenId, documentId, ctx.clock.now()));
        },
        (result) => ({ ...result, errors: [] }),
        (errors) => ({ operations: [], added: 0, unchanged: 0, removed: 0, errors }),
      ),
  },
};
