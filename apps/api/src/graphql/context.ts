import type { ServiceContext } from '../shared/service-context.js';

export interface GraphQLContext extends ServiceContext {
  requestId: string;
  /** Requests a minute of an API token without a limit of its own (API_TOKEN_RATE_LIMIT_PER_MINUTE), shown to the manager. */
  defaultTokenRatePerMinute?: number;
}
