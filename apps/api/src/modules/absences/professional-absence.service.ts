import { checkProfessionalAbsenceRequest, formatDateFr, justificationTransition, periodTrainingHalfDays, type HalfDay, type ProfessionalAbsencePeriod, type WorkflowFinding } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { issuePersonalLink, revokePersonalLinks } from '../auth/personal-links.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail, REDACTED_LINK } from '../mail/outbox.js';
import { Mission } from '../missions/mission.entities.js';
import { Student } from '../people/people.entities.js';
import { Absence, ProfessionalAbsenceRequest } from './absence.entities.js';
import { professionalConsultMail, professionalDecidedMail, professionalLinkMail, professionalRequestedMail } from './absence-mails.js';
import { emailsOfRole, halfDayLabel, missionOn, personName, whitMonday } from './absence-support.js';
import { requestScope } from './absence-scope.js';
import { recordAbsenceChanges } from './absence-change-events.js';
import { NO_CALENDAR, trainingHoursSourceFor } from './training-hours-source.js';

/** How long a tutor's professional-absence link stays usable: a semester. */
const REQUEST_LINK_DAYS = 183;
const HALF = { AM: 'matin', PM: 'après-midi' } as const;

export const periodFr = (r: Pick<ProfessionalAbsenceRequest, 'firstDay' | 'firstHalf' | 'lastDay' | 'lastHalf'>): string =>
  `du ${formatDateFr(r.firstDay)} (${HALF[r.firstHalf]}) au ${formatDateFr(r.lastDay)} (${HALF[r.lastHalf]})`;

/**
 * Office: mails each company tutor of the alternant (the second one too: §4.3.2's « tuteur
 * professionnel » is whichever of them asks) a personal link to ask for professional
 * absences; their older open links stop working.
 */
export async function sendProfessionalAbsenceLink(ctx: ServiceContext, studentId: string): Promise<number> {
  const actor = authorize(ctx.actor, 'absences:record');
  return unitOfWork(ctx, async () => {
    const student = await ctx.em.findOne(Student, studentId);
    if (!student) throw missing('Étudiant(e)', studentId, 'studentId');
    const mission = await missionOn(ctx, student, ctx.clock.today());
    if (!mission?.tutor1) throw new BusinessError([{ code: 'NO_HOST', field: 'studentId', message: 'Cet(te) étudiant(e) n’a pas de mission validée avec un(e) tuteur(trice) : personne à qui envoyer le lien.' }]);
    const now = ctx.clock.now();
    const tutors = [mission.tutor1, ...(mission.tutor2 && mission.tutor2.id !== mission.tutor1.id ? [mission.tutor2] : [])];
    const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), student, mission.contractType);
    for (const tutor of tutors) {
      const target = { purpose: 'PROFESSIONAL_ABSENCE_REQUEST' as const, subjectType: 'COMPANY_TUTOR' as const, subjectId: tutor.id, missionId: mission.id };
      await revokePersonalLinks(ctx.em, target, now);
      const expiresAt = new Date(now.getTime() + REQUEST_LINK_DAYS * 86_400_000);
      const token = issuePersonalLink(ctx.em, { ...target, expiresAt });
      const content = professionalLinkMail({ recipientName: personName(tutor), studentName: personName(student), link: `${ctx.publicUrl}${REDACTED_LINK}`, expiresOn: formatDateFr(expiresAt.toISOString().slice(0, 10)) });
      enqueueMail(ctx.em, tutor.email, 'PROFESSIONAL_ABSENCE_LINK', withContacts(content, contacts), mission.id, now, token);
    }
    audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: 'SEND_PROFESSIONAL_ABSENCE_LINK', fields: [] }, now);
    return tutors.length;
  });
}

export interface ProfessionalAbsenceInput {
  firstDay: string;
  firstHalf: HalfDay;
  lastDay: string;
  lastHalf: HalfDay;
  reason: string;
}

