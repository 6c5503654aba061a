import { absencesCoveredBy, checkWorkStoppage, formatDateFr, justificationTransition, mailedStoppageTransition, medicalAbsenceDeadline, underWorkLaw, wholeDays, type HalfDay, type JustificationEvent, type WorkflowFinding } from '@alternance/domain';
import { parisDayOf } from '../../shared/clock.js';
import type { Actor } from '../../shared/actor.js';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { audit } from '../audit/audit.js';
import { issuePersonalLink, spendPersonalLinks } from '../auth/personal-links.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail, REDACTED_LINK } from '../mail/outbox.js';
import type { CompanyTutor, HrContact } from '../people/people.entities.js';
import type { MailContent } from '../mail/templates.js';
import { Absence, AbsenceDocument } from './absence.entities.js';
import { absenceClosedUnjustifiedMail, absenceDecidedMail, absenceJustifiedAfterDeadlineMail, reasonToDecideMail, stoppageReceivedMail, stoppageReceivedOfficeMail, stoppageRequestMail } from './absence-mails.js';
import { absenceForUpdate, emailsOfRole, halfDayLabel, myAbsencesUrl, officeAbsencesUrl, personName, whitMonday } from './absence-support.js';
import { readStoppageFile } from './stoppage-file.js';
import { recordAbsenceChanges } from './absence-change-events.js';
import { absenceScope } from './absence-scope.js';
import { Student } from '../people/people.entities.js';

/** Moves the absence through the domain's state machine, or refuses with INVALID_TRANSITION. */
function transition(absence: Absence, event: JustificationEvent): void {
  const next = justificationTransition(absence.state, event);
  if (!next) throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: `Impossible dans l’état actuel de l’absence (${absence.state}).` }]);
  absence.state = next.state;
  if (next.reason) absence.reason = next.reason;
}

/** A student acts only on their own absences (the scope already says so); the office on all. */
function hostContacts(absence: Absence): { subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT'; person: CompanyTutor | HrContact }[] {
  const m = absence.mission;
  if (!m) return [];
  const contacts: { subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT'; person: CompanyTutor | HrContact }[] = [];
  if (m.tutor1) contacts.push({ subjectType: 'COMPANY_TUTOR', person: m.tutor1 });
  if (m.hrContact) contacts.push({ subjectType: 'HR_CONTACT', person: m.hrContact });
  return contacts;
}

/**
 * Asks the host for its work stoppage (§4.3.1): the tutor and the HR contact each get a
 * personal link to send it, bound to this absence only and valid until the deadline's end.
 * The absence is medical, with its deadline, and its mission's tutor and HR contact loaded.
 */
export async function requestStoppageFromHost(ctx: ServiceContext, absence: Absence, now: Date): Promise<void> {
  for (const contact of hostContacts(absence)) await requestStoppageFrom(ctx, absence, contact, now);
}

/**
 * One host contact's personal link to send the stoppage of an absence awaiting it (its
 * student and mission loaded) — also a new tutor's, for an absence their predecessor was asked for.
 */
export async function requestStoppageFrom(ctx: ServiceContext, absence: Absence, contact: { subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT'; person: CompanyTutor | HrContact }, now: Date): Promise<void> {
  if (!absence.deadline) return;
  const deadline = absence.deadline;
  // The link works until the end of the deadline day in Paris (a day's margin for time zones).
  const expiresAt = new Date(`${deadline}T23:59:59Z`);
  const token = issuePersonalLink(ctx.em, { purpose: 'ABSENCE_STOPPAGE', subjectType: contact.subjectType, subjectId: contact.person.id, missionId: absence.mission!.id, objectId: absence.id, expiresAt });
  const content = stoppageRequestMail({
    recipientName: personName(contact.person),
    studentName: personName(absence.student),
    halfDay: halfDayLabel(absence.date, absence.half),
    deadline: formatDateFr(deadline),
    link: `${ctx.publicUrl}${REDACTED_LINK}`,
  });
  // Tableau 8: the stoppage goes to the manager and the site's secretariat — the block names them.
  const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), absence.student, absence.mission!.contractType);
  enqueueMail(ctx.em, contact.person.email, 'ABSENCE_STOPPAGE_REQUEST', withContacts(content, contacts), absence.mission!.id, now, token);
}

