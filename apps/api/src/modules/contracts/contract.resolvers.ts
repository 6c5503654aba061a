import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { contractCursor } from './contract-cursor.js';
import { contractProjection } from './contract-projection.js';
import { payload, toGqlFinding } from '../../graphql/payload.js';
import { mayRead, maySeeChecklistItem, maySeeFindings, maySeeSensitive, maySeeTrainingCost, readableFindings } from '../../policy/policy.js';
import { toEuros } from '../../shared/money.js';
import {
  contractCheck,
  contractFindings,
  contractGratificationOf,
  contractPayBenefits,
  contractPaySegments,
  figuresOf,
  findContract,
  isOverdue,
  listContracts,
  setChecklistItemDone,
} from './contract.service.js';

export const contractResolvers: Resolvers = {
  Query: {
    contracts: (_, { filter, first, offset, after }, ctx, info) => listContracts(ctx, filter, first, offset, contractProjection(info), after),
    contract: (_, { id }, ctx) => findContract(ctx, id),
  },
  Mutation: {
    setChecklistItemDone: (_, { id, version, done }, ctx) =>
      payload(
        () => setChecklistItemDone(ctx, id, version, done),
        (item) => ({ item, errors: [] }),
        (errors) => ({ item: null, errors }),
      ),
  },
  Contract: {
    cursor: (c) => contractCursor(c),
    // The pay and its schedule (age brackets, §4.2) are the contract's: the HR contact's, not a company tutor's (§3.1).
    monthlyGrossPay: (c, _, ctx) => (maySeeSensitive(ctx.actor, c.student) ? toEuros(c.monthlyGrossPayCents) : null),
    windows: async (c, _, ctx) => (await contractCheck(ctx, c)).windows,
    findings: async (c, _, ctx) => (maySeeFindings(ctx.actor) ? readableFindings(ctx.actor, c.student, await contractFindings(ctx, c)).map(toGqlFinding) : []),
    paySegments: (c, _, ctx) => (mayRead(ctx.actor, 'PAY') ? contractPaySegments(ctx, c) : []),
    payBenefits: (c, _, ctx) => (mayRead(ctx.actor, 'PAY') ? contractPayBenefits(ctx, c) : null),
    gratification: (c, _, ctx) => (mayRead(ctx.actor, 'PAY') ? contractGratificationOf(ctx, c) : null),
    figures: async (c, _, ctx) => {
      const figures = await figuresOf(ctx, c);
      // The hours a late CPRO cannot bill are the organisation's to pay (§2.5): financing, like the cost.
      return maySeeTrainingCost(ctx.actor) ? figures : { ...figures, cost: null, unbilledHours: null };
    },
    // A company tutor reads the contract's steps, not a foreign student's (§3.4, note 26): the HR contact does.
    checklist: async (c, _, ctx) => (await ctx.loaders.checklist(c.id)).filter((item) => maySeeChecklistItem(ctx.actor, item.code)),
  },
  ChecklistItem: {
    overdue: (item, _, ctx) => isOverdue(ctx, item),
  },
};
