import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, wrap, type FilterQuery } from '@mikro-orm/core';
import { ALTERNANCE_CONTRACT_TYPES, addDays, checkVisit, findCohort, formatDateFr, isAtCompany, slotAnswerRefusal, slotsReminderRecipients, trainingYearOf, visitAfterContractEnd, visitCompanyTutors, visitStaysWithVisitor, type WorkflowFinding } from '@alternance/domain';
import { authorize, NO_MISSION } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { apiError, BusinessError, conflict, missing, type UserError } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { CONTROL_CHARACTERS, InputCheck } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { User } from '../auth/auth.entities.js';
import { issuePersonalLink, revokePersonalLinks, spendPersonalLinks } from '../auth/personal-links.js';
import { Contract } from '../contracts/contract.entities.js';
import type { OutboxCalendarEvent } from '../mail/outbox-mail.entity.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail, REDACTED_LINK } from '../mail/outbox.js';
import { Student, type CompanyTutor } from '../people/people.entities.js';
import { academicYearOrCurrent } from '../tutoring/tutoring.service.js';
import { alternantCalendar } from './alternant-calendar.js';
import { visitInvitation } from './visit-ics.js';
import { followUpNeededMail, slotsDeclinedMail, slotsProposedMail, visitCancelledMail, visitHandedOverMail, visitLeftMail, visitorLabel, visitReportStaysMail, visitScheduledMail, visitTakenOverMail, visitTutorsChangedMail, visitVisitorChangedMail, type SlotText } from './visit-mails.js';
import { halfDayLabel } from './visit-times.js';
import { Visit, type VisitFormat, type VisitHalf, type VisitReport, type VisitSlot } from './visit.entity.js';

export const MAX_SLOTS = 5;
// The contract's tutor 2 with the rest (§3.1): a list names both company tutors without a query per visit.
const VISIT_POPULATE = ['student', 'student.academicTutor', 'companyTutor', 'companyTutor.organisation', 'academicTutor', 'mission', 'mission.tutor2'] as const;

/** The visits an actor may see, as a query condition (applied in SQL). */
export function visitScope(actor: Actor): FilterQuery<Visit> {
  switch (actor.role) {
    case 'STUDENT':
      return { student: { user: actor.id } };
    // A company tutor only through the visit's own personal link (security.md), while they are
    // one of its company tutors: tutor 1, whom the visit names, or the contract's tutor 2 (§3.1).
    case 'COMPANY_TUTOR':
      return { id: actor.linkPurpose === 'VISIT_SLOT_CHOICE' ? (actor.visitId ?? NO_MISSION) : NO_MISSION, $or: [{ companyTutor: actor.id }, { mission: { tutor2: actor.id } }] };
    // Their alternants' visits, and the visits they made themselves: one planned on a day come or
    // past stays with its visitor when the alternant changes tutor (visitStaysWithVisitor), and they
    // write its report (recordVisitReport). The visit names the student, not their other records.
    case 'ACADEMIC_TUTOR':
      return { $or: [{ student: { academicTutor: actor.id } }, { academicTutor: actor.id }] };
    default:
      return {};
  }
}

/**
 * The visits an actor may plan — propose other slots, remind, move, cancel: an academic tutor their
 * alternants' only. A visit they made of an alternant since handed to another tutor is read and
 * reported on (visitScope), not moved nor cancelled: the alternant's visits to come are the new tutor's.
 */
function planScope(actor: Actor): FilterQuery<Visit> {
  return actor.role === 'ACADEMIC_TUTOR' ? { student: { academicTutor: actor.id } } : visitScope(actor);
}

export async function findVisit(ctx: ServiceContext, id: string): Promise<Visit | null> {
  const actor = authorize(ctx.actor, 'visits:read');
  return ctx.em.findOne(Visit, { $and: [{ id }, visitScope(actor)] }, { populate: VISIT_POPULATE });
}

export async function listVisits(ctx: ServiceContext, studentId: string | null | undefined, academicYear: string | null | undefined): Promise<Visit[]> {
  const actor = authorize(ctx.actor, 'visits:read');
  const where: FilterQuery<Visit>[] = [visitScope(actor)];
  if (studentId) where.push({ student: studentId });
  if (academicYear) where.push({ academicYear: academicYearOrCurrent(ctx, academicYear) });
  return ctx.em.find(Visit, { $and: where }, { populate: VISIT_POPULATE, orderBy: { academicYear: 'desc', visitNumber: 'asc', createdAt: 'desc' } });
}

/**
 * The visits the actor made whose report is still to write, of alternants no longer theirs: kept by
 * their visitor when the alternant changed tutor (handOverVisitsToTutor, visitStaysWithVisitor) —
 * planned on a day come or past, no report. Their own alternants' are in their follow-up.
 */
export async function listVisitReportsKept(ctx: ServiceContext): Promise<Visit[]> {
  const actor = assertPlanner(ctx);
  const visitor: FilterQuery<Visit> =
    actor.role === 'ACADEMIC_TUTOR'
      ? { academicTutor: actor.id, $or: [{ student: { academicTutor: null } }, { student: { academicTutor: { $ne: actor.id } } }] }
      : { academicTutor: null, student: { academicTutor: { $ne: null } } };
  return ctx.em.find(Visit, { $and: [visitor, { state: 'SCHEDULED', date: { $lte: ctx.clock.today() } }] }, { populate: VISIT_POPULATE, orderBy: { date: 'asc', visitNumber: 'asc', id: 'asc' } });
}

interface Person {
  firstName: string;
  lastName: string;
  email: string;
}

const personName = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;

/** The student a planner may plan for: an academic tutor their alternants, the manager anyone (note 32). */
async function plannableStudent(ctx: ServiceContext, actor: Actor, studentId: string): Promise<Student> {
  const where: FilterQuery<Student> = actor.role === 'ACADEMIC_TUTOR' ? { id: studentId, academicTutor: actor.id } : { id: studentId };
  const student = await ctx.em.findOne(Student, where, { populate: ['academicTutor'] });
  if (!student) throw missing('Alternant(e)', studentId, 'studentId');
  return student;
}

/**
 * The VISIT_* findings of a slot (§4.6): the usual months of the visit for the programme of
 * the training year, and whether the alternant is at the company that half-day per their
 * calendar (note 34): an error on a published calendar, a warning on a provisional one.
 * Unknown calendar: nothing is said about the day.
 */
