import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';

/**
 * Does `work` once across every API instance: `claim` is a row whose unique key names the thing
 * done (a reminder for this student, date and step…), inserted in the same transaction as the
 * work's writes (the mails it queues). A second run, here or on another instance, fails on the key
 * and writes nothing: true when this run did it, false when another had.
 */
export async function sendOnce(root: EntityManager, claim: object, work: (em: EntityManager) => Promise<void> | void): Promise<boolean> {
  return root
    .fork()
    .transactional(async (em) => {
      em.persist(claim);
      await em.flush();
      await work(em);
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    });
}