/**
 * The alternant was ill (§4.3.1): the absence awaits the host's work stoppage until 10
 * jours ouvrables after it, and the tutor and the HR contact each get a personal link to
 * send it, bound to this absence only and valid until the deadline's end.
 */
export async function declareMedicalAbsence(ctx: ServiceContext, id: string, version: number): Promise<Absence> {
  const actor = authorize(ctx.actor, 'absences:justify');
  return unitOfWork(ctx, async () => {
    const absence = await absenceForUpdate(ctx, actor, id, version);
    if (!underWorkLaw(absence.mission?.contractType)) {
      throw new BusinessError([{ code: 'ABSENCE_NOT_UNDER_CONTRACT', field: 'reason', message: 'Stagiaire, hors contrat de travail : une absence pour raison médicale se justifie par un certificat médical ou un justificatif équivalent (§4.3), à donner comme « autre raison » au responsable de l’alternance, qui décide — pas par un arrêt de travail de l’organisme d’accueil.' }]);
    }
    transition(absence, 'DECLARE_MEDICAL');
    const options = await whitMonday(ctx);
    absence.deadline = medicalAbsenceDeadline(absence.date, options);
    const now = ctx.clock.now();
    if (absence.deadline < ctx.clock.today()) {
      // The office may hold a stoppage the host mailed in time: it records it as such (sendWorkStoppage).
      const mailed = actor.role === 'SECRETARIAT' || actor.role === 'MANAGER' ? ' Si l’organisme d’accueil vous l’a transmis par mél à temps, enregistrez-le avec le jour où le mél est arrivé (« Arrêt reçu par mél »).' : '';
      throw new BusinessError([{ code: 'ABSENCE_JUSTIFICATION_LATE', field: 'state', message: `Trop tard : un arrêt de travail devait parvenir au plus tard le ${formatDateFr(absence.deadline)} (10 jours ouvrables, §4.3.1).${mailed}` }]);
    }
    await requestStoppageFromHost(ctx, absence, now);
    audit(ctx.em, actor, { entityType: 'Absence', entityId: absence.id, action: 'DECLARE_MEDICAL', fields: ['state', 'reason', 'deadline'] }, now);
    await recordAbsenceChanges(ctx.em, 'ABSENCE_UPDATED', [absence], ['state', 'reason', 'deadline'], now);
    return absence;
  });
}

/** Another reason (§4.3.3), from the student or the office: the manager is asked to decide. */
export async function giveAbsenceReason(ctx: ServiceContext, id: string, version: number, reason: string): Promise<Absence> {
  const actor = authorize(ctx.actor, 'absences:justify');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck();
    const text = check.text('reason', reason, 2000, { required: true });
    check.done();
    const absence = await absenceForUpdate(ctx, actor, id, version);
    transition(absence, 'GIVE_OTHER_REASON');
    absence.comment = text;
    const now = ctx.clock.now();
    const content = reasonToDecideMail({ studentName: personName(absence.student), halfDays: [halfDayLabel(absence.date, absence.half)], reason: text ?? '', link: `${ctx.publicUrl}/absences/decisions` });
    for (const email of await emailsOfRole(ctx, 'MANAGER')) enqueueMail(ctx.em, email, 'ABSENCE_REASON_TO_DECIDE', content, absence.mission?.id ?? null, now);
    audit(ctx.em, actor, { entityType: 'Absence', entityId: absence.id, action: 'GIVE_ABSENCE_REASON', fields: ['state', 'reason', 'comment'] }, now);
    await recordAbsenceChanges(ctx.em, 'ABSENCE_UPDATED', [absence], ['state', 'reason', 'comment'], now);
    return absence;
  });
}

/**
 * The manager's final word on an absence: its state, who decided and why, the student's mail,
 * the audit line and the change event — the same for a reason decided and an absence closed.
 */
async function recordDecision(
  ctx: ServiceContext,
  actor: Actor,
  absence: Absence,
  event: JustificationEvent,
  note: string | null,
  mail: { template: 'ABSENCE_DECIDED' | 'ABSENCE_CLOSED_UNJUSTIFIED'; content: MailContent },
  action: AuditAction,
): Promise<Absence> {
  transition(absence, event);
  const now = ctx.clock.now();
  Object.assign(absence, { decidedBy: actor.label, decidedAt: now, decisionComment: note });
  enqueueMail(ctx.em, absence.student.email, mail.template, mail.content, absence.mission?.id ?? null, now);
  audit(ctx.em, actor, { entityType: 'Absence', entityId: absence.id, action, fields: ['state'], comment: note }, now);
  await recordAbsenceChanges(ctx.em, 'ABSENCE_UPDATED', [absence], ['state', 'decision'], now);
  return absence;
}

