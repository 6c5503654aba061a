import type { FilterQuery } from '@mikro-orm/core';
import { aptInTime, fcTrainingAgreement, fcTrainingAgreementAttentionLimit, findCohort, placementWish, studentPlacement, type FcTrainingAgreement } from '@alternance/domain';
import { authorize, isPartnerActor, missionScope } from '../../policy/policy.js';
import { conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import type { EntityManager } from '@mikro-orm/core';
import { InputCheck, pageOffset } from '../../shared/validate.js';
import { audit, changedFields } from '../audit/audit.js';
import { User } from '../auth/auth.entities.js';
import { ChecklistItem } from '../contracts/contract.entities.js';
import { Mission } from '../missions/mission.entities.js';
import { pageSize } from '../missions/mission.service.js';
import { Organisation, Student } from './people.entities.js';
import { fcAgreementsDueBy } from './training-agreement-due.js';

/** Students the actor may see: their own record, their alternants, a partner's those of its contract types, or all for the office. */
export async function studentScope(ctx: ServiceContext): Promise<FilterQuery<Student>> {
  const actor = authorize(ctx.actor, 'students:read');
  if (actor.role === 'STUDENT') return { user: actor.id };
  // An academic tutor sees exactly the alternants assigned to them (§4.6), mission or not.
  if (actor.role === 'ACADEMIC_TUTOR') return { academicTutor: actor.id };
  if (['COMPANY_TUTOR', 'HR_CONTACT'].includes(actor.role) || isPartnerActor(actor)) {
    const missions = await ctx.em.find(Mission, missionScope(actor), { fields: ['student'] });
    return { id: { $in: missions.map((m) => m.student.id) } };
  }
  return {};
}

export async function listStudents(ctx: ServiceContext, cohort: string | null | undefined, search: string | null | undefined, first?: number | null, offset?: number | null, trainingAgreementDue?: boolean | null): Promise<Student[]> {
  const where: FilterQuery<Student>[] = [await studentScope(ctx)];
  if (cohort) where.push({ cohort });
  if (trainingAgreementDue) {
    const data = await ctx.referenceData();
    where.push(await fcAgreementsDueBy(ctx.em, data, fcTrainingAgreementAttentionLimit(ctx.clock.today(), data.settings.workflow?.checklistWarnDays, { whitMondayHoliday: data.settings.whitMondayHoliday })));
  }
  if (search?.trim()) {
    const like = `%${search.trim().replace(/[%_]/g, '')}%`;
    where.push({ $or: [{ lastName: { $like: like } }, { firstName: { $like: like } }, { email: { $like: like } }] });
  }
  // The page's academic tutors come in the same statement: the list shows them, and one look-up per row was 50 statements a page (issue 15).
  return ctx.em.find(Student, { $and: where }, { populate: ['academicTutor'], strategy: 'joined', orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' }, limit: pageSize(first), offset: pageOffset(offset) });
}

export async function findStudent(ctx: ServiceContext, id: string): Promise<Student | null> {
  return ctx.em.findOne(Student, { $and: [{ id }, await studentScope(ctx)] });
}

export async function listOrganisations(ctx: ServiceContext, search: string | null | undefined, first?: number | null, offset?: number | null): Promise<Organisation[]> {
  authorize(ctx.actor, 'roster:read');
  const like = search?.trim() ? `%${search.trim().replace(/[%_]/g, '')}%` : null;
  return ctx.em.find(Organisation, like ? { $or: [{ name: { $like: like } }, { siret: { $like: like } }] } : {}, {
    orderBy: { name: 'asc', id: 'asc' },
    limit: pageSize(first),
    offset: pageOffset(offset),
  });
}

export interface StudentInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  birthDate?: string | null;
  status: 'FI' | 'FC';
  nationality?: string | null;
  foreign?: boolean | null;
  aptObtained?: boolean | null;
  cohort: string;
  group?: string | null;
  repeating?: boolean | null;
  professionalisationValidated?: boolean | null;
  site?: string | null;
  academicTutorId?: string | null;
}

/** Office: edits a student's record; audited by field name (not value: birth date and nationality are sensitive). */
export async function updateStudent(ctx: ServiceContext, id: string, version: number, input: StudentInput): Promise<Student> {
  const actor = authorize(ctx.actor, 'students:edit');
  return unitOfWork(ctx, async () => {
    const student = await studentAtVersion(ctx, id, version);
    const data = await ctx.referenceData();
    const cohorts = data.cohorts.map((c) => c.code);
    const check = new InputCheck('input.');
    const next = {
      firstName: check.text('firstName', input.firstName, 100, { required: true }) ?? student.firstName,
      lastName: check.text('lastName', input.lastName, 100, { required: true }) ?? student.lastName,
      email: check.email('email', input.email, { required: true }) ?? student.email,
      phone: check.text('phone', input.phone, 40),
      birthDate: check.date('birthDate', input.birthDate),
      status: input.status,
      nationality: check.text('nationality', input.nationality, 60),
      foreign: input.foreign ?? false,
      aptObtained: input.aptObtained ?? student.aptObtained,
      cohort: check.oneOf('cohort', input.cohort, cohorts) ?? student.cohort,
      repeating: input.repeating ?? false,
      professionalisationValidated: input.professionalisationValidated ?? false,
      academicTutor: input.academicTutorId === undefined ? student.academicTutor : await academicTutorOf(ctx, input.academicTutorId, check),
    };
    // §1.2, §2.6 Tableau 4: the group is one of the cohort's (M2 track 2ID/ISIE, M1 Aix or Marseille) and sets the site.
    const placed = studentPlacement({ cohort: next.cohort, group: check.text('group', input.group, 40), site: check.text('site', input.site, 40) }, data);
    for (const e of placed.errors) check.fail(e.field, e.message);
    Object.assign(next, placed.placement);
    if (!next.aptObtained) Object.assign(next, { aptObtainedOn: null });
    check.done();
    const fields = changedFields(student as unknown as Record<string, unknown>, next);
    Object.assign(student, next);
    audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: 'UPDATE', fields }, ctx.clock.now());
    return student;
  });
}

