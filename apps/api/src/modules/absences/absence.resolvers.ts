import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { toGqlFinding } from '../../graphql/payload.js';
import { payload } from '../../graphql/payload.js';
import type { Absence } from './absence.entities.js';
import { closeAbsenceUnjustified, declareMedicalAbsence, decideAbsence, giveAbsenceReason, justifyAbsences, sendWorkStoppage } from './absence-justify.service.js';
import { absenceDaySheet, absenceHours, absenceLinkContext, absenceStatement, absenceStatements, attendanceOf, listAbsences, listProfessionalRequests } from './absence-read.service.js';
import { deleteAbsence, importAbsences, previewAbsenceImport, recordAbsences } from './absence-record.service.js';
import { consultedTeachers, consultProfessionalAbsenceTeachers, decideProfessionalAbsence, recordMailedProfessionalAbsence, requestProfessionalAbsence, sendProfessionalAbsenceLink } from './professional-absence.service.js';
import { professionalRequestCursor } from './professional-request-cursor.js';
import { absenceStudentProjection, requestStudentProjection } from './absence-list.query.js';
import { stoppageFileOf } from './stoppage-document.js';
import { absenceReadBy, mayRead } from '../../policy/policy.js';
import type { ServiceContext } from '../../shared/service-context.js';

const absenceOk = (absence: Absence) => ({ absence, errors: [], findings: [] });
const absenceFailed = (errors: { code: string; message: string; field: string | null; index: number | null }[], findings: ReturnType<typeof toGqlFinding>[]) => ({ absence: null, errors, findings });

const asRead = (ctx: ServiceContext, a: Absence) => absenceReadBy(ctx.actor, a);