/**
 * The company tutor asks, through their link, for a professional absence of their alternant
 * (§4.3.2): refused with PROFESSIONAL_ABSENCE_TOO_LATE less than 10 jours ouvrables before
 * the first day; otherwise recorded for the direction, who is mailed.
 */
export async function requestProfessionalAbsence(ctx: ServiceContext, input: ProfessionalAbsenceInput): Promise<{ request: ProfessionalAbsenceRequest; findings: WorkflowFinding[] }> {
  const actor = authorize(ctx.actor, 'absences:request-professional');
  return unitOfWork(ctx, async () => {
    if (actor.linkPurpose !== 'PROFESSIONAL_ABSENCE_REQUEST' || !actor.missionId) throw new BusinessError([{ code: 'FORBIDDEN', field: null, message: 'Ce lien ne permet pas de demander une absence.' }]);
    const mission = await ctx.em.findOne(Mission, { id: actor.missionId, $or: [{ tutor1: actor.id }, { tutor2: actor.id }] }, { populate: ['student'] });
    if (!mission) throw missing('Mission', actor.missionId);
    const check = new InputCheck('input.');
    const { firstDay, lastDay, reason, ...halves } = readPeriod(check, input);
    check.done();
    const today = ctx.clock.today();
    const findings = checkProfessionalAbsenceRequest({ requestedOn: today, firstDay, lastDay, trainingHalfDays: await trainingCount(ctx, mission.student, { firstDay, lastDay, ...halves }) }, await whitMonday(ctx));
    if (findings.length) throw new BusinessError(findings.map((f) => ({ code: f.code, message: f.message, field: 'input.firstDay' })), findings);
    const request = new ProfessionalAbsenceRequest();
    Object.assign(request, { student: mission.student, mission, firstDay, lastDay, ...halves, reason, requestedById: actor.id, requestedByLabel: actor.label, requestedOn: today });
    ctx.em.persist(request);
    const now = ctx.clock.now();
    const content = professionalRequestedMail({ studentName: personName(mission.student), tutorName: actor.label, period: periodFr(request), reason, link: `${ctx.publicUrl}/absences/demandes` });
    for (const email of await emailsOfRole(ctx, 'DIRECTION')) enqueueMail(ctx.em, email, 'PROFESSIONAL_ABSENCE_REQUESTED', content, mission.id, now);
    audit(ctx.em, actor, { entityType: 'ProfessionalAbsenceRequest', entityId: request.id, action: 'REQUEST_PROFESSIONAL_ABSENCE', fields: ['firstDay', 'lastDay', 'reason'] }, now);
    return { request, findings: [] };
  });
}

export interface MailedProfessionalAbsenceInput extends ProfessionalAbsenceInput {
  studentId: string;
  /** Which company tutor of the alternant's mission mailed the direction. */
  tutor: 'TUTOR1' | 'TUTOR2';
  /** The day their mail reached the direction. */
  receivedOn: string;
}

/**
 * The direction records a request a company tutor mailed to it, as §4.3.2 step 1 has it
 * (« par mél à la Direction de la MIAGE »): the tutor needs no link for that. The 10 jours
 * ouvrables are counted from the day the mail arrived (PROFESSIONAL_ABSENCE_TOO_LATE
 * otherwise), never from the day it is typed in, which may not be in the future. The host
 * is the alternant's mission on the period's first day; the tutor is its first or second.
 */
