import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { listChanges } from './change-feed.js';
import { upsertContracts } from './upsert-contracts.js';
import { upsertAbsences } from './upsert-absences.js';
import { Absence } from '../absences/absence.entities.js';
import { externalIdsOf, findByExternalId, removeExternalId, setExternalId } from './external-ids.service.js';

export const integrationResolvers: Resolvers = {
  Student: { externalIds: (s, _, ctx) => externalIdsOf(ctx, 'STUDENT', s.id) },
  Organisation: { externalIds: (o, _, ctx) => externalIdsOf(ctx, 'ORGANISATION', o.id) },
  Contract: { externalIds: (c, _, ctx) => externalIdsOf(ctx, 'CONTRACT', c.id) },
  // The contract is read only when the client asks for it, after the call's writes (one query for all).
  ContractUpsertResult: {
    contract: (r, _, ctx) => (r.missionId ? ctx.loaders.contractOfMission(r.missionId) : null),
    errors: (r) => r.errors.map((e) => ({ ...e, index: r.index })),
  },
  // The absences were loaded by the call: the identity map answers without a query.
  AbsenceUpsertResult: {
    absence: (r, _, ctx) => (r.absenceId ? ctx.em.findOne(Absence, r.absenceId) : null),
    errors: (r) => r.errors.map((e) => ({ ...e, index: r.index })),
  },
  ChangeEvent: { entityId: (e) => e.entityId, at: (e) => e.at },
  Query: {
    changes: (_, { after, first, types }, ctx) => listChanges(ctx, after, first, types),
    findByExternalId: (_, { source, entityType, externalId }, ctx) => findByExternalId(ctx, source, entityType, externalId),
  },
  Mutation: {
    upsertContracts: (_, { source, input }, ctx) =>
      payload(
        () => upsertContracts(ctx, source, input),
        (results) => ({ results, errors: [] }),
        (errors) => ({ results: [], errors }),
      ),
    upsertAbsences: (_, { source, input }, ctx) =>
      payload(
        () => upsertAbsences(ctx, source, input),
        (results) => ({ results, errors: [] }),
        (errors) => ({ results: [], errors }),
      ),
    setExternalId: (_, { input }, ctx) =>
      payload(
        () => setExternalId(ctx, input),
        (externalId) => ({ externalId, errors: [] }),
        (errors) => ({ externalId: null, errors }),
      ),
    removeExternalId: (_, args, ctx) =>
      payload(
        () => removeExternalId(ctx, args),
        (externalId) => ({ externalId, errors: [] }),
        (errors) => ({ externalId: null, errors }),
      ),
  },
};
