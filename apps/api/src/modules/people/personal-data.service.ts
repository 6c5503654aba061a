import { isOpenMission } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { audit } from '../audit/audit.js';
import { Session, User } from '../auth/auth.entities.js';
import { ChecklistItem, Contract } from '../contracts/contract.entities.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { Mission, MissionConfirmation } from '../missions/mission.entities.js';
import { CalendarFeed, StudentCalendar } from '../calendars/calendar.entities.js';
import { Visit } from '../visits/visit.entity.js';
import { Student } from './people.entities.js';
import { eraseLivretPersonalData, livretPersonalData } from '../livret/livret-personal-data.js';
import { Absence, AbsenceDocument } from '../absences/absence.entities.js';
import { eraseLifecycleTexts, lifecycleExport } from '../lifecycle/personal-data.js';

async function studentFor(ctx: ServiceContext, studentId: string, permission: 'personal-data:export' | 'personal-data:erase'): Promise<Student> {
  const actor = authorize(ctx.actor, permission);
  if (actor.role === 'STUDENT' && actor.studentId !== studentId) throw new BusinessError([{ code: 'FORBIDDEN', field: 'studentId', message: 'Vous ne pouvez exporter que vos propres données.' }]);
  const student = await ctx.em.findOne(Student, studentId);
  if (!student) throw missing('Étudiant(e)', studentId, 'studentId');
  return student;
}

/** Everything stored about one student, as JSON (GDPR right of access). The export itself is audited. */
export async function exportPersonalData(ctx: ServiceContext, studentId: string): Promise<unknown> {
  return unitOfWork(ctx, async () => {
    const student = await studentFor(ctx, studentId, 'personal-data:export');
    const missions = await ctx.em.find(Mission, { student: student.id }, { populate: ['organisation', 'tutor1', 'tutor2', 'hrContact'], orderBy: { createdAt: 'asc' } });
    const missionIds = missions.map((m) => m.id);
    const contracts = await ctx.em.find(Contract, { student: student.id });
    const checklist = await ctx.em.find(ChecklistItem, { contract: { $in: contracts.map((c) => c.id) } });
    const mails = await ctx.em.find(OutboxMail, { to: student.email }, { orderBy: { createdAt: 'asc' } });
    const visits = await ctx.em.find(Visit, { student: student.id }, { orderBy: { createdAt: 'asc' } });
    const absences = await ctx.em.find(Absence, { student: student.id }, { orderBy: { date: 'asc', half: 'asc' } });
    const trail = await ctx.em.find(AuditEvent, { entityId: { $in: [student.id, ...missionIds, ...contracts.map((c) => c.id), ...absences.map((a) => a.id)] } }, { orderBy: { at: 'asc' } });
    audit(ctx.em, ctx.actor, { entityType: 'Student', entityId: student.id, action: 'EXPORT_PERSONAL_DATA' }, ctx.clock.now());
    const plain = (o: object) => JSON.parse(JSON.stringify(o)) as unknown;
    return {
      exportedAt: ctx.clock.now().toISOString(),
      // The academic tutor is a staff account: its id only, never the account's fields.
      student: plain({ ...student, user: undefined, academicTutor: student.academicTutor ? { id: student.academicTutor.id } : null }),
      missions: missions.map((m) => plain({ ...m, student: undefined, confirmations: undefined, academicTutor: undefined, offer: undefined })),
      contracts: contracts.map((c) => plain({ ...c, mission: c.mission.id, student: undefined, checklist: undefined })),
      checklist: checklist.map((i) => plain({ ...i, contract: i.contract.id })),
      // Company visits (§4.6), their reports included: the tutor wrote them about the student.
      visits: visits.map((v) => plain({ ...v, student: undefined, mission: v.mission.id, companyTutor: v.companyTutor.id, academicTutor: v.academicTutor ? { id: v.academicTutor.id } : null, liveKey: undefined })),
      // Absences (§4.3) with their justification; a work stoppage's file is named, not copied.
      absences: absences.map((a) => plain({ ...a, student: undefined, mission: a.mission?.id ?? null, organisation: a.organisation?.id ?? null, professionalRequest: a.professionalRequest?.id ?? null })),
      mails: mails.map((m) => ({ at: m.createdAt, subject: m.subject, text: m.text, state: m.state })),
      livrets: await livretPersonalData(ctx.em, student.id),
      // Issue 11: their own calendar half-days and calendar subscriptions (never the token).
      calendars: (await ctx.em.find(StudentCalendar, { student: student.id })).map((c) => ({ code: c.code, exceptions: c.exceptions })),
      calendarFeeds: (await ctx.em.find(CalendarFeed, { kind: 'STUDENT', subjectId: student.id })).map((f) => ({ createdAt: f.createdAt, revokedAt: f.revokedAt, lastReadAt: f.lastReadAt })),
      history: trail.map((e) => ({ at: e.at, action: e.action, entityType: e.entityType, fields: e.fields, by: e.actorLabel })),
      // Issue 13: mediations, ruptures, amendments, year outcomes.
      lifecycle: await lifecycleExport(ctx.em, student.id, contracts.map((c) => c.id)),
    };
  });
}