export async function slotFindings(ctx: ServiceContext, student: Student, academicYear: string, visitNumber: 1 | 2, date: string, half: VisitHalf): Promise<WorkflowFinding[]> {
  const data = await ctx.referenceData();
  const cohort = findCohort(data, student.cohort);
  const year = cohort ? trainingYearOf(cohort, academicYear) : null;
  const calendar = await alternantCalendar(ctx, student, academicYear);
  const atCompany = calendar ? isAtCompany(calendar, date, half) : null;
  return checkVisit({ date, visitNumber, programme: year?.programme ?? 'default', isCompanyDay: atCompany, calendarProvisional: calendar?.provisional === true }, { visitMonths: data.settings.workflow?.visitMonths });
}

/** Office and tutors: the VISIT_* findings of a prospective slot, before proposing it. */
export async function checkVisitSlot(ctx: ServiceContext, studentId: string, visitNumber: number, date: string, half: VisitHalf, academicYear: string | null | undefined): Promise<WorkflowFinding[]> {
  const actor = authorize(ctx.actor, 'visits:plan');
  if (visitNumber !== 1 && visitNumber !== 2) throw apiError('BAD_USER_INPUT', 'visitNumber : 1 ou 2.', 'visitNumber');
  const check = new InputCheck();
  check.date('date', date);
  if (check.errors.length) throw apiError('BAD_USER_INPUT', check.errors[0]!.message, 'date');
  const student = await ctx.em.findOne(Student, actor.role === 'ACADEMIC_TUTOR' ? { id: studentId, academicTutor: actor.id } : { id: studentId });
  if (!student) throw apiError('NOT_FOUND', `Alternant(e) introuvable : ${studentId}.`, 'studentId');
  return slotFindings(ctx, student, academicYearOrCurrent(ctx, academicYear), visitNumber, date, half);
}

interface SlotInput {
  date: string;
  half: VisitHalf;
  format: VisitFormat;
  location: string;
}

/**
 * Reads the slots: each a day within the contract, not past, a half-day, on site with an
 * address or remote with an https link; then their VISIT_* findings, which refuse the
 * proposal (with the French explanation, under the slot's date): an error always
 * (VISIT_NOT_ON_COMPANY_DAY — note 34's "forcément"), a warning unless the planner
 * acknowledged it (VISIT_OUT_OF_PERIOD — "usuellement").
 */
async function readSlots(ctx: ServiceContext, student: Student, contract: Contract, academicYear: string, visitNumber: 1 | 2, slots: SlotInput[], acknowledge: boolean, prefix: string): Promise<VisitSlot[]> {
  const check = new InputCheck();
  if (slots.length === 0) check.fail(prefix.replace(/\.$/, ''), 'Proposez au moins un créneau.');
  if (slots.length > MAX_SLOTS) check.fail(prefix.replace(/\.$/, ''), `${MAX_SLOTS} créneaux au plus.`);
  const today = ctx.clock.today();
  const seen = new Set<string>();
  slots.forEach((s, i) => {
    const at = `${prefix}${i}.`;
    const date = check.date(`${at}date`, s.date);
    if (date !== null && date < today) check.fail(`${at}date`, `Créneau ${i + 1} : le ${formatDateFr(date)} est passé.`);
    if (date !== null && (date < contract.startDate || date > contract.endDate)) check.fail(`${at}date`, `Créneau ${i + 1} : le ${formatDateFr(date)} tombe hors du contrat (du ${formatDateFr(contract.startDate)} au ${formatDateFr(contract.endDate)}).`);
    if (seen.has(`${s.date}${s.half}`)) check.fail(`${at}date`, `Créneau ${i + 1} : proposé deux fois.`);
    seen.add(`${s.date}${s.half}`);
    const location = s.location.trim();
    if (location === '') check.fail(`${at}location`, `Créneau ${i + 1} : ${s.format === 'ON_SITE' ? 'indiquez l’adresse de la visite' : 'indiquez le lien de la visioconférence'}.`);
    else if (location.length > 500 || CONTROL_CHARACTERS.test(location)) check.fail(`${at}location`, `Créneau ${i + 1} : adresse ou lien trop long (500 caractères au plus) ou illisible.`);
    else if (s.format === 'REMOTE' && !/^https:\/\/[^\s]+$/.test(location)) check.fail(`${at}location`, `Créneau ${i + 1} : à distance, le lien commence par https://.`);
  });
  check.done();
  const read: VisitSlot[] = [];
  const refused: UserError[] = [];
  const allFindings: WorkflowFinding[] = [];
  for (const [i, s] of slots.entries()) {
    const findings = await slotFindings(ctx, student, academicYear, visitNumber, s.date, s.half);
    allFindings.push(...findings);
    for (const f of findings) if (f.severity === 'error' || !acknowledge) refused.push({ code: f.code, field: `${prefix}${i}.date`, message: `Créneau ${i + 1} : ${f.message}` });
    read.push({ id: randomUUID(), date: s.date, half: s.half, format: s.format, location: s.location.trim(), findings });
  }
  if (refused.length) throw new BusinessError(refused, allFindings);
  return read;
}

/** The validated contract of the student running in the training year, with its company tutor. */
async function contractOfYear(ctx: ServiceContext, student: Student, academicYear: string): Promise<Contract> {
  const data = await ctx.referenceData();
  const cohort = findCohort(data, student.cohort);
  const year = cohort ? trainingYearOf(cohort, academicYear) : null;
  if (!year) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'academicYear', message: `${personName(student)} n’est pas en formation en ${academicYear}.` }]);
  const contract = await ctx.em.findOne(
    Contract,
    { student: student.id, mission: { state: 'VALIDATED' }, contractType: { $in: [...ALTERNANCE_CONTRACT_TYPES] }, startDate: { $lte: year.dff }, endDate: { $gte: year.ddf } },
    { populate: ['mission', 'mission.tutor1', 'mission.tutor1.organisation', 'mission.organisation'], orderBy: { startDate: 'desc' } },
  );
  if (!contract) throw new BusinessError([{ code: 'NO_CONTRACT', field: 'studentId', message: `${personName(student)} n’a pas de contrat validé en ${academicYear} : pas de visite en entreprise à organiser.` }]);
  if (!contract.mission.tutor1) throw new BusinessError([{ code: 'NO_COMPANY_TUTOR', field: 'studentId', message: `Le contrat de ${personName(student)} n’a pas de tuteur en entreprise à qui proposer les créneaux.` }]);
  return contract;
}

/** The manager(s), who stand in for an unassigned tutor (note 32) and receive follow-up alerts. */
async function managers(ctx: ServiceContext): Promise<User[]> {
  return ctx.em.find(User, { role: 'MANAGER', active: true }, { orderBy: { email: 'asc' } });
}