/** The manager's decision on another reason (§4.3.3), mailed to the student. */
export async function decideAbsence(ctx: ServiceContext, id: string, version: number, accept: boolean, comment: string | null | undefined): Promise<Absence> {
  const actor = authorize(ctx.actor, 'absences:decide');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck();
    const note = check.text('comment', comment, 2000, { required: !accept });
    check.done();
    const absence = await absenceForUpdate(ctx, actor, id, version);
    const content = absenceDecidedMail({ studentName: personName(absence.student), halfDay: halfDayLabel(absence.date, absence.half), accepted: accept, comment: note, link: myAbsencesUrl(ctx) });
    return recordDecision(ctx, actor, absence, accept ? 'ACCEPT' : 'REFUSE', note, { template: 'ABSENCE_DECIDED', content }, accept ? 'ACCEPT_ABSENCE_REASON' : 'REFUSE_ABSENCE_REASON');
  });
}

/**
 * The manager notes unjustified an absence nobody explained (§4.3.3: any justification is
 * submitted to the manager, who decides): final, mailed to the student, and declared to the
 * host with its month's statement like any unjustified absence (§4.3.4). Only a recorded
 * absence: one awaiting a stoppage or a decision has its own way to end.
 */
export async function closeAbsenceUnjustified(ctx: ServiceContext, id: string, version: number, comment: string | null | undefined): Promise<Absence> {
  const actor = authorize(ctx.actor, 'absences:decide');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck();
    const note = check.text('comment', comment, 2000);
    check.done();
    const absence = await absenceForUpdate(ctx, actor, id, version);
    const content = absenceClosedUnjustifiedMail({ studentName: personName(absence.student), halfDay: halfDayLabel(absence.date, absence.half), comment: note, link: myAbsencesUrl(ctx) });
    return recordDecision(ctx, actor, absence, 'CLOSE_UNJUSTIFIED', note, { template: 'ABSENCE_CLOSED_UNJUSTIFIED', content }, 'CLOSE_ABSENCE_UNJUSTIFIED');
  });
}

export interface WorkStoppageInput {
  issuedOn: string;
  from: string;
  to: string;
  receivedOn?: string | null;
  sender?: 'HOST' | 'STUDENT' | null;
  file: { name: string; base64: string };
}

/** Who the stoppage comes from: a link's tutor or HR contact is the host; the office says who mailed it; a student is a student. */
function senderOf(actor: Actor, input: WorkStoppageInput): 'HOST' | 'STUDENT' {
  if (actor.role === 'STUDENT') return 'STUDENT';
  if (actor.role === 'COMPANY_TUTOR' || actor.role === 'HR_CONTACT') return 'HOST';
  return input.sender ?? 'HOST';
}

/**
 * A work stoppage for a medical absence (§4.3.1): from the company tutor or HR contact
 * through the absence's personal link, or recorded by the office from the host's mail. The
 * domain's rules decide: sent by the student (STOPPAGE_NOT_FROM_HOST), not covering the
 * absence, or received after 10 jours ouvrables (ABSENCE_JUSTIFICATION_LATE) — refused, with
 * the findings, and nothing written. Accepted: the file is stored, the absence justified,
 * the link spent, the student told.
 */
