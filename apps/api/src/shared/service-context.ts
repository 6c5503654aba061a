import type { EntityManager } from '@mikro-orm/core';
import type { ReferenceData } from '@alternance/domain';
import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import { ChecklistItem } from '../modules/contracts/contract.entities.js';
import { batchLoader } from './batch.js';

/** What a use case needs: the request's unit of work, who asks, the time, and the rules' data. */
export interface ServiceContext {
  em: EntityManager;
  actor: Actor | null;
  clock: Clock;
  publicUrl: string;
  referenceData(): Promise<ReferenceData>;
  /** Per-request batched loads (one query for all the contracts of a page). */
  loaders: Loaders;
}

export interface Loaders {
  checklist(contractId: string): Promise<ChecklistItem[]>;
}

/** The loaders of one request, on its EntityManager. */
export function createLoaders(em: EntityManager): Loaders {
  return {
    checklist: batchLoader(async (ids: string[]) => {
      const items = await em.find(ChecklistItem, { contract: { $in: ids } }, { orderBy: { dueDate: 'asc', code: 'asc' } });
      const byContract = new Map<string, ChecklistItem[]>();
      for (const item of items) byContract.set(item.contract.id, [...(byContract.get(item.contract.id) ?? []), item]);
      return byContract;
    }, []),
  };
}

/**
 * Runs a change as one transaction on the request's EntityManager: everything it persisted
 * is flushed and committed together, or — on any error, business or not — rolled back and
 * forgotten, so that a failed mutation writes nothing.
 */
export async function unitOfWork<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  const { em } = ctx;
  await em.begin();
  try {
    const result = await work();
    await em.flush();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    em.clear();
    throw error;
  }
}
