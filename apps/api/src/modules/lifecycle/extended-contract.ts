import type { ServiceContext } from '../../shared/service-context.js';
import { ContractAmendment } from './lifecycle.entities.js';

/** The contract's end date was moved by an extension avenant (§4.5). */
export async function extendedContract(ctx: ServiceContext, contractId: string): Promise<boolean> {
  return (await ctx.em.count(ContractAmendment, { contract: contractId, kind: 'EXTENSION' })) > 0;
}