/** The visitor's name for mails and invitations: the tutor, or the manager saying they act as tutor. */
async function visitorOf(ctx: ServiceContext, visit: Visit): Promise<{ label: string; name: string; email: string }> {
  if (visit.academicTutor) return { label: visit.academicTutor.displayName, name: visit.academicTutor.displayName, email: visit.academicTutor.email };
  const manager = (await managers(ctx))[0];
  const name = manager?.displayName ?? 'Le responsable de l’alternance';
  return { label: visitorLabel(null, name), name, email: manager?.email ?? 'alternance@miage.univ-amu.fr' };
}

/**
 * The company tutors the appointment is set with (§4.6 note 34, §3.1): the visit's tutor 1 and
 * the contract's tutor 2 (domain `visitCompanyTutors`).
 */
export async function companyTutorsOf(ctx: ServiceContext, visit: Visit): Promise<CompanyTutor[]> {
  // Loaded with the visit by the lists (VISIT_POPULATE): no query then.
  const tutor2 = visit.mission.tutor2;
  if (!wrap(visit.mission).isInitialized() || (tutor2 && !wrap(tutor2).isInitialized())) await ctx.em.populate(visit, ['mission.tutor2']);
  return visitCompanyTutors(visit.companyTutor, visit.mission.tutor2);
}

function issueSlotLink(ctx: ServiceContext, visit: Visit, tutor: CompanyTutor): { token: string; expires: Date } {
  const lastSlot = visit.slots.map((s) => s.date).sort().at(-1)!;
  // Valid until the evening of the last slot offered: after that no choice makes sense.
  const expires = new Date(`${addDays(lastSlot, 1)}T00:00:00Z`);
  const token = issuePersonalLink(ctx.em, { purpose: 'VISIT_SLOT_CHOICE', subjectType: 'COMPANY_TUTOR', subjectId: tutor.id, missionId: visit.id, expiresAt: expires });
  return { token, expires };
}

/** The visit's slot links: one tutor's, or — without a tutor — every company tutor's. */
const slotLinks = (visit: Visit, tutorId?: string) => ({ purpose: 'VISIT_SLOT_CHOICE' as const, subjectType: 'COMPANY_TUTOR' as const, missionId: visit.id, ...(tutorId ? { subjectId: tutorId } : {}) });

/**
 * The slots to each company tutor of the visit (§4.6 note 34, §3.1), each with their own fresh
 * link — or to `only` those named: a tutor who took over, or a tutor 2 added, while the other
 * keeps the link they hold. Each mail names the other tutor, who may answer first.
 */
export async function mailSlots(ctx: ServiceContext, visit: Visit, now: Date, kind: 'REQUEST' | 'OTHER_SLOTS' | 'REMINDER' = 'REQUEST', only?: CompanyTutor[]): Promise<void> {
  const visitor = await visitorOf(ctx, visit);
  // A reminder lists the slots that may still be picked (a slot of today may).
  const today = ctx.clock.today();
  const slots = kind === 'REMINDER' ? visit.slots.filter((s) => s.date >= today) : visit.slots;
  const tutors = await companyTutorsOf(ctx, visit);
  const contacts = await visitContacts(ctx, visit);
  for (const tutor of only ?? tutors) {
    const { token, expires } = issueSlotLink(ctx, visit, tutor);
    const content = slotsProposedMail({
      recipientName: personName(tutor),
      studentName: personName(visit.student),
      visitNumber: visit.visitNumber,
      visitor: visitor.label,
      visitorName: visitor.name,
      kind,
      slots,
      link: `${ctx.publicUrl}${REDACTED_LINK}`,
      expiresOn: formatDateFr(addDays(expires.toISOString().slice(0, 10), -1)),
      otherCompanyTutors: tutors.filter((t) => t.id !== tutor.id).map(personName),
    });
    enqueueMail(ctx.em, tutor.email, 'VISIT_SLOTS_PROPOSED', withContacts(content, contacts), visit.mission.id, now, token);
  }
}

export interface ProposeInput {
  studentId: string;
  visitNumber: number;
  academicYear?: string | null;
  slots: SlotInput[];
  acknowledgeWarnings?: boolean | null;
}

/** §4.6: the academic tutor (or the manager acting as tutor) offers slots; each company tutor gets a personal link to pick one (note 34, §3.1). */
export async function proposeVisitSlots(ctx: ServiceContext, input: ProposeInput): Promise<Visit> {
  const actor = authorize(ctx.actor, 'visits:plan');
  if (input.visitNumber !== 1 && input.visitNumber !== 2) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'input.visitNumber', message: 'Numéro de visite : 1 ou 2 (deux visites par an, §4.6).' }]);
  const visitNumber = input.visitNumber;
  const academicYear = academicYearOrCurrent(ctx, input.academicYear);
  let liveName = 'cet(te) alternant(e)';
  const exists = (name: string) => new BusinessError([{ code: 'VISIT_EXISTS', field: 'input.visitNumber', message: `La ${visitNumber === 1 ? '1re' : '2de'} visite de ${name} existe déjà : déplacez-la ou annulez-la.` }]);
  return unitOfWork(ctx, async () => {
    const student = await plannableStudent(ctx, actor, input.studentId);
    const contract = await contractOfYear(ctx, student, academicYear);
    const live = await ctx.em.findOne(Visit, { student: student.id, academicYear, visitNumber, state: { $ne: 'CANCELLED' } });
    if (live) throw new BusinessError([{ code: 'VISIT_EXISTS', field: 'input.visitNumber', message: `La ${visitNumber === 1 ? '1re' : '2de'} visite de ${personName(student)} existe déjà (${live.state === 'HELD' ? 'réalisée' : live.state === 'SCHEDULED' ? 'planifiée' : 'créneaux proposés'}) : déplacez-la ou annulez-la.` }]);
    const slots = await readSlots(ctx, student, contract, academicYear, visitNumber, input.slots, input.acknowledgeWarnings === true, 'input.slots.');
    liveName = personName(student);
    const now = ctx.clock.now();
    const visit = Object.assign(new Visit(), {
      student,
      mission: contract.mission,
      companyTutor: contract.mission.tutor1!,
      academicTutor: student.academicTutor,
      academicYear,
      visitNumber,
      slots,
      icsUid: `visite-${randomUUID()}@alternance.miage.univ-amu.fr`,
    });
    ctx.em.persist(visit);
    await mailSlots(ctx, visit, now);
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'PROPOSE_SLOTS', fields: ['slots'], comment: slots.flatMap((s) => s.findings.map((f) => f.code)).join(', ') || null }, now);
    return visit;
  }).catch((error: unknown) => {
    // Two proposals at once: the database's unique live key lets one through (visit.entity.ts).
    if (error instanceof UniqueConstraintViolationException && /live_key/.test(error.message)) throw exists(liveName);
    throw error;
  });
}

