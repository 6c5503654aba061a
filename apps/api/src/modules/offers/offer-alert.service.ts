import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { DEFAULT_OFFER_ALERT_FREQUENCY, OFFER_ALERT_FREQUENCIES, stillLooking, type OfferAlertFrequency } from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { Mission } from '../missions/mission.entities.js';
import { Student } from '../people/people.entities.js';
import { OfferAlertSetting } from './offer-alert.entities.js';

/** A student's offer alerts as read: `version` 0 while they never chose (the default, a daily digest). */
export interface OfferAlerts {
  frequency: OfferAlertFrequency;
  version: number;
  offersSeenAt: Date | null;
}

const view = (setting: OfferAlertSetting | null): OfferAlerts => ({ frequency: setting?.frequency ?? DEFAULT_OFFER_ALERT_FREQUENCY, version: setting?.version ?? 0, offersSeenAt: setting?.offersSeenAt ?? null });

/** As the portal reads them: whether the diffusion still mails the student (§3.2 `stillLooking`) beside their choice, kept as it is. */
export interface MyOfferAlerts extends OfferAlerts {
  stillLooking: boolean;
}

/** Whether the student is still looking (§3.2): the diffusion's own rule, on their validated missions. */
async function withLooking(ctx: ServiceContext, studentId: string, alerts: OfferAlerts): Promise<MyOfferAlerts> {
  const em = ctx.em.fork();
  const student = await em.findOne(Student, studentId, { fields: ['cohort'] });
  const missions = student ? await em.find(Mission, { student: studentId, state: 'VALIDATED' }, { fields: ['state', 'cohort', 'brokenOn'] }) : [];
  return { ...alerts, stillLooking: !student || stillLooking(student.cohort, missions, ctx.clock.today()) };
}

function ownStudent(actor: Actor): string {
  if (!actor.studentId) throw new BusinessError([{ code: 'NOT_FOUND', field: 'student', message: 'Aucun dossier étudiant n’est lié à ce compte.' }]);
  return actor.studentId;
}

/** The signed-in student's choice of offer mails (§3.2) and their previous visit of the offers page. */
export async function myOfferAlerts(ctx: ServiceContext): Promise<MyOfferAlerts> {
  const studentId = ownStudent(authorize(ctx.actor, 'offers:alerts'));
  return withLooking(ctx, studentId, view(await ctx.em.findOne(OfferAlertSetting, { studentId })));
}

/**
 * Sets how a student receives the offers (each at once, a daily digest, none): from the portal,
 * or from the link of a diffusion mail (`actor` null: the signed token named the student). The
 * version read is checked — 0 for a student who never chose — so that two edits never overwrite
 * each other, even the first two (the unique student key refuses the second row).
 */
export async function writeOfferAlerts(em: EntityManager, actor: Actor | null, studentId: string, frequency: unknown, version: unknown, now: Date): Promise<OfferAlerts> {
  if (typeof frequency !== 'string' || !OFFER_ALERT_FREQUENCIES.includes(frequency as OfferAlertFrequency)) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'frequency', message: `frequency : une valeur parmi ${OFFER_ALERT_FREQUENCIES.join(', ')}.` }]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'version', message: 'version : un entier positif ou nul (celle lue).' }]);
  try {
    return await em.fork().transactional(async (tx) => {
      const setting = await tx.findOne(OfferAlertSetting, { studentId });
      if ((setting?.version ?? 0) !== version) throw conflict('Vos préférences d’offres', 'modifiées');
      const next = setting ?? Object.assign(new OfferAlertSetting(), { studentId });
      if (setting && setting.frequency === frequency) return view(setting);
      next.frequency = frequency as OfferAlertFrequency;
      next.updatedAt = now;
      tx.persist(next);
      audit(tx, actor, { entityType: 'Student', entityId: studentId, action: 'SET_OFFER_ALERTS', fields: ['offerAlerts'] }, now);
      await tx.flush();
      return view(next);
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('Vos préférences d’offres', 'modifiées');
    throw error;
  }
}

export async function setOfferAlerts(ctx: ServiceContext, frequency: OfferAlertFrequency, version: number): Promise<MyOfferAlerts> {
  const actor = authorize(ctx.actor, 'offers:alerts');
  const studentId = ownStudent(actor);
  return withLooking(ctx, studentId, await writeOfferAlerts(ctx.em, actor, studentId, frequency, version, ctx.clock.now()));
}

/**
 * The student opens the offers page: answers their previous visit (what is new to them is what
 * was published after it) and records this one. The visit is not an edit: it never changes the
 * version, so that it never makes a choice of frequency made meanwhile stale.
 */
export async function recordOffersVisit(ctx: ServiceContext): Promise<MyOfferAlerts> {
  const studentId = ownStudent(authorize(ctx.actor, 'offers:alerts'));
  return withLooking(ctx, studentId, await recordVisit(ctx, studentId));
}

async function recordVisit(ctx: ServiceContext, studentId: string): Promise<OfferAlerts> {
  const now = ctx.clock.now();
  // A plain update, not the ORM's: that one counts a new version. The date as the ORM stores it on this dialect.
  const seen = async () => {
    const em = ctx.em.fork() as SqlEntityManager;
    await em.getKnex()('offer_alert_setting').update({ offers_seen_at: em.getPlatform().processDateProperty(now) }).where({ student_id: studentId });
  };
  const before = await ctx.em.fork().findOne(OfferAlertSetting, { studentId });
  if (before) {
    await seen();
    return view(before);
  }
  // A first visit: no previous one (everything published is new), but the row it creates has a
  // version, the one a choice made on this page is then saved against — not 0, which would read
  // as « changed by someone else meanwhile » on the student's very first save.
  const created = Object.assign(new OfferAlertSetting(), { studentId, offersSeenAt: now, createdAt: now, updatedAt: now });
  try {
    await ctx.em.fork().persistAndFlush(created);
    return { ...view(created), offersSeenAt: null };
  } catch (error) {
    // A visit from another tab created it first: this visit is recorded on it.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    await seen();
    return { ...view(await ctx.em.fork().findOne(OfferAlertSetting, { studentId })), offersSeenAt: null };
  }
}

/** The offer alerts of the student a mail's signed link names (nothing else of them is shown). */
export async function offerAlertsOf(em: EntityManager, studentId: string): Promise<OfferAlerts | null> {
  if (!(await em.fork().findOne(Student, studentId, { fields: ['id'] }))) return null;
  return view(await em.fork().findOne(OfferAlertSetting, { studentId }));
}