export async function sendWorkStoppage(ctx: ServiceContext, id: string, version: number, input: WorkStoppageInput): Promise<{ absence: Absence; covered: Absence[]; findings: WorkflowFinding[] }> {
  const actor = authorize(ctx.actor, 'absences:stoppage');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck('input.');
    const issuedOn = check.date('issuedOn', input.issuedOn);
    const from = check.date('from', input.from);
    const to = check.date('to', input.to);
    const office = actor.role === 'SECRETARIAT' || actor.role === 'MANAGER';
    const receivedOn = (office ? check.date('receivedOn', input.receivedOn) : null) ?? ctx.clock.today();
    check.dateOrder('from', from, 'to', to);
    if (receivedOn > ctx.clock.today()) check.fail('receivedOn', 'La date de réception ne peut pas être dans le futur.');
    check.done();
    const file = readStoppageFile(input.file);
    // A student's stoppage is looked at by nobody: the scope check comes after, so the answer says why.
    const absence = await absenceForUpdate(ctx, actor, id, version);
    // §4.3.1 step 3: the host mails the stoppage to the manager and the secretariat, whether or not
    // anyone declared the absence medical, and they may read it after the deadline — the day the
    // mail arrived decides (checkWorkStoppage, mailedStoppageTransition): the office records it on
    // an absence still open, or on one the deadline closed though the mail had arrived by then.
    const closedAtDeadline = absence.state === 'UNJUSTIFIED';
    const next = office ? mailedStoppageTransition(absence, receivedOn) : justificationTransition(absence.state, 'RECEIVE_STOPPAGE');
    if (!next) {
      if (office && closedAtDeadline && absence.reason === 'MEDICAL' && absence.deadline) {
        throw new BusinessError([{ code: 'ABSENCE_JUSTIFICATION_LATE', field: 'input.receivedOn', message: `Aucun arrêt n’était parvenu au plus tard le ${formatDateFr(absence.deadline)} (10 jours ouvrables, §4.3.1) : l’absence reste définitivement injustifiée.` }]);
      }
      throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: office ? 'Cette absence est déjà réglée : elle n’attend plus de justification.' : 'Cette absence n’attend pas d’arrêt de travail (elle n’est pas déclarée pour raison médicale, ou elle est déjà réglée).' }]);
    }
    if (!underWorkLaw(absence.mission?.contractType)) {
      throw new BusinessError([{ code: 'ABSENCE_NOT_UNDER_CONTRACT', field: 'state', message: 'Stagiaire, hors contrat de travail : une absence pour raison médicale se justifie par un certificat médical ou un justificatif équivalent (§4.3), à donner comme « autre raison » au responsable de l’alternance — pas par un arrêt de travail de l’organisme d’accueil.' }]);
    }
    const findings = checkWorkStoppage({ sender: senderOf(actor, input), issuedOn: issuedOn!, from: from!, to: to!, absenceDate: absence.date, transmittedOn: receivedOn }, await whitMonday(ctx));
    if (findings.length) {
      throw new BusinessError(findings.map((f) => ({ code: f.code, message: f.message, field: f.subject === 'stoppage.sender' ? 'input.sender' : f.subject === 'stoppage.from' ? 'input.from' : 'input.issuedOn' })), findings);
    }
    // §4.3: the stoppage's days cover the alternant's other absences still open — justified with
    // it, the same file, in this unit of work (all or nothing; a concurrent edit of any fails the flush).
    const others = await othersCoveredByStoppage(ctx, actor, absence, from!, to!, receivedOn);
    const covered = [absence, ...others.map((o) => o.absence)].sort((a, b) => (`${a.date}${a.half}` < `${b.date}${b.half}` ? -1 : 1));
    const closed = covered.filter((a) => a.state === 'UNJUSTIFIED');
    const options = await whitMonday(ctx);
    const document = new AbsenceDocument();
    Object.assign(document, { absence, fileName: file.fileName, mediaType: file.mediaType, size: file.content.length, content: file.content });
    ctx.em.persist(document);
    for (const [target, move] of [[absence, next] as const, ...others.map((o) => [o.absence, o.next] as const)]) {
      Object.assign(target, move);
      target.deadline ??= medicalAbsenceDeadline(target.date, options);
      Object.assign(target, { stoppageIssuedOn: issuedOn, stoppageFrom: from, stoppageTo: to, stoppageReceivedOn: receivedOn, stoppageSentBy: actor.label, document });
    }
    const now = ctx.clock.now();
    if (absence.mission) {
      for (const subjectType of ['COMPANY_TUTOR', 'HR_CONTACT'] as const) {
        const person = subjectType === 'COMPANY_TUTOR' ? absence.mission.tutor1 : absence.mission.hrContact;
        if (!person) continue;
        for (const a of covered) await spendPersonalLinks(ctx.em, { purpose: 'ABSENCE_STOPPAGE', subjectType, subjectId: person.id, missionId: absence.mission.id, objectId: a.id }, now);
      }
    }
    const halfDays = covered.map((a) => halfDayLabel(a.date, a.half));
    enqueueMail(ctx.em, absence.student.email, 'ABSENCE_JUSTIFIED', stoppageReceivedMail({ studentName: personName(absence.student), halfDays, link: myAbsencesUrl(ctx) }), absence.mission?.id ?? null, now);
    // Closed at its deadline, the tutor was told it was definitively unjustified, and the host's
    // contacts may have had it in a monthly statement (§4.3.4): they are told it no longer is.
    if (closed.length && absence.mission) {
      const declared = closed.map((a) => a.declaredAt).filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
      const contacts = declared.length ? [absence.mission.tutor1, absence.mission.tutor2, absence.mission.hrContact] : [absence.mission.tutor1];
      const recipients = new Map(contacts.flatMap((p) => (p ? [[p.email, personName(p)] as const] : [])));
      // Tutor 2 had it in the statement, but the stoppage is the host's to send (tutor 1, the HR contact): not told it was medical (§4.3.1).
      const askedOfStoppage = new Set(hostContacts(absence).map((c) => c.person.email));
      const block = await companyContactsBlock(ctx.em, await ctx.referenceData(), absence.student, absence.mission.contractType);
      for (const [email, name] of recipients) {
        const content = absenceJustifiedAfterDeadlineMail({ recipientName: name, studentName: personName(absence.student), halfDays: closed.map((a) => halfDayLabel(a.date, a.half)), receivedOn: formatDateFr(receivedOn), declaredOn: declared.length ? formatDateFr(parisDayOf(declared[0]!)) : null, toldOfStoppage: askedOfStoppage.has(email) });
        enqueueMail(ctx.em, email, 'ABSENCE_JUSTIFIED_AFTER_DEADLINE', withContacts(content, block), absence.mission.id, now);
      }
    }
    // The guide has the host mail it to the manager and the secretariat (§4.3.1, step 3): sent
    // through the link instead, they are told as they would have been; recorded by them, they know.
    if (!office) {
      const content = stoppageReceivedOfficeMail({ studentName: personName(absence.student), halfDays, sentBy: actor.label, link: officeAbsencesUrl(ctx, absence.student.id) });
      for (const role of ['MANAGER', 'SECRETARIAT'] as const) for (const email of await emailsOfRole(ctx, role)) enqueueMail(ctx.em, email, 'ABSENCE_STOPPAGE_RECEIVED', content, absence.mission?.id ?? null, now);
    }
    for (const a of covered) audit(ctx.em, actor, { entityType: 'Absence', entityId: a.id, action: 'RECEIVE_STOPPAGE', fields: ['state', 'reason', 'deadline', 'stoppageIssuedOn', 'stoppageFrom', 'stoppageTo', 'stoppageReceivedOn', 'document'], comment: file.fileName }, now);
    await recordAbsenceChanges(ctx.em, 'ABSENCE_UPDATED', covered, ['state', 'reason', 'deadline', 'stoppage'], now);
    return { absence, covered, findings: [] };
  });
}