/** A visit the actor may change: within `planScope` unless told (the report: `visitScope`). */
async function loadVisit(ctx: ServiceContext, actor: Actor, id: string, scope: FilterQuery<Visit> = planScope(actor)): Promise<Visit> {
  const visit = await ctx.em.findOne(Visit, { $and: [{ id }, scope] }, { populate: VISIT_POPULATE });
  if (!visit) throw missing('Visite', id, 'visitId');
  return visit;
}

async function loadForChange(ctx: ServiceContext, actor: Actor, id: string, version: number, scope?: FilterQuery<Visit>): Promise<Visit> {
  const visit = await loadVisit(ctx, actor, id, scope);
  if (visit.version !== version) throw conflict('Cette visite', 'modifiée');
  return visit;
}

/**
 * Everyone the visit concerns: the alternant, the company tutor, a second company tutor when the
 * mission has one ("en présence … du (des) tuteur(s) professionnel(s)", §4.6), the tutor (or the
 * manager acting as tutor).
 */
/** Who attends; `company` marks the company tutors, whose mails say whom to contact (Tableau 8). */
async function participants(ctx: ServiceContext, visit: Visit): Promise<{ name: string; email: string; company?: boolean }[]> {
  const visitor = await visitorOf(ctx, visit);
  const tutors = (await companyTutorsOf(ctx, visit)).filter((t, i, all) => all.findIndex((o) => o.email === t.email) === i);
  return [{ name: personName(visit.student), email: visit.student.email }, ...tutors.map((t) => ({ name: personName(t), email: t.email, company: true })), { name: visitor.name, email: visitor.email }];
}

/** The « Vos contacts » block of the visit's alternant (their academic tutor, the manager…). */
async function visitContacts(ctx: ServiceContext, visit: Visit): Promise<string> {
  return companyContactsBlock(ctx.em, await ctx.referenceData(), visit.student, visit.mission.contractType);
}

const nthVisit = (visit: Visit): string => (visit.visitNumber === 1 ? '1re' : '2de');

/** The visit's date and place, once a slot is retained. */
export const slotOf = (visit: Visit): SlotText | null => (visit.date && visit.half && visit.format ? { date: visit.date, half: visit.half, format: visit.format, location: visit.location ?? '' } : null);

/** The scheduled visit as the calendar event everyone holds: its UID and current SEQUENCE (visit-ics.ts). */
function invitationOf(visit: Visit, slot: SlotText, visitor: { label: string }, method: 'REQUEST' | 'CANCEL', attendees: { name: string; email: string }[], now: Date): OutboxCalendarEvent {
  const tutors = visitCompanyTutors(visit.companyTutor, visit.mission.tutor2).map(personName);
  return visitInvitation({
    method,
    uid: visit.icsUid,
    sequence: visit.icsSequence,
    date: slot.date,
    half: slot.half,
    format: slot.format,
    location: slot.location,
    summary: `Visite en entreprise (${nthVisit(visit)}) — ${personName(visit.student)}`,
    description: `${nthVisit(visit)} visite du tuteur universitaire (${visitor.label}) chez ${visit.companyTutor.organisation.name}, avec ${personName(visit.student)} et ${tutors.join(' et ')} (guide de l’alternance, §4.6).`,
    organizer: { name: 'MIAGE Aix-Marseille — alternance', email: 'alternance@miage.univ-amu.fr' },
    attendees,
    stamp: now,
  });
}

/** The confirmation (or update, or cancellation) to everyone, each with the invitation. */
async function mailInvitation(ctx: ServiceContext, visit: Visit, kind: 'SCHEDULED' | 'RESCHEDULED' | 'CANCELLED', now: Date, reason: string | null, wasScheduled = true): Promise<void> {
  const visitor = await visitorOf(ctx, visit);
  const people = await participants(ctx, visit);
  const slot = slotOf(visit);
  const invitation = slot && wasScheduled ? invitationOf(visit, slot, visitor, kind === 'CANCELLED' ? 'CANCEL' : 'REQUEST', people, now) : null;
  // Proposed only: the company tutors alone had the slots; nobody holds an event yet.
  const recipients = kind === 'CANCELLED' && !wasScheduled ? people.filter((p) => p.company) : people;
  const companyTutors = people.filter((p) => p.company).map((p) => p.name);
  const contacts = await visitContacts(ctx, visit);
  for (const person of recipients) {
    const content =
      kind === 'CANCELLED'
        ? visitCancelledMail({ recipientName: person.name, studentName: personName(visit.student), visitNumber: visit.visitNumber, reason: reason ?? '', wasScheduled })
        : visitScheduledMail({ recipientName: person.name, studentName: personName(visit.student), visitNumber: visit.visitNumber, visitor: visitor.label, companyTutors, slot: slot!, kind, reason, chosenBy: kind === 'SCHEDULED' ? visit.slotChosenByName : null });
    const mail = enqueueMail(ctx.em, person.email, `VISIT_${kind}`, person.company ? withContacts(content, contacts) : content, visit.mission.id, now);
    mail.calendarEvent = invitation;
  }
}

/**
 * A company tutor of a scheduled visit changed (§3.1) — tutor 1, whom the visit already names,
 * or tutor 2, who attends it: the successor gets the visit's invitation, the former tutor its
 * cancellation — the same UID, the SEQUENCE raised, so that each calendar adds or removes the
 * event it knows rather than keeping a stale one (RFC 5546: an attendee removed gets a CANCEL
 * that names them alone). The others who hold the event (the alternant, the academic tutor, the
 * other company tutor) get it again at that SEQUENCE with METHOD:REQUEST: same date and place,
 * but their copy named the former tutor (RFC 5546 §3.2.2: a changed event goes to every attendee).
 * A tutor 2 added has no former, one removed no successor; a former tutor who still attends
 * (tutor 2 that was also tutor 1) keeps the event.
 */