export async function recordMailedProfessionalAbsence(ctx: ServiceContext, input: MailedProfessionalAbsenceInput): Promise<{ request: ProfessionalAbsenceRequest; findings: WorkflowFinding[] }> {
  const actor = authorize(ctx.actor, 'absences:decide-professional');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck('input.');
    const period = readPeriod(check, input);
    const receivedOn = check.date('receivedOn', input.receivedOn);
    const today = ctx.clock.today();
    if (receivedOn && receivedOn > today) check.fail('receivedOn', 'Le mél du tuteur ne peut pas être arrivé dans le futur.');
    if (input.tutor !== 'TUTOR1' && input.tutor !== 'TUTOR2') check.fail('tutor', 'Dites quel tuteur professionnel a envoyé la demande.');
    check.done();
    const student = await ctx.em.findOne(Student, input.studentId);
    if (!student) throw missing('Étudiant(e)', input.studentId, 'input.studentId');
    const mission = await missionOn(ctx, student, period.firstDay);
    if (!mission?.tutor1) throw new BusinessError([{ code: 'NO_HOST', field: 'input.studentId', message: 'Cet(te) étudiant(e) n’a pas de mission validée avec un(e) tuteur(trice) professionnel(le) : personne ne peut demander pour lui (elle).' }]);
    const tutor = input.tutor === 'TUTOR1' ? mission.tutor1 : mission.tutor2;
    if (!tutor) throw new BusinessError([{ code: 'NO_SECOND_TUTOR', field: 'input.tutor', message: 'La mission de cet(te) alternant(e) n’a pas de second tuteur professionnel.' }]);
    const findings = checkProfessionalAbsenceRequest({ requestedOn: receivedOn!, firstDay: period.firstDay, lastDay: period.lastDay, trainingHalfDays: await trainingCount(ctx, student, period) }, await whitMonday(ctx));
    if (findings.length) throw new BusinessError(findings.map((f) => ({ code: f.code, message: f.message, field: 'input.firstDay' })), findings);
    const request = new ProfessionalAbsenceRequest();
    Object.assign(request, { student, mission, ...period, requestedById: tutor.id, requestedByLabel: personName(tutor), requestedOn: receivedOn, recordedBy: actor.label });
    ctx.em.persist(request);
    audit(ctx.em, actor, { entityType: 'ProfessionalAbsenceRequest', entityId: request.id, action: 'RECORD_MAILED_PROFESSIONAL_ABSENCE', fields: ['firstDay', 'lastDay', 'reason', 'requestedOn'] }, ctx.clock.now());
    return { request, findings: [] };
  });
}

/** A request's period and reason, read field by field (`input.` prefixed); throws on the first problems found. */
function readPeriod(check: InputCheck, input: ProfessionalAbsenceInput): { firstDay: string; firstHalf: HalfDay; lastDay: string; lastHalf: HalfDay; reason: string } {
  const firstDay = check.date('firstDay', input.firstDay);
  const lastDay = check.date('lastDay', input.lastDay);
  const reason = check.text('reason', input.reason, 2000, { required: true });
  check.dateOrder('firstDay', firstDay, 'lastDay', lastDay);
  if (firstDay && firstDay === lastDay && input.firstHalf === 'PM' && input.lastHalf === 'AM') check.fail('lastHalf', 'La période finit avant de commencer (après-midi puis matin du même jour).');
  return { firstDay: firstDay!, firstHalf: input.firstHalf, lastDay: lastDay!, lastHalf: input.lastHalf, reason: reason ?? '' };
}

/** The most teachers one request may consult: the teachings of a few days, not a mailing list. */
export const MAX_CONSULTED_TEACHERS = 20;

/** The addresses of the teachers a request's direction consulted (§4.3.2 step 2), in order. */
export const consultedTeachers = (request: Pick<ProfessionalAbsenceRequest, 'teacherEmails'>): string[] => (request.teacherEmails ? request.teacherEmails.split('\n').filter(Boolean) : []);

/**
 * §4.3.2 step 2: « La Direction de la MIAGE vérifie si cela ne pose pas de problème particulier
 * au niveau des enseignements concernés (avec les enseignants en charge de ces enseignements) ».
 * The direction names the teachers in charge of the period's teachings (the product has no
 * timetable: it knows the training half-days, not who teaches them); each one not consulted
 * yet gets the request, its training half-days and whom to answer. They are kept on the
 * request and receive the decision (step 3). Only while the request awaits its decision.
 */
