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
import { Student } from './people.entities.js';
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
    const trail = await ctx.em.find(AuditEvent, { entityId: { $in: [student.id, ...missionIds, ...contracts.map((c) => c.id)] } }, { orderBy: { at: 'asc' } });
    audit(ctx.em, ctx.actor, { entityType: 'Student', entityId: student.id, action: 'EXPORT_PERSONAL_DATA' }, ctx.clock.now());
    const plain = (o: object) => JSON.parse(JSON.stringify(o)) as unknown;
    return {
      exportedAt: ctx.clock.now().toISOString(),
      // The academic tutor is a staff account: its id only, never the account's fields.
      student: plain({ ...student, user: undefined, academicTutor: student.academicTutor ? { id: student.academicTutor.id } : null }),
      missions: missions.map((m) => plain({ ...m, student: undefined, confirmations: undefined, academicTutor: undefined, offer: undefined })),
      contracts: contracts.map((c) => plain({ ...c, mission: c.mission.id, student: undefined, checklist: undefined })),
      checklist: checklist.map((i) => plain({ ...i, contract: i.contract.id })),
      mails: mails.map((m) => ({ at: m.createdAt, subject: m.subject, text: m.text, state: m.state })),
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
    if (student.version !== version) throw conflict('Ce dossier étudiant');
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
    await ctx.em.nativeUpdate(OutboxMail, { to: oldEmail }, { to: student.email, subject: '[effacé]', text: '[effacé]' });
    await eraseLifecycleTexts(ctx.em, student.id, (await ctx.em.find(Contract, { student: student.id }, { fields: ['id'] })).map((c) => c.id));
    audit(ctx.em, ctx.actor, { entityType: 'Student', entityId: student.id, action: 'ERASE_PERSONAL_DATA', fields: ['firstName', 'lastName', 'email', 'phone', 'birthDate', 'nationality', 'user'] }, ctx.clock.now());
    return student;
  });
}