export async function mailVisitHandedOver(ctx: ServiceContext, visit: Visit, former: Person | null, successor: Person | null, now: Date): Promise<void> {
  const slot = slotOf(visit);
  if (visit.state !== 'SCHEDULED' || !slot) return;
  const people = await participants(ctx, visit);
  const leaving = former && !people.some((p) => p.email === former.email) ? former : null;
  if (!leaving && !successor) return;
  visit.icsSequence += 1;
  const visitor = await visitorOf(ctx, visit);
  const studentName = personName(visit.student);
  const contacts = await visitContacts(ctx, visit);
  if (successor) {
    const content = visitScheduledMail({ recipientName: personName(successor), studentName, visitNumber: visit.visitNumber, visitor: visitor.label, companyTutors: people.filter((p) => p.company).map((p) => p.name), slot, kind: 'SCHEDULED' });
    const welcome = enqueueMail(ctx.em, successor.email, 'VISIT_SCHEDULED', withContacts(content, contacts), visit.mission.id, now);
    welcome.calendarEvent = invitationOf(visit, slot, visitor, 'REQUEST', people, now);
  }
  if (leaving) {
    const farewell = enqueueMail(ctx.em, leaving.email, 'VISIT_HANDED_OVER', visitHandedOverMail({ recipientName: personName(leaving), studentName, visitNumber: visit.visitNumber, slot, successorName: successor ? personName(successor) : null }), visit.mission.id, now);
    farewell.calendarEvent = invitationOf(visit, slot, visitor, 'CANCEL', [{ name: personName(leaving), email: leaving.email }], now);
  }
  const update = invitationOf(visit, slot, visitor, 'REQUEST', people, now);
  const second = visit.mission.tutor2;
  const companyTutors = [visit.companyTutor, ...(second && second.email !== visit.companyTutor.email ? [second] : [])].map(personName);
  for (const person of people.filter((p) => p.email !== successor?.email)) {
    const content = visitTutorsChangedMail({ recipientName: person.name, studentName, visitNumber: visit.visitNumber, visitor: visitor.label, slot, companyTutors, successorName: successor ? personName(successor) : null, formerName: leaving ? personName(leaving) : null });
    enqueueMail(ctx.em, person.email, 'VISIT_UPDATED', person.company ? withContacts(content, contacts) : content, visit.mission.id, now).calendarEvent = update;
  }
}

/**
 * The alternant's academic tutor changed (§4.6), or none is assigned any more and the manager
 * acts again (note 32): their visits still to hold follow the alternant. A scheduled visit's
 * invitation goes to whoever visits now and its cancellation to whoever visited before — the
 * same UID, the SEQUENCE raised — and the alternant and the company tutor(s), who hold the
 * event, get it again naming the new visitor (RFC 5546 §3.2.2). A proposed visit only changes
 * hands: nobody holds an event yet, and the company tutor's choice invites the new visitor.
 * A visit planned on a day now come or past (domain visitStaysWithVisitor) stays with whoever
 * visits it — they went, or go today, and write its report (§4.6): nobody is invited to or
 * cancelled from it; its visitor is told its report is still theirs to write.
 * Runs in the caller's unit of work; returns the visits handed over and those kept by their visitor.
 */
export async function handOverVisitsToTutor(ctx: ServiceContext, actor: Actor, studentIds: string[], tutor: User | null, now: Date): Promise<{ handed: Visit[]; kept: Visit[] }> {
  if (studentIds.length === 0) return { handed: [], kept: [] };
  const upcoming = await ctx.em.find(Visit, { student: { $in: studentIds }, state: { $in: ['PROPOSED', 'SCHEDULED'] } }, { populate: VISIT_POPULATE, orderBy: { visitNumber: 'asc' } });
  const handed: Visit[] = [];
  const kept: Visit[] = [];
  const today = ctx.clock.today();
  // The managers, read once for every kept visit the manager made (note 32), not once a visit.
  let office: { name: string; email: string }[] | undefined;
  const managersOnce = async () => (office ??= (await managers(ctx)).map((m) => ({ name: m.displayName, email: m.email })));
  for (const visit of upcoming) {
    if ((visit.academicTutor?.id ?? null) === (tutor?.id ?? null)) continue;
    const former = await visitorOf(ctx, visit);
    if (visitStaysWithVisitor({ state: visit.state, date: visit.date }, today)) {
      kept.push(visit);
      const successor = tutor?.displayName ?? 'le responsable de l’alternance';
      const recipients = visit.academicTutor ? [former] : await managersOnce();
      for (const r of recipients) {
        const content = visitReportStaysMail({ recipientName: r.name, studentName: personName(visit.student), visitNumber: visit.visitNumber, date: visit.date!, successor, link: `${ctx.publicUrl}/visites/${visit.id}#compte-rendu` });
        enqueueMail(ctx.em, r.email, 'VISIT_REPORT_STAYS', content, visit.mission.id, now);
      }
      continue;
    }
    visit.academicTutor = tutor;
    const successor = await visitorOf(ctx, visit);
    handed.push(visit);
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'HAND_OVER_VISITOR', fields: ['academicTutor'], comment: `${former.name} → ${successor.name}` }, now);
    const slot = slotOf(visit);
    if (visit.state !== 'SCHEDULED' || !slot || former.email === successor.email) continue;
    visit.icsSequence += 1;
    const people = await participants(ctx, visit);
    const studentName = personName(visit.student);
    const companyTutors = people.filter((p) => p.company).map((p) => p.name);
    const contacts = await visitContacts(ctx, visit);
    const taken = visitTakenOverMail({ recipientName: successor.name, studentName, visitNumber: visit.visitNumber, slot, companyTutors, formerName: former.name, link: `${ctx.publicUrl}/visites/${visit.id}` });
    enqueueMail(ctx.em, successor.email, 'VISIT_TAKEN_OVER', taken, visit.mission.id, now).calendarEvent = invitationOf(visit, slot, successor, 'REQUEST', people, now);
    const left = visitLeftMail({ recipientName: former.name, studentName, visitNumber: visit.visitNumber, slot, successor: successor.label });
    enqueueMail(ctx.em, former.email, 'VISIT_HANDED_OVER', left, visit.mission.id, now).calendarEvent = invitationOf(visit, slot, successor, 'CANCEL', [{ name: former.name, email: former.email }], now);
    const update = invitationOf(visit, slot, successor, 'REQUEST', people, now);
    for (const person of people.filter((p) => p.email !== successor.email)) {
      const content = visitVisitorChangedMail({ recipientName: person.name, studentName, visitNumber: visit.visitNumber, slot, visitor: successor.label, formerName: former.name, companyTutors });
      enqueueMail(ctx.em, person.email, 'VISIT_UPDATED', person.company ? withContacts(content, contacts) : content, visit.mission.id, now).calendarEvent = update;
    }
  }
  return { handed, kept };
}

