import { addDays, type ContractExtension } from '@alternance/domain';
import { batchLoader } from '../../shared/batch.js';
import type { ServiceContext } from '../../shared/service-context.js';
import type { Contract } from '../contracts/contract.entities.js';
import { ContractAmendment } from './lifecycle.entities.js';

type FirstExtension = Pick<ContractAmendment, 'previousEndDate' | 'programme' | 'cohort'> | null;

// One statement for all the contracts a request prices (lists, exports): per entity manager, like the other loaders.
const loaders = new WeakMap<object, (contractId: string) => Promise<FirstExtension>>();

function firstExtensionOf(ctx: ServiceContext, contractId: string): Promise<FirstExtension> {
  let load = loaders.get(ctx.em);
  if (!load) {
    load = batchLoader(async (ids: string[]) => {
      const rows = await ctx.em.find(ContractAmendment, { contract: { $in: ids }, kind: 'EXTENSION' }, { fields: ['contract', 'previousEndDate', 'programme', 'cohort', 'createdAt'], orderBy: { createdAt: 'asc', id: 'asc' } });
      const first = new Map<string, FirstExtension>();
      for (const row of rows) if (!first.has(row.contract.id)) first.set(row.contract.id, row);
      return first;
    }, null);
    loaders.set(ctx.em, load);
  }
  return load(contractId);
}

/** The contract's end date was moved by an extension avenant (§4.5). */
export async function extendedContract(ctx: ServiceContext, contractId: string): Promise<boolean> {
  return (await firstExtensionOf(ctx, contractId)) !== null;
}

/**
 * What an extension changes in the contract's figures (domain ContractExtension): +15
 * points from the day after the DFC the first avenant moved (§4.2.1), and the repeated
 * year's hours from the cohort the avenant named — or, for an avenant recorded before it
 * named one, the cohort the student was moved to.
 */
export function extensionFrom(amendment: NonNullable<FirstExtension>, contract: Contract): ContractExtension {
  const studentCohort = contract.student.cohort;
  const repeatedCohort = amendment.cohort ?? (studentCohort && studentCohort !== contract.mission.cohort ? studentCohort : null);
  return { from: addDays(amendment.previousEndDate, 1), repeatedCohort, repeatedProgramme: amendment.programme };
}

export async function contractExtension(ctx: ServiceContext, contract: Contract): Promise<ContractExtension | undefined> {
  const first = await firstExtensionOf(ctx, contract.id);
  return first ? extensionFrom(first, contract) : undefined;
}
