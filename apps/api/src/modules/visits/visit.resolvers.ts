import { slotsReminderRecipients, unansweredVisitProposal, visitReportStage } from '@alternance/domain';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload, toGqlFinding } from '../../graphql/payload.js';
import { related } from '../../graphql/related.js';
import { can } from '../../policy/policy.js';
import { User } from '../auth/auth.entities.js';
import { Student } from '../people/people.entities.js';
import { cancelVisit, checkVisitSlot, chooseVisitSlot, companyTutorsOf, declineVisitSlots, findVisit, listVisits, listVisitReportsKept, proposeOtherVisitSlots, proposeVisitSlots, recordVisitReport, remindVisitSlots, rescheduleVisit } from './visit.service.js';
import type { Visit } from './visit.entity.js';

const ok = (visit: Visit) => ({ visit, errors: [], findings: [] });
const failed = (errors: { code: string; message: string; field: string | null; index: number | null }[], findings: ReturnType<typeof toGqlFinding>[]) => ({ visit: null, errors, findings });

/** Who reads a visit's report: the tutors and the office, not the student nor the company tutor (security.md). */
const REPORT_READERS = new Set(['ACADEMIC_TUTOR', 'SECRETARIAT', 'MANAGER', 'DIRECTION']);

export const visitResolvers: Resolvers = {
  Query: {
    visit: (_, { id }, ctx) => findVisit(ctx, id),
    visits: (_, { studentId, academicYear }, ctx) => listVisits(ctx, studentId, academicYear),
    visitReportsKept: (_, __, ctx) => listVisitReportsKept(ctx),
    checkVisitSlot: async (_, { studentId, visitNumber, date, half, academicYear }, ctx) => (await checkVisitSlot(ctx, studentId, visitNumber, date, half, academicYear)).map(toGqlFinding),
  },
  Mutation: {
    proposeVisitSlots: (_, { input }, ctx) => payload(() => proposeVisitSlots(ctx, input), ok, failed),
    chooseVisitSlot: (_, { visitId, version, slotId }, ctx) => payload(() => chooseVisitSlot(ctx, visitId, version, slotId), ok, failed),
    declineVisitSlots: (_, { visitId, version, availability }, ctx) => payload(() => declineVisitSlots(ctx, visitId, version, availability), ok, failed),
    proposeOtherVisitSlots: (_, { visitId, version, slots, acknowledgeWarnings }, ctx) => payload(() => proposeOtherVisitSlots(ctx, visitId, version, slots, acknowledgeWarnings === true), ok, failed),
    remindVisitSlots: (_, { visitId, version }, ctx) => payload(() => remindVisitSlots(ctx, visitId, version), ok, failed),
    rescheduleVisit: (_, { visitId, version, slot, reason, acknowledgeWarnings }, ctx) => payload(() => rescheduleVisit(ctx, visitId, version, slot, reason, acknowledgeWarnings === true), ok, failed),
    cancelVisit: (_, { visitId, version, reason }, ctx) => payload(() => cancelVisit(ctx, visitId, version, reason), ok, failed),
    recordVisitReport: (_, { visitId, version, input }, ctx) => payload(() => recordVisitReport(ctx, visitId, version, input), ok, failed),
  },
  Visit: {
    student: (v, _, ctx) => related(ctx, v.student, Student),
    studentName: async (v, _, ctx) => {
      const s = await related(ctx, v.student, Student);
      return `${s.firstName} ${s.lastName}`;
    },
    organisationName: (v) => v.companyTutor.organisation.name,
    companyTutorName: (v) => `${v.companyTutor.firstName} ${v.companyTutor.lastName}`,
    companyTutorNames: async (v, _, ctx) => (await companyTutorsOf(ctx, v)).map((t) => `${t.firstName} ${t.lastName}`),
    slotDeclines: (v) => (v.slotDeclines ?? []).map((d) => ({ companyTutorName: d.name, declinedAt: new Date(d.at), availability: d.availability })),
    slotsDeclinedByMe: (v, _, ctx) => ctx.actor?.role === 'COMPANY_TUTOR' && (v.slotDeclines ?? []).some((d) => d.companyTutorId === ctx.actor!.id),
    academicTutor: (v, _, ctx) => (v.academicTutor ? related(ctx, v.academicTutor, User) : null),
    visitorName: (v) => v.academicTutor?.displayName ?? 'Le responsable de l’alternance (tuteur tant qu’aucun n’est affecté)',
    slots: (v) => v.slots.map((s) => ({ ...s, findings: s.findings.map(toGqlFinding) })),
    slotsUnanswered: (v, _, ctx) => unansweredVisitProposal({ state: v.state, slotDates: v.slots.map((s) => s.date), declined: v.slotsDeclinedAt !== null || (v.slotDeclines ?? []).length > 0 }, ctx.clock.today()),
    slotsReminderTo: async (v, _, ctx) => {
      if (v.state !== 'PROPOSED' || !can(ctx.actor, 'visits:plan')) return [];
      const tutors = await companyTutorsOf(ctx, v);
      const decided = slotsReminderRecipients({ state: v.state, slotDates: v.slots.map((s) => s.date), declinedBy: (v.slotDeclines ?? []).map((d) => d.companyTutorId) }, tutors.map((t) => t.id), ctx.clock.today());
      return 'recipients' in decided ? tutors.filter((t) => decided.recipients.includes(t.id)).map((t) => `${t.firstName} ${t.lastName}`) : [];
    },
    // « Compte rendu à saisir » once the planned day is past (§4.6): read from the state and the day, for today.
    reportStage: (v, _, ctx) => visitReportStage({ state: v.state, date: v.date }, ctx.clock.today()),
    report: (v, _, ctx) => (ctx.actor && REPORT_READERS.has(ctx.actor.role) ? v.report : null),
    reportedAt: (v, _, ctx) => (ctx.actor && REPORT_READERS.has(ctx.actor.role) ? v.reportedAt : null),
    followUpNeeded: (v, _, ctx) => (ctx.actor && REPORT_READERS.has(ctx.actor.role) ? v.followUpNeeded : false),
  },
};
