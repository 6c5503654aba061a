import { DeadlockException, UniqueConstraintViolationException, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { DEFAULT_OFFER_ALERT_FREQUENCY, findCohort, offerDiffusion, offerDigestDue, startOfParisDay, type OfferAlertFrequency } from '@alternance/domain';
import type { Clock } from '../../shared/clock.js';
import { every } from '../../shared/periodic.js';
import { enqueueMail } from '../mail/outbox.js';
import { Mission } from '../missions/mission.entities.js';
import { Student } from '../people/people.entities.js';
import { loadReferenceData } from '../reference-data/reference-data.service.js';
import { OfferAlertSetting, OfferDelivery, OfferDigest } from './offer-alert.entities.js';
import { offerAlertToken } from './offer-alert-token.js';
import { offerDiffusionMail, type MailedOffer } from './offer-mails.js';
import { Offer } from './offer.entity.js';

/** An offer is diffused during the days after its publication: a student who joins, or asks for mails, later is not sent the old ones (the offers page lists them). */
export const DIFFUSION_DAYS = 14;
/** Students whose mails are queued in one transaction. */
export const DIFFUSION_CHUNK = 100;
/** A daily digest leaves from this hour (Paris) on: read in the morning, never mailed at midnight. */
export const DIGEST_HOUR = 7;

export interface DiffusionReport {
  /** Mails queued by this run. */
  mails: number;
  /** Offers mailed to a student by this run (a digest of three counts three). */
  deliveries: number;
  /** Students whose mail another run (here or on another instance) queued first: nothing queued for them here. */
  lost: number;
}

/**
 * The MIAGE's diffusion of its offers (§3.2 « la MIAGE vous en diffusera … au fil de l'eau »):
 * mails each recently published offer to the students it targets who are still looking
 * (`offerDiffusion`), each at once or in one digest a day, as each student chose.
 *
 * Several API instances run this sweep on one database and share nothing in memory: what was
 * sent is in the database. Each student's mail is queued in one transaction with its claims —
 * one OfferDelivery row per offer (unique per offer and student) and, for a digest, one
 * OfferDigest row (unique per student and day). A second run, here or on another instance, that
 * computed the same mail fails on those keys and queues nothing: a student never gets an offer
 * twice, nor two digests a day. Delivery then goes through the mail outbox (claimed `FOR UPDATE
 * SKIP LOCKED`).
 */
export async function sweepOfferDiffusion(root: EntityManager, clock: Clock, publicUrl: string, secret: string): Promise<DiffusionReport> {
  const report: DiffusionReport = { mails: 0, deliveries: 0, lost: 0 };
  const now = clock.now();
  const today = clock.today();
  const reader = root.fork();
  const offers = await reader.find(
    Offer,
    { state: 'PUBLISHED', publishedAt: { $gte: new Date(now.getTime() - DIFFUSION_DAYS * 86_400_000), $lte: now } },
    { populate: ['organisation'], orderBy: { publishedAt: 'asc', reference: 'asc' } },
  );
  if (offers.length === 0) return report;
  const data = await loadReferenceData(reader);
  // The cohorts still in training (DFF not past): an offer for every cohort is not mailed to former students.
  const inTraining = data.cohorts.filter((c) => c.dff >= today).map((c) => c.code);
  const cohorts = offers.some((o) => o.cohort === null) ? inTraining : inTraining.filter((code) => offers.some((o) => o.cohort === code));
  if (cohorts.length === 0) return report;
  const students = await reader.find(Student, { cohort: { $in: cohorts } }, { fields: ['id', 'firstName', 'lastName', 'email', 'cohort'], orderBy: { id: 'asc' } });
  if (students.length === 0) return report;
  const ids = students.map((s) => s.id);
  const frequencies = new Map((await reader.find(OfferAlertSetting, { studentId: { $in: ids } }, { fields: ['studentId', 'frequency'] })).map((s) => [s.studentId, s.frequency]));
  const missions = new Map<string, { state: string; cohort: string; brokenOn: string | null }[]>();
  for (const m of await reader.find(Mission, { state: 'VALIDATED', student: { $in: ids } }, { fields: ['student', 'state', 'cohort', 'brokenOn'] })) {
    missions.set(m.student.id, [...(missions.get(m.student.id) ?? []), { state: m.state, cohort: m.cohort, brokenOn: m.brokenOn }]);
  }
  const delivered = new Set((await reader.find(OfferDelivery, { offerId: { $in: offers.map((o) => o.id) } }, { fields: ['offerId', 'studentId'] })).map((d) => `${d.offerId}|${d.studentId}`));
  const digestedToday = new Set((await reader.find(OfferDigest, { day: today, studentId: { $in: ids } }, { fields: ['studentId'] })).map((d) => d.studentId));
  const digestHourPassed = now.getTime() >= startOfParisDay(today).getTime() + DIGEST_HOUR * 3_600_000;

  const mailed = (o: Offer): MailedOffer => ({
    reference: o.reference,
    title: o.title,
    organisation: o.organisation?.name ?? null,
    cohort: o.cohort ? (findCohort(data, o.cohort)?.label ?? o.cohort) : null,
    link: offerLink(publicUrl, o.reference),
  });

  // Each run starts at a random student and goes round: two instances sweeping at once mostly mail
  // different students, instead of queuing behind each other's transactions on the same ones.
  const start = Math.floor(Math.random() * students.length);
  const due: { student: (typeof students)[number]; frequency: 'IMMEDIATE' | 'DAILY'; fresh: Offer[] }[] = [];
  for (const student of [...students.slice(start), ...students.slice(0, start)]) {
    const frequency: OfferAlertFrequency = frequencies.get(student.id) ?? DEFAULT_OFFER_ALERT_FREQUENCY;
    if (frequency === 'NONE') continue;
    const fresh = offers.filter(
      (o) => !delivered.has(`${o.id}|${student.id}`) && offerDiffusion({ offer: o, student: { cohort: student.cohort, frequency }, missions: missions.get(student.id) ?? [], today }).send,
    );
    if (!offerDigestDue(frequency, digestedToday.has(student.id) ? today : null, today, fresh.length)) continue;
    if (frequency === 'DAILY' && !digestHourPassed) continue;
    due.push({ student, frequency, fresh });
  }

  // Queues the mails of some students with their claims, in one transaction: all of them, or none
  // when another run claimed any of them first (false). The claims are written in one order for
  // every run (student, then offer): two runs whose chunks overlap then wait for each other on
  // the first key they share instead of each holding a key the other needs (a deadlock, which
  // PostgreSQL settles by failing one of them — still read as a lost race, should one happen).
  const queue = (batch: typeof due): Promise<boolean> =>
    root
      .fork()
      .transactional(async (em) => {
        const ordered = [...batch].sort((a, b) => (a.student.id < b.student.id ? -1 : a.student.id > b.student.id ? 1 : 0));
        for (const { student, frequency, fresh } of ordered) {
          if (frequency === 'DAILY') em.persist(Object.assign(new OfferDigest(), { studentId: student.id, day: today, offers: fresh.length, sentAt: now }));
          for (const o of [...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) em.persist(Object.assign(new OfferDelivery(), { offerId: o.id, studentId: student.id, mode: frequency, sentAt: now }));
        }
        // The claims first: a run that lost the race stops here, before any mail is queued.
        await em.flush();
        for (const { student, frequency, fresh } of batch) {
          const common = { studentName: `${student.firstName} ${student.lastName}`, kind: frequency, offersLink: `${publicUrl}/offres`, settingsLink: offerAlertLink(publicUrl, secret, student.id), unsubscribeUrl: offerUnsubscribeUrl(publicUrl, secret, student.id) };
          const mails = frequency === 'IMMEDIATE' ? fresh.map((o) => [o]) : [fresh];
          for (const listed of mails) enqueueMail(em, student.email, frequency === 'IMMEDIATE' ? 'offer-new' : 'offer-digest', offerDiffusionMail({ ...common, offers: listed.map(mailed) }), null, now);
        }
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof UniqueConstraintViolationException || error instanceof DeadlockException) return false;
        throw error;
      });
  const count = ({ frequency, fresh }: (typeof due)[number]) => {
    report.mails += frequency === 'IMMEDIATE' ? fresh.length : 1;
    report.deliveries += fresh.length;
  };
  // A transaction per chunk of students (1,100 students: a dozen commits, not 1,100); a chunk
  // another run got into first is redone student by student, so that only theirs are left out.
  for (let i = 0; i < due.length; i += DIFFUSION_CHUNK) {
    const chunk = due.slice(i, i + DIFFUSION_CHUNK);
    if (await queue(chunk)) {
      chunk.forEach(count);
      continue;
    }
    for (const one of chunk) {
      if (await queue([one])) count(one);
      else report.lost += 1;
    }
  }
  return report;
}

/** The offer's page in the portal, opened on that offer. */
export const offerLink = (publicUrl: string, reference: string): string => `${publicUrl}/offres?ref=${encodeURIComponent(reference)}`;

/** The student's offer-alert page (no sign-in needed: a signed token). */
export const offerAlertLink = (publicUrl: string, secret: string, studentId: string): string => `${publicUrl}/offres/alertes/${offerAlertToken(secret, studentId)}`;

/** The API's address of the same signed link, which a one-click POST (RFC 8058) unsubscribes: the mail's List-Unsubscribe. */
export const offerUnsubscribeUrl = (publicUrl: string, secret: string, studentId: string): string => `${publicUrl}/offer-alerts/${offerAlertToken(secret, studentId)}`;

export interface OfferDiffusionSweep {
  /** Runs the sweep now (an offer was just published: « chaque offre dès sa publication »), unless a run is going. */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Runs the diffusion every `intervalMs` in this process, and at once when asked (`kick`, after
 * a publication); never two runs at once here, and the database decides what was sent.
 */
export function startOfferDiffusionSweep(orm: MikroORM, clock: Clock, publicUrl: string, secret: string, intervalMs = 5 * 60_000): OfferDiffusionSweep {
  let kicked: Promise<unknown> | null = null;
  let stopped = false;
  const stopTimer = every(intervalMs, () => sweepOfferDiffusion(orm.em, clock, publicUrl, secret));
  return {
    kick() {
      if (stopped || kicked) return;
      kicked = sweepOfferDiffusion(orm.em, clock, publicUrl, secret)
        .catch(() => undefined)
        .finally(() => {
          kicked = null;
        });
    },
    async stop() {
      stopped = true;
      await Promise.all([stopTimer(), kicked]);
    },
  };
}