export async function consultProfessionalAbsenceTeachers(ctx: ServiceContext, id: string, version: number, teacherEmails: readonly string[]): Promise<ProfessionalAbsenceRequest> {
  const actor = authorize(ctx.actor, 'absences:decide-professional');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck();
    if (teacherEmails.length === 0) check.fail('teacherEmails', 'Donnez l’adresse d’au moins un(e) enseignant(e) à consulter.');
    if (teacherEmails.length > MAX_CONSULTED_TEACHERS) check.fail('teacherEmails', `${teacherEmails.length} adresses : ${MAX_CONSULTED_TEACHERS} enseignant(e)s au plus par demande.`);
    const emails = teacherEmails.map((email, i) => check.email(`teacherEmails.${i}`, email, { required: true }));
    check.done();
    const request = await ctx.em.findOne(ProfessionalAbsenceRequest, { $and: [{ id }, requestScope(actor)] }, { populate: ['student'] });
    if (!request) throw missing('Demande', id);
    if (request.version !== version) throw conflict('Cette demande', 'modifiée');
    if (request.state !== 'PENDING') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'Cette demande a déjà reçu une décision : il n’y a plus personne à consulter.' }]);
    const known = consultedTeachers(request);
    const added = [...new Set(emails as string[])].filter((email) => !known.includes(email));
    if (known.length + added.length > MAX_CONSULTED_TEACHERS) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'teacherEmails', message: `${known.length} enseignant(e)s déjà consulté(e)s : ${MAX_CONSULTED_TEACHERS} au plus par demande.` }]);
    if (added.length === 0) return request;
    request.teacherEmails = [...known, ...added].join('\n');
    const now = ctx.clock.now();
    const halfDays = await trainingHalfDaysOf(ctx, request);
    const content = professionalConsultMail({
      studentName: personName(request.student),
      cohort: request.student.cohort,
      tutorName: request.requestedByLabel,
      period: periodFr(request),
      trainingHalfDays: halfDays.map((h) => halfDayLabel(h.date, h.half)),
      reason: request.reason,
      directionEmails: await emailsOfRole(ctx, 'DIRECTION'),
    });
    for (const email of added) enqueueMail(ctx.em, email, 'PROFESSIONAL_ABSENCE_CONSULT', content, request.mission.id, now);
    audit(ctx.em, actor, { entityType: 'ProfessionalAbsenceRequest', entityId: request.id, action: 'CONSULT_TEACHERS', fields: ['teacherEmails'], comment: added.join(', ') }, now);
    return request;
  });
}

/** The training half-days of a period, in the alternant's calendars, and whether part of it is outside them (domain `periodTrainingHalfDays`). */
async function trainingOf(ctx: ServiceContext, student: Student, period: ProfessionalAbsencePeriod): Promise<{ training: { date: string; half: HalfDay }[]; unknown: boolean }> {
  const source = (await trainingHoursSourceFor(ctx, student)) ?? NO_CALENDAR;
  return periodTrainingHalfDays(period, (date, half) => source.kindOf(date, half));
}

/** How many training half-days a requested period holds (PROFESSIONAL_ABSENCE_NO_TRAINING at 0); null when part of it is outside every calendar. */
async function trainingCount(ctx: ServiceContext, student: Student, period: ProfessionalAbsencePeriod): Promise<number | null> {
  const { training, unknown } = await trainingOf(ctx, student, period);
  return training.length === 0 && unknown ? null : training.length;
}

/** The training half-days of a request's period, in the alternant's calendar. */
async function trainingHalfDaysOf(ctx: ServiceContext, request: ProfessionalAbsenceRequest): Promise<{ date: string; half: HalfDay }[]> {
  return (await trainingOf(ctx, request.student, request)).training;
}

/**
 * The direction's decision (§4.3.2 step 3), mailed to the alternant, the tutor and the
 * teachers concerned: those it consulted about the period's teachings (step 2), the
 * academic tutor and the manager. « Le tuteur professionnel » is
 * the one who asked (step 1) — the second tutor when they did — and the first tutor, who
 * follows the alternant. Granted: each training half-day
 * of the period is recorded as a justified professional absence (one already recorded is
 * justified, if still open).
 */