/** The refusal of a company tutor's answer to the slots (domain `slotAnswerRefusal`), worded for them. */
function slotAnswerRefused(visit: Visit, actor: Actor, answer: 'PICK' | 'DECLINE', field: string): BusinessError | null {
  const refusal = slotAnswerRefusal({ state: visit.state, declinedBy: (visit.slotDeclines ?? []).map((d) => d.companyTutorId) }, actor.id, answer);
  if (refusal === null) return null;
  const slot = slotOf(visit);
  const message =
    refusal === 'ALREADY_SCHEDULED'
      ? `Un créneau est déjà retenu pour cette visite${visit.slotChosenByName && visit.slotChosenByName !== actor.label ? ` par ${visit.slotChosenByName}` : ''}${slot ? ` : le ${formatDateFr(slot.date)}, ${halfDayLabel(slot.half)}` : ''}. La visite est planifiée et l’invitation vous est envoyée par e-mail ; pour la déplacer, écrivez à ${visit.academicTutor?.displayName ?? 'au responsable de l’alternance'}.`
      : refusal === 'ALREADY_DECLINED'
        ? 'Vous avez déjà indiqué qu’aucun créneau ne vous convient : vos disponibilités ont été transmises, d’autres créneaux vous seront proposés.'
        : 'Cette visite est annulée ou a déjà eu lieu : il n’y a plus de créneau à choisir.';
  return new BusinessError([{ code: 'INVALID_TRANSITION', field, message }]);
}

/**
 * A company tutor of the visit — tutor 1 or tutor 2, each through their own personal link —
 * picks one of the slots (§4.6, note 34). The first pick wins: the visit leaves PROPOSED by a
 * conditional update in the transaction, so that of two picks at once, even on two API
 * instances, one schedules the visit and the other is refused naming who picked (the database
 * decides, not a lock in this process). Everyone — the other tutor included — gets the invitation.
 */
export async function chooseVisitSlot(ctx: ServiceContext, visitId: string, version: number, slotId: string): Promise<Visit> {
  const actor = authorize(ctx.actor, 'visits:choose-slot');
  if (actor.linkPurpose !== 'VISIT_SLOT_CHOICE' || actor.visitId !== visitId) throw apiError('FORBIDDEN', 'Accès refusé.');
  return unitOfWork(ctx, async () => {
    const visit = await loadVisit(ctx, actor, visitId);
    // Before the version: the other tutor's pick raised it, and what this tutor needs to know is that it was made.
    const refused = slotAnswerRefused(visit, actor, 'PICK', 'slotId');
    if (refused) throw refused;
    if (visit.version !== version) throw conflict('Cette visite', 'modifiée');
    const slot = visit.slots.find((s) => s.id === slotId);
    if (!slot) throw new BusinessError([{ code: 'NOT_FOUND', field: 'slotId', message: 'Ce créneau ne fait pas partie de ceux proposés.' }]);
    if (slot.date < ctx.clock.today()) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'slotId', message: `Le créneau du ${formatDateFr(slot.date)} est passé : choisissez-en un autre.` }]);
    // Note 34, « forcément un jour où l'alternant(e) est présent(e) »: the calendar in force may have
    // changed since the slots went out (a publication, the alternant's own half-days) — judged again now.
    const blocking = (await slotFindings(ctx, visit.student, visit.academicYear, visit.visitNumber, slot.date, slot.half)).find((f) => f.severity === 'error');
    if (blocking) throw new BusinessError([{ code: blocking.code, field: 'slotId', message: `Le ${formatDateFr(slot.date)}, ${personName(visit.student)} n’est plus en entreprise selon son calendrier d’alternance, modifié depuis la proposition (guide, §4.6, note 34 : la visite a lieu un jour où l’alternant(e) est présent(e)) : choisissez un autre créneau, ou indiquez vos disponibilités.` }], [blocking]);
    const now = ctx.clock.now();
    // The claim: only a visit still proposed is scheduled. The version is written as it is, so that
    // the flush below (which checks and raises it) still applies; a pick committed meanwhile by the
    // other tutor leaves nothing to update here — on PostgreSQL this statement waits for it.
    const claimed = await ctx.em.nativeUpdate(Visit, { id: visit.id, state: 'PROPOSED' }, { state: 'SCHEDULED', slotChosenByName: actor.label, version: visit.version });
    if (claimed !== 1) {
      await ctx.em.refresh(visit);
      throw slotAnswerRefused(visit, actor, 'PICK', 'slotId') ?? conflict('Cette visite', 'modifiée');
    }
    Object.assign(visit, { state: 'SCHEDULED', date: slot.date, half: slot.half, format: slot.format, location: slot.location, slotChosenByName: actor.label });
    await spendPersonalLinks(ctx.em, slotLinks(visit, actor.id), now);
    await mailInvitation(ctx, visit, 'SCHEDULED', now, null);
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'CHOOSE_SLOT', fields: ['state', 'date', 'half', 'format', 'location'] }, now);
    return visit;
  });
}

/**
 * A company tutor of the visit, through their personal link: none of the slots suits them. The
 * appointment is set with them (§4.6, note 34), so their availability goes to whoever visits
 * (the tutor, or the managers while one acts as tutor, note 32); their link is spent, and the
 * visit stays proposed until the planner offers other slots (proposeOtherVisitSlots) — or the
 * other company tutor, whose link still works, picks one (domain `slotAnswerRefusal`).
 */
export async function declineVisitSlots(ctx: ServiceContext, visitId: string, version: number, availability: string): Promise<Visit> {
  const actor = authorize(ctx.actor, 'visits:choose-slot');
  if (actor.linkPurpose !== 'VISIT_SLOT_CHOICE' || actor.visitId !== visitId) throw apiError('FORBIDDEN', 'Accès refusé.');
  return unitOfWork(ctx, async () => {
    const visit = await loadVisit(ctx, actor, visitId);
    const refused = slotAnswerRefused(visit, actor, 'DECLINE', 'availability');
    if (refused) throw refused;
    if (visit.version !== version) throw conflict('Cette visite', 'modifiée');
    const check = new InputCheck();
    const note = check.text('availability', availability, 1000, { required: true });
    if (note === null) check.errors.splice(0, check.errors.length, { code: 'BAD_USER_INPUT', field: 'availability', message: 'Indiquez vos disponibilités (jours ou demi-journées où l’alternant(e) est en entreprise) : elles sont transmises au tuteur universitaire.' });
    check.done();
    const now = ctx.clock.now();
    // The first refusal is the visit's answer (the unanswered sweep counts it); each is kept.
    const declines = [...(visit.slotDeclines ?? []), { companyTutorId: actor.id, name: actor.label, at: now.toISOString(), availability: note! }];
    Object.assign(visit, { slotsDeclinedAt: visit.slotsDeclinedAt ?? now, slotsDeclinedNote: visit.slotsDeclinedNote ?? note, slotDeclines: declines });
    await spendPersonalLinks(ctx.em, slotLinks(visit, actor.id), now);
    const stillAnswering = (await companyTutorsOf(ctx, visit)).filter((t) => !declines.some((d) => d.companyTutorId === t.id)).map(personName);
    const recipients = visit.academicTutor ? [{ name: visit.academicTutor.displayName, email: visit.academicTutor.email }] : (await managers(ctx)).map((m) => ({ name: m.displayName, email: m.email }));
    for (const r of recipients) {
      const content = slotsDeclinedMail({ recipientName: r.name, studentName: personName(visit.student), visitNumber: visit.visitNumber, companyTutorName: actor.label, slots: visit.slots, availability: note!, link: `${ctx.publicUrl}/visites/${visit.id}`, stillAnswering });
      enqueueMail(ctx.em, r.email, 'VISIT_SLOTS_DECLINED', content, visit.mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'DECLINE_SLOTS', fields: ['slotsDeclinedAt', 'slotsDeclinedNote', 'slotDeclines'] }, now);
    return visit;
  });
}

