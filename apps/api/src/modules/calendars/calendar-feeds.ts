import type { EntityManager } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { calendarToRows, followsAlternanceCalendar, type ReferenceData } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import type { Clock } from '../../shared/clock.js';
import { audit } from '../audit/audit.js';
import { randomToken, sha256 } from '../auth/secrets.js';
import { Contract } from '../contracts/contract.entities.js';
import { CompanyTutor, Student } from '../people/people.entities.js';
import { User } from '../auth/auth.entities.js';
import { calendarsInForceFor, cohortCalendars } from './calendar-in-force.js';
import { CalendarFeed, type CalendarFeedKind } from './calendar.entities.js';

/** One event of a feed: a day (or half-day) in local time, with a UID stable across versions so a subscribed app updates it in place. */
export interface FeedEvent {
  uid: string;
  date: string;
  half: 'AM' | 'PM' | 'DAY';
  summary: string;
  description?: string;
}

/** Produces the events of one kind of feed for its subject, from the calendars in force at request time. */
export type FeedSource = (em: EntityManager, subjectId: string, referenceData: ReferenceData, today: string) => Promise<{ name: string; events: FeedEvent[] }>;

/**
 * The training half-days of alternants, grouped by day (RFC 5545 events). A student of the L3I's
 * classic group has none (§2.2: the alternance calendar is not theirs); `contractTypes` gives the
 * type of each student's contract when the feed knows it.
 */
async function trainingEvents(em: EntityManager, students: Student[], referenceData: ReferenceData, prefix: (s: Student) => string, contractTypes: ReadonlyMap<string, string> = new Map()): Promise<FeedEvent[]> {
  const data = await calendarsInForceFor(em, students.map((s) => s.id), referenceData);
  const events: FeedEvent[] = [];
  for (const student of students) {
    if (!followsAlternanceCalendar({ cohort: student.cohort, group: student.group, contractType: contractTypes.get(student.id) ?? null }, { referenceData })) continue;
    for (const calendar of cohortCalendars(data.get(student.id) as ReferenceData, student.cohort)) {
      for (const row of calendarToRows(calendar)) {
        const am = row.am === 'TRAINING';
        const pm = row.pm === 'TRAINING';
        if (!am && !pm) continue;
        const half = am && pm ? 'DAY' : am ? 'AM' : 'PM';
        events.push({ uid: `${student.id}-${row.date}@alternance.miage`, date: row.date, half, summary: `${prefix(student)}Formation${half === 'DAY' ? '' : half === 'AM' ? ' (matin)' : ' (après-midi)'}`, description: `Calendrier d’alternance ${calendar.code}${calendar.provisional ? ' (provisoire)' : ''}` });
      }
    }
  }
  return events;
}

const SOURCES: Partial<Record<CalendarFeedKind, FeedSource>> = {
  STUDENT: async (em, subjectId, referenceData) => {
    const student = await em.findOne(Student, subjectId);
    if (!student) return { name: 'Calendrier d’alternance', events: [] };
    return { name: `Alternance — ${student.firstName} ${student.lastName}`, events: await trainingEvents(em, [student], referenceData, () => '') };
  },
  COMPANY_TUTOR: async (em, subjectId, referenceData, today) => {
    const tutor = await em.findOne(CompanyTutor, subjectId);
    // Their alternants whose contract is not over: the days they are away in training.
    const contracts = await em.find(Contract, { endDate: { $gte: today }, mission: { $or: [{ tutor1: subjectId }, { tutor2: subjectId }] } }, { populate: ['student'] });
    const students = [...new Map(contracts.map((c) => [c.student.id, c.student])).values()];
    const types = new Map(contracts.map((c) => [c.student.id, c.contractType]));
    return { name: `Alternant(e)s en formation${tutor ? ` — ${tutor.firstName} ${tutor.lastName}` : ''}`, events: await trainingEvents(em, students, referenceData, (s) => `${s.firstName} ${s.lastName} — `, types) };
  },
};

/**
 * Extension point: the academic tutors' feed of visits (issue 11 §1) is registered by the
 * visits module (`registerFeedSource('ACADEMIC_TUTOR', …)`). Until a source exists for a
 * kind, no feed of that kind can be created.
 */
export function registerFeedSource(kind: CalendarFeedKind, source: FeedSource): void {
  SOURCES[kind] = source;
}

export const hasFeedSource = (kind: CalendarFeedKind): boolean => SOURCES[kind] !== undefined;

const TIMES = { AM: ['08:30', '12:30'], PM: ['13:30', '17:30'], DAY: ['08:30', '17:30'] } as const;

/** The feed as RFC 5545 text, computed from the calendars in force now: a subscribed app sees every publication. */
export async function renderFeed(em: EntityManager, feed: CalendarFeed, referenceData: ReferenceData, today: string): Promise<string> {
  const source = SOURCES[feed.kind];
  const { name, events } = source ? await source(em, feed.subjectId, referenceData, today) : { name: 'Calendrier', events: [] };
  const cal = ical({ name, prodId: { company: 'MIAGE Aix-Marseille', product: 'alternance', language: 'FR' }, method: ICalCalendarMethod.PUBLISH, timezone: 'Europe/Paris', ttl: 3600 });
  for (const e of events) {
    const [start, end] = TIMES[e.half];
    cal.createEvent({
      id: e.uid,
      start: new Date(`${e.date}T${start}:00`),
      end: new Date(`${e.date}T${end}:00`),
      floating: true,
      summary: e.summary,
      ...(e.description ? { description: e.description } : {}),
    });
  }
  return cal.toString();
}