/**
 * GDPR erasure: the student's identity, contact, birth date and nationality, their account
 * and sessions, the mails sent to them and the free texts of their missions are removed;
 * anonymous missions and contracts stay for the programme's figures. Refused while a
 * contract runs or a mission is open: those records must be kept (retention).
 */
export async function erasePersonalData(ctx: ServiceContext, studentId: string, version: number): Promise<Student> {
  return unitOfWork(ctx, async () => {
    const student = await studentFor(ctx, studentId, 'personal-data:erase');
    if (student.version !== version) throw conflict('Ce dossier étudiant', 'modifié');
    const today = ctx.clock.today();
    const missions = await ctx.em.find(Mission, { student: student.id });
    const running = await ctx.em.count(Contract, { student: student.id, endDate: { $gte: today } });
    if (running > 0 || missions.some((m) => isOpenMission(m.state))) {
      throw new BusinessError([{ code: 'RETENTION_REQUIRED', field: 'studentId', message: 'Un contrat est en cours ou une mission est ouverte : ces données doivent être conservées jusqu’à leur terme.' }]);
    }
    const oldEmail = student.email;
    Object.assign(student, { firstName: 'Anonyme', lastName: `Anonyme-${student.id.slice(0, 8)}`, email: `anonyme-${student.id}@invalid.example`, phone: null, birthDate: null, nationality: null, site: student.site });
    if (student.user) {
      const userId = student.user.id;
      student.user = null;
      await ctx.em.flush();
      await ctx.em.nativeDelete(Session, { subjectType: 'USER', subjectId: userId });
      await ctx.em.nativeDelete(User, { id: userId });
    }
    for (const m of missions) Object.assign(m, { context: '', objectives: '', deliverables: '', returnComment: null, rejectionReason: null });
    await ctx.em.nativeUpdate(MissionConfirmation, { mission: { $in: missions.map((m) => m.id) } }, { errorComment: null });
    await eraseLivretPersonalData(ctx.em, student.id);
    // Absences stay as anonymous counts; what was said about them and the stoppages (health data) go.
    const absenceIds = (await ctx.em.find(Absence, { student: student.id }, { fields: ['id'] })).map((a) => a.id);
    if (absenceIds.length) {
      // A document covers only its own student's absences (absencesCoveredBy): unlinked, then gone.
      await ctx.em.nativeUpdate(Absence, { id: { $in: absenceIds } }, { comment: null, decisionComment: null, document: null });
      await ctx.em.nativeDelete(AbsenceDocument, { absence: { $in: absenceIds } });
    }
    await ctx.em.nativeUpdate(OutboxMail, { to: oldEmail }, { to: student.email, subject: '[effacé]', text: '[effacé]', calendarEvent: null });
    // A calendar feed names the alternant: stop every subscription (issue 11).
    await ctx.em.nativeUpdate(CalendarFeed, { kind: 'STUDENT', subjectId: student.id, revokedAt: null }, { revokedAt: ctx.clock.now() });
    // Visit reports and cancel reasons are free texts about the student; the dates stay for the figures.
    await ctx.em.nativeUpdate(Visit, { student: student.id }, { report: null, cancelReason: null });
    await eraseLifecycleTexts(ctx.em, student.id, (await ctx.em.find(Contract, { student: student.id }, { fields: ['id'] })).map((c) => c.id));
    audit(ctx.em, ctx.actor, { entityType: 'Student', entityId: student.id, action: 'ERASE_PERSONAL_DATA', fields: ['firstName', 'lastName', 'email', 'phone', 'birthDate', 'nationality', 'user'] }, ctx.clock.now());
    return student;
  });
}
