import type { ServiceContext } from '../shared/service-context.js';

export interface GraphQLContext extends ServiceContext {
  requestId: string;
}