/**
 * The planner replaces the slots of a visit still proposed — after a company tutor declined
 * them, or before they answered: checked as a proposal is (readSlots), the former links revoked,
 * a fresh one mailed to each company tutor with the new slots.
 */
export async function proposeOtherVisitSlots(ctx: ServiceContext, visitId: string, version: number, slots: SlotInput[], acknowledge: boolean): Promise<Visit> {
  const actor = assertPlanner(ctx);
  return unitOfWork(ctx, async () => {
    const visit = await loadForChange(ctx, actor, visitId, version);
    if (visit.state !== 'PROPOSED') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'visitId', message: visit.state === 'SCHEDULED' ? 'Un créneau est déjà retenu : déplacez la visite.' : 'Seule une visite dont les créneaux sont proposés peut en recevoir d’autres.' }]);
    const contract = await contractOfYear(ctx, visit.student, visit.academicYear);
    const read = await readSlots(ctx, visit.student, contract, visit.academicYear, visit.visitNumber, slots, acknowledge, 'slots.');
    const now = ctx.clock.now();
    await revokePersonalLinks(ctx.em, slotLinks(visit), now);
    Object.assign(visit, { slots: read, slotsDeclinedAt: null, slotsDeclinedNote: null, slotDeclines: null, unansweredNotifiedAt: null, slotsRemindedAt: null });
    await mailSlots(ctx, visit, now, 'OTHER_SLOTS');
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'PROPOSE_OTHER_SLOTS', fields: ['slots'], comment: read.flatMap((s) => s.findings.map((f) => f.code)).join(', ') || null }, now);
    return visit;
  });
}

const REMINDER_REFUSED = {
  NOT_PROPOSED: 'Seule une visite dont les créneaux attendent une réponse peut être relancée : celle-ci est planifiée, réalisée ou annulée.',
  SLOTS_PAST: 'Tous les créneaux proposés sont passés : proposez-en d’autres plutôt que de relancer.',
  ALL_DECLINED: 'Chaque tuteur en entreprise a indiqué qu’aucun créneau ne lui convient : proposez-en d’autres, selon leurs disponibilités.',
} as const;

/**
 * The planner sends a proposal's slots again (§4.6, note 34: the academic tutor proposes, the
 * appointment is set with « le(s) » company tutor(s)) to the company tutors who have not declined
 * them — domain `slotsReminderRecipients`: while the visit is proposed and a slot is still to
 * come. Each gets a fresh personal link (their former one is revoked) and the slots still
 * possible; the visit keeps when (slotsRemindedAt, « relancé le … »), the reminder audited (REMIND_SLOTS, naming them).
 */
export async function remindVisitSlots(ctx: ServiceContext, visitId: string, version: number): Promise<Visit> {
  const actor = assertPlanner(ctx);
  return unitOfWork(ctx, async () => {
    const visit = await loadForChange(ctx, actor, visitId, version);
    const tutors = await companyTutorsOf(ctx, visit);
    const decided = slotsReminderRecipients({ state: visit.state, slotDates: visit.slots.map((s) => s.date), declinedBy: (visit.slotDeclines ?? []).map((d) => d.companyTutorId) }, tutors.map((t) => t.id), ctx.clock.today());
    if ('refusal' in decided) throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'visitId', message: REMINDER_REFUSED[decided.refusal] }]);
    const recipients = tutors.filter((t) => decided.recipients.includes(t.id));
    const now = ctx.clock.now();
    for (const tutor of recipients) await revokePersonalLinks(ctx.em, slotLinks(visit, tutor.id), now);
    await mailSlots(ctx, visit, now, 'REMINDER', recipients);
    // Shown on the visit and the visits overview (« relancé le … »): who chases sees it was done. The
    // mark is no edit of the visit: its version stays what a company tutor's or another planner's
    // open page holds (as the unanswered sweep's mark), so it is written as is, then read back.
    await ctx.em.nativeUpdate(Visit, { id: visit.id }, { slotsRemindedAt: now, version: visit.version });
    await ctx.em.refresh(visit);
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'REMIND_SLOTS', fields: [], comment: recipients.map(personName).join(', ') }, now);
    return visit;
  });
}

/** The planner may change this visit: an academic tutor their alternants' visits, the manager all. */
function assertPlanner(ctx: ServiceContext): Actor {
  return authorize(ctx.actor, 'visits:plan');
}

/** Moves a scheduled visit to a new slot agreed with the company: same UID, SEQUENCE + 1, everyone gets the update. */
export async function rescheduleVisit(ctx: ServiceContext, visitId: string, version: number, slot: SlotInput, reason: string | null | undefined, acknowledge: boolean): Promise<Visit> {
  const actor = assertPlanner(ctx);
  return unitOfWork(ctx, async () => {
    const visit = await loadForChange(ctx, actor, visitId, version);
    if (visit.state !== 'SCHEDULED') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'visitId', message: visit.state === 'PROPOSED' ? 'Aucun créneau n’est encore retenu : annulez la proposition et proposez-en d’autres.' : 'Seule une visite planifiée peut être déplacée.' }]);
    const contract = await contractOfYear(ctx, visit.student, visit.academicYear);
    const [read] = await readSlots(ctx, visit.student, contract, visit.academicYear, visit.visitNumber, [slot], acknowledge, 'slots.');
    const check = new InputCheck();
    const why = check.text('reason', reason, 500);
    check.done();
    const now = ctx.clock.now();
    Object.assign(visit, { date: read!.date, half: read!.half, format: read!.format, location: read!.location, icsSequence: visit.icsSequence + 1, slots: [...visit.slots, read!], slotChosenByName: null });
    await mailInvitation(ctx, visit, 'RESCHEDULED', now, why);
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'RESCHEDULE', fields: ['date', 'half', 'format', 'location'], comment: why }, now);
    return visit;
  });
}

