import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { absenceResolvers } from '../modules/absences/absence.resolvers.js';
import { adminResolvers } from '../modules/admin.resolvers.js';
import { dashboardResolvers } from '../modules/dashboard/dashboard.resolvers.js';
import { contractResolvers } from '../modules/contracts/contract.resolvers.js';
import { lifecycleResolvers } from '../modules/lifecycle/lifecycle.resolvers.js';
import { missionResolvers } from '../modules/missions/mission.resolvers.js';
import { offerResolvers } from '../modules/offers/offer.resolvers.js';
import { peopleResolvers } from '../modules/people/people.resolvers.js';
import { rosterResolvers } from '../modules/roster/roster.resolvers.js';
import { rulesResolvers } from '../modules/rules/rules.resolvers.js';
import { livretResolvers } from '../modules/livret/livret.resolvers.js';
import { calendarResolvers } from '../modules/calendars/calendar.resolvers.js';
import { tutoringResolvers } from '../modules/tutoring/tutoring.resolvers.js';
import { visitResolvers } from '../modules/visits/visit.resolvers.js';
import { integrationResolvers } from '../modules/integration/integration.resolvers.js';
import { webhookResolvers } from '../modules/webhooks/webhooks.resolvers.js';
import { apiGovernanceResolvers } from '../modules/api-governance/api-governance.resolvers.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { DateScalar, DateTimeScalar, EmailAddressScalar, JSONScalar, MoneyScalar } from './scalars.js';

/** The schema's .graphql files, read from src (tests, dev) or copied beside dist by the build. */
export function typeDefs(): string[] {
  const dir = new URL('./schema/', import.meta.url).pathname;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const MODULES: Resolvers[] = [adminResolvers, rulesResolvers, peopleResolvers, offerResolvers, missionResolvers, contractResolvers, rosterResolvers, dashboardResolvers, calendarResolvers, absenceResolvers, tutoringResolvers, visitResolvers, livretResolvers, lifecycleResolvers, integrationResolvers, webhookResolvers, apiGovernanceResolvers];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: typeDefs(),
    resolvers: [
      { Date: DateScalar, DateTime: DateTimeScalar, Money: MoneyScalar, EmailAddress: EmailAddressScalar, JSON: JSONScalar },
      ...(MODULES as Extract<Parameters<typeof makeExecutableSchema>[0]['resolvers'], unknown[]>),
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