/**
 * The alternant's other absences a stoppage's days cover (§4.3.1: one stoppage for the whole
 * illness, not one per half-day), each with where the stoppage takes it: through a tutor's or
 * HR contact's link, those of the same mission declared medical and awaiting it (as the one of
 * the link); recorded by the office from the host's mail, any the mail may settle
 * (mailedStoppageTransition: still open, or closed at a deadline the mail met).
 */
async function othersCoveredByStoppage(ctx: ServiceContext, actor: Actor, absence: Absence, from: string, to: string, receivedOn: string) {
  const host = actor.role === 'COMPANY_TUTOR' || actor.role === 'HR_CONTACT';
  const candidates = await ctx.em.find(
    Absence,
    { student: absence.student, id: { $ne: absence.id }, date: { $gte: from, $lte: to }, ...(host ? { mission: absence.mission } : {}) },
    { populate: ['mission', 'student'] },
  );
  const move = (a: Absence) => (underWorkLaw(a.mission?.contractType) ? (host ? justificationTransition(a.state, 'RECEIVE_STOPPAGE') : mailedStoppageTransition(a, receivedOn)) : null);
  const result = absencesCoveredBy(wholeDays(from, to), absence.student.id, candidates.map((a) => ({ absence: a, studentId: a.student.id, date: a.date, half: a.half, state: a.state })), (c) => move(c.absence) !== null);
  if ('error' in result) return [];
  return result.covered.map((c) => ({ absence: c.absence, next: move(c.absence)! }));
}