export interface CreatedFeed {
  feed: CalendarFeed;
  url: string;
}

/** May this actor subscribe to (or revoke) the feed of this subject? The person themself, or the office. */
function mayHandle(actor: NonNullable<ServiceContext['actor']>, kind: CalendarFeedKind, subjectId: string): boolean {
  if (['MANAGER', 'SECRETARIAT', 'DIRECTION'].includes(actor.role)) return true;
  if (kind === 'STUDENT') return actor.studentId === subjectId;
  // A tutor has no password: their contract-view link (read-only, their alternant) or the calendar link of a change's
  // mail (footnotes 13–15) may subscribe to their own feed — the same training days, kept up to date.
  if (kind === 'COMPANY_TUTOR') return actor.kind === 'COMPANY_TUTOR' && actor.id === subjectId && (actor.linkPurpose === 'CONTRACT_VIEW' || actor.linkPurpose === 'CALENDAR_VIEW');
  return actor.role === 'ACADEMIC_TUTOR' && actor.id === subjectId;
}

/** A new subscription URL; the token is shown once, only its hash is kept. */
export async function createCalendarFeed(ctx: ServiceContext, kind: CalendarFeedKind, subjectId: string): Promise<CreatedFeed> {
  const actor = authorize(ctx.actor, 'calendars:subscribe');
  if (!mayHandle(actor, kind, subjectId)) throw new BusinessError([{ code: 'FORBIDDEN', field: 'subjectId', message: 'Vous ne pouvez créer un abonnement que pour votre propre calendrier.' }]);
  if (!hasFeedSource(kind)) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'kind', message: 'Ce type de flux n’est pas encore disponible.' }]);
  return unitOfWork(ctx, async () => {
    const exists = kind === 'STUDENT' ? await ctx.em.count(Student, { id: subjectId }) : kind === 'COMPANY_TUTOR' ? await ctx.em.count(CompanyTutor, { id: subjectId }) : await ctx.em.count(User, { id: subjectId, role: 'ACADEMIC_TUTOR' });
    if (!exists) throw missing(kind === 'STUDENT' ? 'Étudiant(e)' : 'Tuteur', subjectId, 'subjectId');
    const token = randomToken(32);
    const feed = new CalendarFeed();
    Object.assign(feed, { tokenHash: sha256(token), kind, subjectId, createdBy: actor.id });
    ctx.em.persist(feed);
    audit(ctx.em, actor, { entityType: 'CalendarFeed', entityId: feed.id, action: 'CREATE', fields: ['kind', 'subjectId'] }, ctx.clock.now());
    return { feed, url: `${ctx.publicUrl}/calendriers/flux/${token}.ics` };
  });
}

export async function listCalendarFeeds(ctx: ServiceContext, kind: CalendarFeedKind, subjectId: string): Promise<CalendarFeed[]> {
  const actor = authorize(ctx.actor, 'calendars:subscribe');
  if (!mayHandle(actor, kind, subjectId)) return [];
  return ctx.em.find(CalendarFeed, { kind, subjectId, revokedAt: null }, { orderBy: { createdAt: 'desc' } });
}

export async function revokeCalendarFeed(ctx: ServiceContext, id: string): Promise<CalendarFeed> {
  const actor = authorize(ctx.actor, 'calendars:subscribe');
  return unitOfWork(ctx, async () => {
    const feed = await ctx.em.findOne(CalendarFeed, id);
    if (!feed || !mayHandle(actor, feed.kind, feed.subjectId)) throw missing('Abonnement', id);
    if (!feed.revokedAt) feed.revokedAt = ctx.clock.now();
    audit(ctx.em, actor, { entityType: 'CalendarFeed', entityId: feed.id, action: 'REVOKE', fields: ['revokedAt'] }, ctx.clock.now());
    return feed;
  });
}

/** GET /calendriers/flux/<token>.ics — no session: the unguessable token is the credential (revocable). */
export async function calendarFeedRoutes(server: FastifyInstance, options: { orm: MikroORM; clock: Clock; referenceData: (em: EntityManager) => Promise<ReferenceData> }): Promise<void> {
  server.get<{ Params: { file: string } }>('/calendriers/flux/:file', async (request, reply) => {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(request.params.file);
    const notFound = () => reply.status(404).type('text/plain; charset=utf-8').send('Abonnement inconnu ou révoqué.');
    if (!match) return notFound();
    const em = options.orm.em.fork();
    const feed = await em.findOne(CalendarFeed, { tokenHash: sha256(match[1] as string), revokedAt: null });
    if (!feed) return notFound();
    const text = await renderFeed(em, feed, await options.referenceData(em), options.clock.today());
    await em.nativeUpdate(CalendarFeed, { id: feed.id }, { lastReadAt: options.clock.now() });
    return reply
      .header('Cache-Control', 'private, no-cache')
      .header('Referrer-Policy', 'no-referrer')
      .type('text/calendar; charset=utf-8')
      .send(text);
  });
}
