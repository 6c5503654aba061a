import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { authorize, maySeeTrainingCost } from '../../policy/policy.js';
import { forbidden } from '../../shared/errors.js';
import { Student } from '../people/people.entities.js';
import { calendarsInForce } from './calendar-in-force.js';
import { createCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from './calendar-feeds.js';
import { publishCalendar } from './calendar-publication.js';
import {
  calendarVersions,
  clearStudentCalendar,
  cohortsUsing,
  discardCalendarDraft,
  draftChanges,
  findCalendar,
  hoursPreview,
  importCalendar,
  listCalendars,
  previewCalendarImport,
  setCalendarHalfDays,
  setStudentCalendarHalfDays,
  versionInForce,
} from './calendar.service.js';
import { calendarDays, contactCalendars, contractTrainingFigures, studentCalendarViews } from './calendar-views.js';
import type { ServiceContext } from '../../shared/service-context.js';

/** A student's calendars, for the office or the student themself. */
async function studentCalendarsFor(ctx: ServiceContext, studentId: string) {
  const actor = authorize(ctx.actor, 'students:read');
  const office = ['MANAGER', 'SECRETARIAT', 'DIRECTION', 'INTEGRATION'].includes(actor.role);
  if (!office && actor.studentId !== studentId) throw forbidden();
  const student = await ctx.em.findOne(Student, studentId);
  return student ? studentCalendarViews(ctx, student) : [];
}

async function studentPayload(ctx: ServiceContext, studentId: string, code: string) {
  const views = await studentCalendarsFor(ctx, studentId);
  return views.find((v) => v.code === code) ?? null;
}

export const calendarResolvers: Resolvers = {
  Query: {
    calendars: (_, __, ctx) => listCalendars(ctx),
    calendar: (_, { code }, ctx) => findCalendar(ctx, code),
    calendarImportPreview: (_, { code, cells }, ctx) => previewCalendarImport(ctx, code, cells),
    studentCalendars: (_, { studentId }, ctx) => studentCalendarsFor(ctx, studentId),
    calendarFeeds: (_, { kind, subjectId }, ctx) => listCalendarFeeds(ctx, kind, subjectId),
    contactCalendars: (_, __, ctx) => contactCalendars(ctx),
  },
  Mutation: {
    setCalendarHalfDays: (_, { code, version, from, to, kind }, ctx) =>
      payload(
        () => setCalendarHalfDays(ctx, code, version, from, to, kind),
        (calendar) => ({ calendar, errors: [] }),
        (errors) => ({ calendar: null, errors }),
      ),
    discardCalendarDraft: (_, { code, version }, ctx) =>
      payload(
        () => discardCalendarDraft(ctx, code, version),
        (calendar) => ({ calendar, errors: [] }),
        (errors) => ({ calendar: null, errors }),
      ),
    importCalendar: (_, { code, version, cells }, ctx) =>
      payload(
        () => importCalendar(ctx, code, version, cells),
        (r) => ({ calendar: r.calendar, preview: r.preview, errors: [] }),
        (errors) => ({ calendar: null, preview: null, errors }),
      ),
    publishCalendar: (_, { code, version, comment }, ctx) =>
      payload(
        () => publishCalendar(ctx, code, version, comment ?? null),
        (p) => ({ calendar: p.calendar, version: p.version, changes: p.changes, notified: p.notified, contractsRecomputed: p.contractsRecomputed, errors: [] }),
        (errors) => ({ calendar: null, version: null, changes: [], notified: 0, contractsRecomputed: 0, errors }),
      ),
    setStudentCalendarHalfDays: (_, { studentId, code, version, from, to, kind }, ctx) =>
      payload(
        async () => {
          await setStudentCalendarHalfDays(ctx, studentId, code, version, from, to, kind);
          return studentPayload(ctx, studentId, code);
        },
        (calendar) => ({ calendar, errors: [] }),
        (errors) => ({ calendar: null, errors }),
      ),
    clearStudentCalendar: (_, { studentId, code, version }, ctx) =>
      payload(
        async () => {
          await clearStudentCalendar(ctx, studentId, code, version);
          return studentPayload(ctx, studentId, code);
        },
        (calendar) => ({ calendar, errors: [] }),
        (errors) => ({ calendar: null, errors }),
      ),
    createCalendarFeed: (_, { kind, subjectId }, ctx) =>
      payload(
        () => createCalendarFeed(ctx, kind, subjectId),
        (r) => ({ feed: r.feed, url: r.url, errors: [] }),
        (errors) => ({ feed: null, url: null, errors }),
      ),
    revokeCalendarFeed: (_, { id }, ctx) =>
      payload(
        () => revokeCalendarFeed(ctx, id),
        (feed) => ({ feed, url: null, errors: [] }),
        (errors) => ({ feed: null, url: null, errors }),
      ),
  },
  AlternanceCalendar: {
    label: (c) => c.draft.label,
    from: (c) => c.draft.from,
    to: (c) => c.draft.to,
    cohorts: async (c, _, ctx) => [...new Set(cohortsUsing(await ctx.referenceData(), c.code).map((u) => u.cohort))],
    days: async (c, { draft }, ctx) => {
      const data = await ctx.referenceData();
      return calendarDays(draft === false ? (await versionInForce(ctx.em, c)).definition : c.draft, data);
    },
    draftChanges: (c, _, ctx) => draftChanges(ctx, c),
    hoursPreview: (c, _, ctx) => hoursPreview(ctx, c),
    versions: (c, _, ctx) => calendarVersions(ctx.em, c.code),
  },
  CalendarVersion: {
    provisional: (v) => v.definition.provisional,
  },
  StudentCalendar: {
    days: (v) => calendarDays(v.definition, v.data),
  },
  Contract: {
    trainingFigures: async (c, _, ctx) => {
      const figures = await contractTrainingFigures(ctx, c);
      if (maySeeTrainingCost(ctx.actor)) return figures;
      // The contract's financing (§2.5) is the signing organisation's and the OPCO's: hours stay, amounts go.
      return { ...figures, cost: null, costPerHour: null, unbilledHours: null, unbilledCost: null, volumes: figures.volumes.map((v) => ({ ...v, annualCost: null })) };
    },
  },
};

export { calendarsInForce };
