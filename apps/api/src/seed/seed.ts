import type { MikroORM } from '@mikro-orm/core';
import { Student } from '../modules/people/people.entities.js';
import { loadReferenceData, seedReferenceData } from '../modules/reference-data/reference-data.service.js';
import { seedDemo } from './demo.js';
import { replayDemoReminders } from './demo-year-running.js';
import { DEMO_DAY } from './demo-absences.js';
import type { DemoPartnerTokens } from './demo-integration.js';
import { seedCalendars } from '../modules/calendars/calendar-in-force.js';

/** First start: the guide's reference data, then (unless disabled) the demo programme — each only into an empty database. */
export async function seed(orm: MikroORM, options: { demo: boolean; today?: string }): Promise<{ referenceData: boolean; demo: boolean; partnerTokens: DemoPartnerTokens | null }> {
  const em = orm.em.fork();
  const referenceData = await seedReferenceData(em);
  await seedCalendars(em, await loadReferenceData(em), new Date());
  let demo = false;
  let partnerTokens: DemoPartnerTokens | null = null;
  if (options.demo && (await em.count(Student, {})) === 0) {
    partnerTokens = await seedDemoProgramme(orm, options.today);
    demo = true;
  }
  return { referenceData, demo, partnerTokens };
}

/**
 * The demo programme (seedDemo) in one transaction, then the reminders the office's sweeps sent
 * before the day it starts on (`today`, the demo's day at the latest), sent on their day
 * (replayDemoReminders: the sweeps claim on their own transactions, so they read the committed demo).
 */
export async function seedDemoProgramme(orm: MikroORM, today: string = DEMO_DAY): Promise<DemoPartnerTokens> {
  const { partnerTokens } = await orm.em.fork().transactional(async (tx) => seedDemo(tx, await loadReferenceData(tx)));
  await replayDemoReminders(orm.em, today < DEMO_DAY ? today : DEMO_DAY);
  return partnerTokens;
}
