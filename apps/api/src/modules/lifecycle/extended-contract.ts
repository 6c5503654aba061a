import { addDays, type ContractExtension } from '@alternance/domain';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { columnsOf, plainReader, readRows, type Joined } from '../../db/read-rows.js';
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
      const first = new Map<string, FirstExtension>();
      for (const row of await extensionRows(ctx, ids)) if (!first.has(row.contractId)) first.set(row.contractId, row);
      return first;
    }, null);
    loaders.set(ctx.em, load);
  }
  return load(contractId);
}

const AMENDMENT: Joined = { alias: 'a', entity: 'ContractAmendment', pick: ['previousEndDate', 'programme', 'cohort'] };

/**
 * The extension avenants of these contracts, oldest first. Outside a transaction (every list
 * and read) as plain rows: a contracts page asks this for its 50–100 contracts, and hydrating
 * the avenants as entities cost more than their SQL (issue 15). Inside one, through the ORM,
 * which sees the avenants the transaction has persisted and not yet flushed.
 */
async function extensionRows(ctx: ServiceContext, ids: string[]): Promise<(NonNullable<FirstExtension> & { contractId: string })[]> {
  if (ctx.em.getTransactionContext()) {
    const rows = await ctx.em.find(ContractAmendment, { contract: { $in: ids }, kind: 'EXTENSION' }, { fields: ['contract', 'previousEndDate', 'programme', 'cohort', 'createdAt'], orderBy: { createdAt: 'asc', id: 'asc' } });
    return rows.map((row) => ({ contractId: row.contract.id, previousEndDate: row.previousEndDate, programme: row.programme, cohort: row.cohort }));
  }
  const em = ctx.em as SqlEntityManager;
  const sql =
    `select ${columnsOf(em, AMENDMENT).join(', ')}, "a"."contract_id" as "a__contract" from "contract_amendment" "a"` +
    ` where "a"."kind" = 'EXTENSION' and "a"."contract_id" in (${ids.map(() => '?').join(', ')}) order by "a"."created_at", "a"."id"`;
  const read = plainReader<NonNullable<FirstExtension>>(em, AMENDMENT);
  return (await readRows(em, sql, ids)).map((row) => ({ ...read(row)!, contractId: String(row.a__contract) }));
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