export const absenceResolvers: Resolvers = {
  Query: {
    absences: (_, { filter, first, offset }, ctx, info) => listAbsences(ctx, filter, first, offset, absenceStudentProjection(ctx.em as SqlEntityManager, info)),
    attendance: (_, { studentId }, ctx) => attendanceOf(ctx, studentId),
    absenceDaySheet: (_, { cohort, group, date, half }, ctx) => absenceDaySheet(ctx, cohort, group, date, half),
    professionalAbsenceRequests: (_, { state, first, after }, ctx, info) => listProfessionalRequests(ctx, state, first, after, requestStudentProjection(ctx.em as SqlEntityManager, info)),
    absenceStatement: (_, { organisationId, month }, ctx) => absenceStatement(ctx, organisationId, month),
    absenceStatements: (_, { month }, ctx) => absenceStatements(ctx, month),
    absenceLinkContext: (_, __, ctx) => absenceLinkContext(ctx),
  },
  Mutation: {
    recordAbsences: (_, { input }, ctx) =>
      payload(
        () => recordAbsences(ctx, input),
        (absences) => ({ absences, errors: [] }),
        (errors) => ({ absences: null, errors }),
      ),
    previewAbsenceImport: (_, { rows }, ctx) => previewAbsenceImport(ctx, rows),
    importAbsences: (_, { rows }, ctx) =>
      payload(
        () => importAbsences(ctx, rows),
        (absences) => ({ absences, errors: [] }),
        (errors) => ({ absences: null, errors }),
      ),
    deleteAbsence: (_, { id, version }, ctx) => payload(() => deleteAbsence(ctx, id, version), absenceOk, absenceFailed),
    declareMedicalAbsence: (_, { id, version }, ctx) => payload(() => declareMedicalAbsence(ctx, id, version), absenceOk, absenceFailed),
    giveAbsenceReason: (_, { id, version, reason }, ctx) => payload(() => giveAbsenceReason(ctx, id, version, reason), absenceOk, absenceFailed),
    decideAbsence: (_, { id, version, accept, comment }, ctx) => payload(() => decideAbsence(ctx, id, version, accept, comment), absenceOk, absenceFailed),
    closeAbsenceUnjustified: (_, { id, version, comment }, ctx) => payload(() => closeAbsenceUnjustified(ctx, id, version, comment), absenceOk, absenceFailed),
    sendWorkStoppage: (_, { id, version, input }, ctx) =>
      payload(
        () => sendWorkStoppage(ctx, id, version, input),
        (r) => ({ ...absenceOk(r.absence), covered: r.covered }),
        absenceFailed,
      ),
    justifyAbsences: (_, { input }, ctx) =>
      payload(
        () => justifyAbsences(ctx, input),
        (absences) => ({ absences, errors: [] }),
        (errors) => ({ absences: null, errors }),
      ),
    requestProfessionalAbsence: (_, { input }, ctx) =>
      payload(
        () => requestProfessionalAbsence(ctx, input),
        (r) => ({ request: r.request, errors: [], findings: [] }),
        (errors, findings) => ({ request: null, errors, findings }),
      ),
    recordMailedProfessionalAbsence: (_, { input }, ctx) =>
      payload(
        () => recordMailedProfessionalAbsence(ctx, input),
        (r) => ({ request: r.request, errors: [], findings: [] }),
        (errors, findings) => ({ request: null, errors, findings }),
      ),
    consultProfessionalAbsenceTeachers: (_, { id, version, teacherEmails }, ctx) =>
      payload(
        () => consultProfessionalAbsenceTeachers(ctx, id, version, teacherEmails),
        (request) => ({ request, errors: [], findings: [] }),
        (errors, findings) => ({ request: null, errors, findings }),
      ),
    decideProfessionalAbsence: (_, { id, version, grant, comment }, ctx) =>
      payload(
        () => decideProfessionalAbsence(ctx, id, version, grant, comment),
        (request) => ({ request, errors: [], findings: [] }),
        (errors, findings) => ({ request: null, errors, findings }),
      ),
    sendProfessionalAbsenceLink: (_, { studentId }, ctx) =>
      payload(
        () => sendProfessionalAbsenceLink(ctx, studentId),
        (sent) => ({ sent, errors: [] }),
        (errors) => ({ sent: 0, errors }),
      ),
  },
  Absence: {
    // Whether it was medical (§4.3.1) is itself health data: the domain's absenceAsRead gives each reader what they read of it.
    reason: (a, _, ctx) => asRead(ctx, a).reason,
    state: (a, _, ctx) => asRead(ctx, a).state,
    deadline: (a, _, ctx) => asRead(ctx, a).deadline,
    decidedBy: (a, _, ctx) => asRead(ctx, a).decidedBy,
    decidedAt: (a, _, ctx) => asRead(ctx, a).decidedAt,
    organisationName: (a) => a.organisation?.name ?? null,
    hours: (a, _, ctx) => absenceHours(ctx, a),
    // How it was justified — the host's work stoppage, the alternant's words, the manager's (§4.3.1, §4.3.3) — is
    // health data for a medical absence: null for whoever may not read ABSENCE_JUSTIFICATION (the academic tutor
    // reads the absences of their alternants, their state and hours, not the stoppage). docs/security.md.
    comment: (a, _, ctx) => (mayRead(ctx.actor, 'ABSENCE_JUSTIFICATION') ? (a.comment ?? null) : null),
    decisionComment: (a, _, ctx) => (mayRead(ctx.actor, 'ABSENCE_JUSTIFICATION') ? (a.decisionComment ?? null) : null),
    // Read by the absence's id (the list's plain rows carry no relation): batched, one statement a page.
    document: (a, _, ctx) => (mayRead(ctx.actor, 'ABSENCE_JUSTIFICATION') ? stoppageFileOf(ctx, a.id) : null),
    stoppage: async (a, _, ctx) => {
      if (!a.stoppageIssuedOn || !mayRead(ctx.actor, 'ABSENCE_JUSTIFICATION')) return null;
      const doc = await stoppageFileOf(ctx, a.id);
      return { issuedOn: a.stoppageIssuedOn, from: a.stoppageFrom ?? a.stoppageIssuedOn, to: a.stoppageTo ?? a.stoppageIssuedOn, receivedOn: a.stoppageReceivedOn ?? a.stoppageIssuedOn, sentBy: a.stoppageSentBy ?? '', fileName: doc?.fileName ?? null, mediaType: doc?.mediaType ?? null, size: doc?.size ?? null };
    },
  },
  ProfessionalAbsenceRequest: {
    requestedBy: (r) => r.requestedByLabel,
    teachersConsulted: (r) => consultedTeachers(r),
    cursor: (r) => professionalRequestCursor(r),
  },
};