export async function decideProfessionalAbsence(ctx: ServiceContext, id: string, version: number, grant: boolean, comment: string | null | undefined): Promise<ProfessionalAbsenceRequest> {
  const actor = authorize(ctx.actor, 'absences:decide-professional');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck();
    const note = check.text('comment', comment, 2000, { required: !grant });
    check.done();
    const request = await ctx.em.findOne(ProfessionalAbsenceRequest, { $and: [{ id }, requestScope(actor)] }, { populate: ['student', 'student.academicTutor', 'mission', 'mission.tutor1', 'mission.tutor2', 'mission.organisation'] });
    if (!request) throw missing('Demande', id);
    if (request.version !== version) throw conflict('Cette demande', 'modifiée');
    if (request.state !== 'PENDING') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'Cette demande a déjà reçu une décision.' }]);
    const now = ctx.clock.now();
    Object.assign(request, { state: grant ? 'GRANTED' : 'REFUSED', decidedBy: actor.label, decidedAt: now, decisionComment: note });
    const recorded: Absence[] = [];
    const updated: Absence[] = [];
    if (grant) {
      const halfDays = await trainingHalfDaysOf(ctx, request);
      const existing = await ctx.em.find(Absence, { student: request.student, date: { $gte: request.firstDay, $lte: request.lastDay } });
      for (const { date, half } of halfDays) {
        let absence = existing.find((a) => a.date === date && a.half === half);
        if (absence) {
          const next = justificationTransition(absence.state, 'GRANT_PROFESSIONAL');
          if (!next) continue;
          absence.state = next.state;
          absence.reason = 'PROFESSIONAL';
          updated.push(absence);
        } else {
          absence = new Absence();
          Object.assign(absence, { student: request.student, date, half, state: 'JUSTIFIED', reason: 'PROFESSIONAL', mission: request.mission, organisation: request.mission.organisation, recordedBy: actor.label });
          ctx.em.persist(absence);
          recorded.push(absence);
        }
        absence.professionalRequest = request;
        absence.comment = request.reason;
        audit(ctx.em, actor, { entityType: 'Absence', entityId: absence.id, action: 'GRANT_PROFESSIONAL', fields: ['state', 'reason'] }, now);
      }
    }
    const studentName = personName(request.student);
    const recipients = new Map<string, string>([[request.student.email, studentName]]);
    const requester = [request.mission.tutor1, request.mission.tutor2].find((t) => t?.id === request.requestedById);
    for (const tutor of [request.mission.tutor1, requester]) if (tutor) recipients.set(tutor.email, personName(tutor));
    if (request.student.academicTutor) recipients.set(request.student.academicTutor.email, request.student.academicTutor.displayName);
    // The teachers in charge of the period's teachings the direction consulted (step 2).
    for (const email of consultedTeachers(request)) if (!recipients.has(email)) recipients.set(email, 'enseignant(e)');
    for (const email of await emailsOfRole(ctx, 'MANAGER')) if (!recipients.has(email)) recipients.set(email, 'responsable de l’alternance');
    const tutorEmails = new Set([request.mission.tutor1, requester].flatMap((t) => (t ? [t.email] : [])));
    const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), request.student, request.mission.contractType);
    for (const [email, name] of recipients) {
      const content = professionalDecidedMail({ recipientName: name, studentName, period: periodFr(request), granted: grant, comment: note });
      // Tableau 8: the company tutor is told whom to contact; the programme's people know.
      enqueueMail(ctx.em, email, 'PROFESSIONAL_ABSENCE_DECIDED', tutorEmails.has(email) ? withContacts(content, contacts) : content, request.mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'ProfessionalAbsenceRequest', entityId: request.id, action: grant ? 'GRANT_PROFESSIONAL_ABSENCE' : 'REFUSE_PROFESSIONAL_ABSENCE', fields: ['state'], comment: note }, now);
    await recordAbsenceChanges(ctx.em, 'ABSENCE_RECORDED', recorded, ['date', 'half', 'state'], now);
    await recordAbsenceChanges(ctx.em, 'ABSENCE_UPDATED', updated, ['state', 'reason'], now);
    return request;
  });
}