/**
 * Student: states their own wish of track (2ID/ISIE) and, in M1, of site (§1.2 « un vœu sur le
 * choix de la spécialisation sera demandé à l'entrée en M1 et pourra être confirmé/infirmé à
 * l'entrée en M2 »; §2.4 « ils (elles) font un vœu »). Only what the cohort offers to wish
 * (`placementWish`), each refusal on its field; the placement stays the office's (updateStudent).
 */
export async function expressPlacementWish(ctx: ServiceContext, id: string, version: number, input: { trackWish?: string | null | undefined; siteWish?: string | null | undefined }): Promise<Student> {
  const actor = authorize(ctx.actor, 'students:wish');
  return unitOfWork(ctx, async () => {
    const student = await ctx.em.findOne(Student, id);
    // Someone else's record is as unknown as a missing one: no probing of ids.
    if (!student || actor.studentId !== student.id) throw missing('Étudiant(e)', id);
    if (student.version !== version) throw conflict('Ce dossier étudiant', 'modifié');
    const check = new InputCheck();
    const { wish, errors } = placementWish({ cohort: student.cohort, trackWish: check.text('trackWish', input.trackWish, 40), siteWish: check.text('siteWish', input.siteWish, 40) }, await ctx.referenceData());
    for (const e of errors) check.fail(e.field, e.message);
    check.done();
    const next = { trackWish: wish.track, siteWish: wish.site };
    const fields = changedFields(student as unknown as Record<string, unknown>, next);
    if (fields.length === 0) return student;
    Object.assign(student, next, { wishedOn: ctx.clock.today() });
    audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: 'EXPRESS_WISH', fields }, ctx.clock.now());
    return student;
  });
}

/** The user of an academic-tutor assignment, or a field error when the id is not an active academic tutor. */
async function academicTutorOf(ctx: ServiceContext, id: string | null, check: InputCheck): Promise<User | null> {
  if (id === null) return null;
  const user = await ctx.em.findOne(User, { id, role: 'ACADEMIC_TUTOR', active: true });
  if (!user) check.fail('academicTutorId', 'Tuteur académique inconnu : choisissez-en un dans la liste.');
  return user;
}

/** Office: the academic tutors a student can be assigned to (§4.6). */
export async function listAcademicTutors(ctx: ServiceContext): Promise<User[]> {
  authorize(ctx.actor, 'students:edit');
  return ctx.em.find(User, { role: 'ACADEMIC_TUTOR', active: true }, { orderBy: { displayName: 'asc', id: 'asc' } });
}

/** The student record the office edits, as the editor last read it (its version), or the error that says why not. */
async function studentAtVersion(ctx: ServiceContext, id: string, version: number): Promise<Student> {
  const student = await ctx.em.findOne(Student, id);
  if (!student) throw missing('Étudiant(e)', id);
  if (student.version !== version) throw conflict('Ce dossier étudiant', 'modifié');
  return student;
}

/**
 * Office (§3.4, note 26): the APT is obtained after the validation and before the DDC; recording
 * it (with its day, not after today) ticks the WORK_PERMIT checklist item of the student's
 * contracts, withdrawing it (null) unticks it.
 */