export interface AbsenceJustificationInput {
  studentId?: string | null;
  from: string;
  fromHalf: HalfDay;
  to: string;
  toHalf: HalfDay;
  reason: string;
  file: { name: string; base64: string };
  absences: { id: string; version: number }[];
}

/**
 * One justification document for every absence of a half-day range (§4.3.3: any other reason
 * is submitted to the manager, who decides; §4.3: an intern's medical certificate too): the
 * student's own, or the office's for them. The domain says which absences it covers
 * (absencesCoveredBy: the student's, still unjustified, within the range); the client names
 * those it saw, with their versions — any difference (one added, changed or settled since) is
 * a CONFLICT, and nothing is written. Each covered absence awaits the manager's decision with
 * the same reason and the same file; the managers get one mail listing them.
 */
export async function justifyAbsences(ctx: ServiceContext, input: AbsenceJustificationInput): Promise<Absence[]> {
  const actor = authorize(ctx.actor, 'absences:justify');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck('input.');
    const from = check.date('from', input.from);
    const to = check.date('to', input.to);
    const reason = check.text('reason', input.reason, 2000, { required: true });
    if (actor.role !== 'STUDENT' && !input.studentId) check.fail('studentId', 'Champ obligatoire : l’alternant(e) dont les absences sont justifiées.');
    check.done();
    const file = readStoppageFile(input.file);
    const student = actor.role === 'STUDENT' ? await ctx.em.findOne(Student, { user: actor.id }) : await ctx.em.findOne(Student, { id: input.studentId! });
    if (!student) throw missing('Alternant(e)', input.studentId ?? actor.id, 'input.studentId');
    const candidates = await ctx.em.find(
      Absence,
      { $and: [{ student, date: { $gte: from!, $lte: to! } }, absenceScope(actor)] },
      { populate: ['student', 'mission'] },
    );
    const result = absencesCoveredBy(
      { from: from!, fromHalf: input.fromHalf, to: to!, toHalf: input.toHalf },
      student.id,
      candidates.map((a) => ({ absence: a, studentId: a.student.id, date: a.date, half: a.half, state: a.state })),
      (c) => justificationTransition(c.state, 'GIVE_OTHER_REASON') !== null,
    );
    if ('error' in result) throw new BusinessError([{ code: result.error.code, field: `input.${result.error.field}`, message: result.error.fr }]);
    const covered = result.covered.map((c) => c.absence);
    // Optimistic concurrency over the whole range: the client justifies what it saw, as it saw it.
    const seen = new Map(input.absences.map((a) => [a.id, a.version]));
    if (seen.size !== covered.length || covered.some((a) => seen.get(a.id) !== a.version)) throw conflict('Les absences de cette période', 'modifiées', 'input.absences');
    const document = new AbsenceDocument();
    Object.assign(document, { absence: covered[0], fileName: file.fileName, mediaType: file.mediaType, size: file.content.length, content: file.content });
    ctx.em.persist(document);
    for (const absence of covered) {
      transition(absence, 'GIVE_OTHER_REASON');
      Object.assign(absence, { comment: reason, document });
    }
    const now = ctx.clock.now();
    const content = reasonToDecideMail({ studentName: personName(student), halfDays: covered.map((a) => halfDayLabel(a.date, a.half)), reason: reason ?? '', fileName: file.fileName, link: `${ctx.publicUrl}/absences/decisions` });
    for (const email of await emailsOfRole(ctx, 'MANAGER')) enqueueMail(ctx.em, email, 'ABSENCE_REASON_TO_DECIDE', content, covered[0]!.mission?.id ?? null, now);
    for (const absence of covered) audit(ctx.em, actor, { entityType: 'Absence', entityId: absence.id, action: 'JUSTIFY_ABSENCES', fields: ['state', 'reason', 'comment', 'document'], comment: file.fileName }, now);
    await recordAbsenceChanges(ctx.em, 'ABSENCE_UPDATED', covered, ['state', 'reason', 'comment', 'document'], now);
    return covered;
  });
}
