import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { dashboard } from './dashboard.service.js';

export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_, __, ctx) => dashboard(ctx),
  },
};