/** Calls off a proposed or scheduled visit: the link stops working; a scheduled one is removed from calendars (METHOD:CANCEL). */
export async function cancelVisit(ctx: ServiceContext, visitId: string, version: number, reason: string): Promise<Visit> {
  const actor = assertPlanner(ctx);
  return unitOfWork(ctx, async () => {
    const visit = await loadForChange(ctx, actor, visitId, version);
    if (visit.state !== 'PROPOSED' && visit.state !== 'SCHEDULED') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'visitId', message: 'Une visite réalisée ou déjà annulée ne peut pas être annulée.' }]);
    const check = new InputCheck();
    const why = check.text('reason', reason, 500, { required: true });
    if (why === null) check.errors.splice(0, check.errors.length, { code: 'BAD_USER_INPUT', field: 'reason', message: 'Indiquez le motif de l’annulation : il figure dans le message envoyé.' });
    check.done();
    await cancelled(ctx, actor, visit, why, ctx.clock.now());
    return visit;
  });
}

/** A visit still to hold, cancelled: its slot link revoked, the cancellation mailed (a calendar CANCEL when it was scheduled), audited. */
async function cancelled(ctx: ServiceContext, actor: Actor, visit: Visit, why: string | null, now: Date): Promise<void> {
  const wasScheduled = visit.state === 'SCHEDULED';
  await revokePersonalLinks(ctx.em, slotLinks(visit), now);
  Object.assign(visit, { state: 'CANCELLED', cancelReason: why, cancelledAt: now, icsSequence: wasScheduled ? visit.icsSequence + 1 : visit.icsSequence });
  await mailInvitation(ctx, visit, 'CANCELLED', now, why, wasScheduled);
  audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: 'CANCEL', fields: ['state'], comment: why }, now);
}

/**
 * The contract ended on `lastDay` (§5, a rupture): the mission's visits still to hold that can
 * no longer take place within it (`visitAfterContractEnd`) are cancelled as cancelVisit does —
 * the slot link revoked, the cancellation mailed (with its calendar CANCEL when scheduled) —
 * so that nobody goes to an organisation the alternant has left. Runs in the caller's unit of
 * work; returns the visits cancelled.
 */
export async function cancelVisitsAfterContractEnd(ctx: ServiceContext, actor: Actor, missionId: string, lastDay: string, now: Date): Promise<Visit[]> {
  const visits = await ctx.em.find(Visit, { mission: missionId, state: { $in: ['PROPOSED', 'SCHEDULED'] } }, { populate: VISIT_POPULATE });
  const after = visits.filter((v) => visitAfterContractEnd({ state: v.state, date: v.date, slotDates: v.slots.map((s) => s.date) }, lastDay));
  const why = `Le contrat a pris fin le ${formatDateFr(lastDay)} (rupture, §5 du guide) : la visite ne peut plus avoir lieu dans cet organisme.`;
  for (const visit of after) await cancelled(ctx, actor, visit, why, now);
  return after;
}

export interface ReportInput {
  attendees: string;
  activities: string;
  progress: string;
  pointsOfAttention: string;
  tutorOpinion: string;
  followUpNeeded: boolean;
  followUpNote?: string | null;
}

/**
 * After the visit (on its day or later) the tutor records the structured report; the visit
 * is HELD. A report that newly asks for follow-up alerts the manager(s) by mail.
 */
export async function recordVisitReport(ctx: ServiceContext, visitId: string, version: number, input: ReportInput): Promise<Visit> {
  const actor = assertPlanner(ctx);
  return unitOfWork(ctx, async () => {
    // Whoever made the visit writes its report, even once the alternant is another tutor's (visitScope).
    const visit = await loadForChange(ctx, actor, visitId, version, visitScope(actor));
    if (visit.state !== 'SCHEDULED' && visit.state !== 'HELD') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'visitId', message: 'Le compte rendu se saisit pour une visite planifiée, une fois qu’elle a eu lieu.' }]);
    if (visit.date! > ctx.clock.today()) throw new BusinessError([{ code: 'VISIT_NOT_HELD_YET', field: 'visitId', message: `La visite est prévue le ${formatDateFr(visit.date!)} : le compte rendu se saisit à partir de ce jour-là.` }]);
    const check = new InputCheck('input.');
    const text = (field: keyof ReportInput, label: string, required: boolean): string => {
      const value = input[field] as string | null | undefined;
      if (required && (value === null || value === undefined || value.trim() === '')) {
        check.fail(field, `Champ obligatoire : ${label}.`);
        return '';
      }
      const v = value?.trim() ?? '';
      if (v.length > 4000) check.fail(field, `${label} : ${v.length} caractères, 4000 au plus.`);
      if (CONTROL_CHARACTERS.test(v)) check.fail(field, `${label} : caractères de contrôle refusés.`);
      return v;
    };
    const report: VisitReport = {
      attendees: text('attendees', 'personnes présentes', true),
      activities: text('activities', 'ce que fait l’alternant(e)', true),
      progress: text('progress', 'progression', true),
      pointsOfAttention: text('pointsOfAttention', 'points d’attention', false),
      tutorOpinion: text('tutorOpinion', 'avis du tuteur', true),
      followUpNeeded: input.followUpNeeded,
      followUpNote: text('followUpNote', 'suivi à prévoir', input.followUpNeeded),
    };
    check.done();
    const now = ctx.clock.now();
    const newlyAlerting = report.followUpNeeded && !visit.followUpNeeded;
    const first = visit.state === 'SCHEDULED';
    Object.assign(visit, { state: 'HELD', report, reportedAt: now, followUpNeeded: report.followUpNeeded });
    if (newlyAlerting) {
      const visitor = await visitorOf(ctx, visit);
      const content = followUpNeededMail({ studentName: personName(visit.student), visitNumber: visit.visitNumber, date: visit.date!, visitor: visitor.name, note: report.followUpNote, pointsOfAttention: report.pointsOfAttention, link: `${ctx.publicUrl}/visites/${visit.id}` });
      for (const manager of await managers(ctx)) enqueueMail(ctx.em, manager.email, 'VISIT_FOLLOW_UP_NEEDED', content, visit.mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'Visit', entityId: visit.id, action: first ? 'RECORD_REPORT' : 'UPDATE_REPORT', fields: Object.keys(report) }, now);
    return visit;
  });
}
