import type { EntityManager } from '@mikro-orm/core';
import type { ReferenceData } from '@alternance/domain';
import type { Actor } from './actor.js';
import type { Clock } from './clock.js';

/** What a use case needs: the request's unit of work, who asks, the time, and the rules' data. */
export interface ServiceContext {
  em: EntityManager;
  actor: Actor | null;
  clock: Clock;
  publicUrl: string;
  referenceData(): Promise<ReferenceData>;
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
