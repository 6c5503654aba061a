import { wrap } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { toEuros } from '../../shared/money.js';
import { importRoster, rosterImportJob, startRosterImport } from './roster-import.service.js';
import { decideChangeProposal, listChangeProposals, pagedMissionOf, proposalMissionProjection, proposeContractChanges, rosterRows } from './roster.service.js';

export const rosterResolvers: Resolvers = {
  Query: {
    rosterRows: (_, { filter }, ctx) => rosterRows(ctx, filter),
    changeProposals: (_, { state, first, offset }, ctx, info) => listChangeProposals(ctx, state, first, offset, proposalMissionProjection(ctx.em as SqlEntityManager, info)),
    rosterImportJob: (_, { id }, ctx) => rosterImportJob(ctx, id),
  },
  Mutation: {
    proposeContractChanges: (_, { changes }, ctx) =>
      payload(
        () => proposeContractChanges(ctx, changes),
        (proposals) => ({ proposals, errors: [] }),
        (errors) => ({ proposals: [], errors }),
      ),
    importRoster: (_, { rows }, ctx) =>
      payload(
        () => importRoster(ctx, rows),
        (imported) => ({ imported, errors: [] }),
        (errors) => ({ imported: 0, errors }),
      ),
    startRosterImport: (_, { rows }, ctx) =>
      payload(
        () => startRosterImport(ctx, rows),
        (job) => ({ job, errors: [] }),
        (errors) => ({ job: null, errors }),
      ),
    decideChangeProposal: (_, { id, version, accept }, ctx) =>
      payload(
        () => decideChangeProposal(ctx, id, version, accept),
        (proposal) => ({ proposal, mission: proposal.mission, errors: [] }),
        (errors) => ({ proposal: null, mission: null, errors }),
      ),
  },
  ChangeProposal: {
    missionId: (p) => p.mission.id,
    // The list loads every proposal's mission and student at once: no populate per row (issue 15).
    mission: async (p, _, ctx) => pagedMissionOf(ctx, p) ?? (wrap(p.mission).isInitialized() && wrap(p.mission.student).isInitialized() ? p.mission : (await ctx.em.populate(p, ['mission', 'mission.student'])).mission),
    monthlyGrossPay: (p) => toEuros(p.monthlyGrossPayCents),
  },
};