export async function recordApt(ctx: ServiceContext, id: string, version: number, obtainedOn: string | null): Promise<Student> {
  const actor = authorize(ctx.actor, 'students:edit');
  return unitOfWork(ctx, async () => {
    const student = await studentAtVersion(ctx, id, version);
    const check = new InputCheck();
    const day = check.date('obtainedOn', obtainedOn);
    if (day !== null && day > ctx.clock.today()) check.fail('obtainedOn', 'obtainedOn : la date d’obtention de l’APT ne peut pas être dans le futur.');
    check.done();
    const now = ctx.clock.now();
    student.aptObtained = day !== null;
    student.aptObtainedOn = day;
    await followStudentChecklist(ctx.em, 'WORK_PERMIT', student.id, day, actor.id, now);
    audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: day !== null ? 'RECORD_APT' : 'WITHDRAW_APT', fields: ['aptObtained', 'aptObtainedOn'] }, now);
    return student;
  });
}

/**
 * The checklist items of the student's contracts that stand for a document recorded on the
 * student — the APT (WORK_PERMIT) or the SFCA's convention de formation (TRAINING_AGREEMENT_SFCA:
 * a CPRO's « dès validation », an FC internship's before it starts) — follow its recorded day:
 * done with it, undone without it. An item already in that state keeps its stamp; `except` is
 * the item the office ticked itself.
 */
export async function followStudentChecklist(em: EntityManager, code: 'WORK_PERMIT' | 'TRAINING_AGREEMENT_SFCA', studentId: string, day: string | null, actorId: string, now: Date, except?: string): Promise<void> {
  const items = await em.find(ChecklistItem, { code, contract: { student: studentId } }, code === 'WORK_PERMIT' ? { populate: ['contract'] } : {});
  for (const item of items) {
    // §3.4, note 26: an APT obtained on a contract's DDC or later does not do that contract's step — the
    // contract is void (APT_MISSING says so); it does those of contracts starting after that day.
    const done = day !== null && (code !== 'WORK_PERMIT' || aptInTime(day, item.contract.startDate));
    if (item.id === except || item.done === done) continue;
    item.done = done;
    item.doneAt = done ? now : null;
    item.doneBy = done ? actorId : null;
  }
}

/**
 * Office (§2.1.1 note 5, §2.1.2 note 7): an FC student's training is « TOUJOURS régie par une
 * convention de formation, qu'il y ait une immersion professionnelle ou pas » — FC-CPRO,
 * FC-CSTAGEALT, FC-CSTAGE and FC-SANS alike, with the SFCA. Records the day it was signed (not
 * after today), or withdraws it with null; the TRAINING_AGREEMENT_SFCA items of the student's
 * contracts follow. Refused for an FI student (field status): nothing of the kind is due.
 */
export async function recordTrainingAgreement(ctx: ServiceContext, id: string, version: number, signedOn: string | null): Promise<Student> {
  const actor = authorize(ctx.actor, 'students:edit');
  return unitOfWork(ctx, async () => {
    const student = await studentAtVersion(ctx, id, version);
    const check = new InputCheck();
    const day = check.date('signedOn', signedOn);
    if (day !== null && day > ctx.clock.today()) check.fail('signedOn', 'signedOn : la date de signature de la convention de formation ne peut pas être dans le futur.');
    if (student.status !== 'FC') check.fail('status', 'status : seul(e) un(e) étudiant(e) en formation continue (FC) a une convention de formation avec le SFCA (§2.1.1, note 5).');
    check.done();
    const now = ctx.clock.now();
    student.trainingAgreementSignedOn = day;
    await followStudentChecklist(ctx.em, 'TRAINING_AGREEMENT_SFCA', student.id, day, actor.id, now);
    audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: day !== null ? 'RECORD_TRAINING_AGREEMENT' : 'WITHDRAW_TRAINING_AGREEMENT', fields: ['trainingAgreementSignedOn'] }, now);
    return student;
  });
}

/**
 * Where the office stands with an FC student's convention de formation (domain: fcTrainingAgreement):
 * due before the promotion's first training day, or earlier when a contract's item says so; null for FI.
 */
export async function studentTrainingAgreement(ctx: ServiceContext, student: Student): Promise<(FcTrainingAgreement & { signedOn: string | null }) | null> {
  if (student.status !== 'FC') return null;
  const data = await ctx.referenceData();
  // A list of students reads every FC student's items in one statement (no query per row).
  const itemDueDates = await ctx.loaders.trainingAgreementDueDates(student.id);
  const follow = fcTrainingAgreement(
    { status: student.status, signedOn: student.trainingAgreementSignedOn, trainingStart: findCohort(data, student.cohort)?.ddf ?? null, itemDueDates },
    ctx.clock.today(),
    data.settings.workflow?.checklistWarnDays,
    { whitMondayHoliday: data.settings.whitMondayHoliday },
  );
  return follow && { ...follow, signedOn: student.trainingAgreementSignedOn };
}
