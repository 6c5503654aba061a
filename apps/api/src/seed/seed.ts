import type { MikroORM } from '@mikro-orm/core';
import { Student } from '../modules/people/people.entities.js';
import { loadReferenceData, seedReferenceData } from '../modules/reference-data/reference-data.service.js';
import { seedDemo } from './demo.js';
import type { DemoPartnerTokens } from './demo-integration.js';
import { seedCalendars } from '../modules/calendars/calendar-in-force.js';

/** First start: the guide's reference data, then (unless disabled) the demo programme — each only into an empty database. */
export async function seed(orm: MikroORM, options: { demo: boolean }): Promise<{ referenceData: boolean; demo: boolean; partnerTokens: DemoPartnerTokens | null }> {
  const em = orm.em.fork();
  const referenceData = await seedReferenceData(em);
  await seedCalendars(em, await loadReferenceData(em), new Date());
  let demo = false;
  let partnerTokens: DemoPartnerTokens | null = null;
  if (options.demo && (await em.count(Student, {})) === 0) {
    await em.transactional(async (tx) => {
      partnerTokens = (await seedDemo(tx, await loadReferenceData(tx))).partnerTokens;
    });
    demo = true;
  }
  return { referenceData, demo, partnerTokens };
}
