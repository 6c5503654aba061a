import { addDays, ALTERNANCE_CONTRACT_TYPES, checkTutorChange, formatDateFr, visitStaysWithCompanyTutor } from '@alternance/domain';
import type { FilterQuery } from '@mikro-orm/core';
import { BusinessError } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { requestStoppageFrom } from '../absences/absence-justify.service.js';
import { Absence } from '../absences/absence.entities.js';
import { audit } from '../audit/audit.js';
import { PersonalLink, Session } from '../auth/auth.entities.js';
import { issuePersonalLink } from '../auth/personal-links.js';
import type { Contract } from '../contracts/contract.entities.js';
import { recordChange } from '../integration/change-feed.js';
import { mailOneLink } from '../livret/livret-links.js';
import { livretSettingsForEach, settingsKey } from '../livret/livret-settings.js';
import { Livret } from '../livret/livret.entities.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail, REDACTED_LINK } from '../mail/outbox.js';
import { CompanyTutor, type Organisation } from '../people/people.entities.js';
import { mailSlots, mailVisitHandedOver } from '../visits/visit.service.js';
import { Visit } from '../visits/visit.entity.js';
import { contractFor, studentName } from './contract-access.js';
import { tutorAppointedMail, tutorChangedMail } from './lifecycle-mails.js';
import { Rupture, TutorChange } from './lifecycle.entities.js';

export interface TutorInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  jobTitle?: string | null;
}

export interface CompanyTutorChangeInput {
  slot: number;
  /** The new tutor; null removes tutor 2. */
  tutor?: TutorInput | null;
  effectiveOn: string;
  reason: string;
  /** Required for an apprenticeship (§3.1, Attention). */
  avenantSignedOn?: string | null;
}

/** The new tutor's contract link works at least as long as the validation's: a month after they take over. */
const VIEW_DAYS_AFTER_EFFECT = 30;
const MIN_VIEW_DAYS = 14;

const fullName = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;

/** The tutor of the organisation with this address, created or brought up to date (as a mission's fiche does). */
async function upsertTutor(ctx: ServiceContext, input: { firstName: string; lastName: string; email: string; phone: string | null; jobTitle: string | null }, organisation: Organisation): Promise<CompanyTutor> {
  let tutor = await ctx.em.findOne(CompanyTutor, { email: input.email, organisation });
  if (!tutor) {
    tutor = Object.assign(new CompanyTutor(), { email: input.email, organisation });
    ctx.em.persist(tutor);
  }
  tutor.firstName = input.firstName;
  tutor.lastName = input.lastName;
  if (input.phone !== null) tutor.phone = input.phone;
  if (input.jobTitle !== null) tutor.jobTitle = input.jobTitle;
  return tutor;
}

/**
 * What the previous tutor held for this contract stops working: their open personal links of
 * the mission, of its open livrets and of its visits, and the sessions those links opened.
 */
async function revokeAccess(ctx: ServiceContext, tutorId: string, objectIds: string[], now: Date): Promise<void> {
  const scope = { subjectType: 'COMPANY_TUTOR' as const, subjectId: tutorId, missionId: { $in: objectIds } };
  await ctx.em.nativeUpdate(PersonalLink, { ...scope, usedAt: null, revokedAt: null } as FilterQuery<PersonalLink>, { revokedAt: now });
  await ctx.em.nativeDelete(Session, scope as FilterQuery<Session>);
}

/**
 * The manager records a change of company tutor during the contract (§3.1): tutor 1 replaced,
 * tutor 2 added, replaced or removed — for an apprenticeship by an avenant whose signature
 * date is required (domain `checkTutorChange`). The mission's slot names the new tutor, so
 * that every later mail (livret, visits, absences) goes to them; the open livrets and the
 * visits still to hold follow; the previous tutor's links and link sessions for this contract
 * stop working; the new tutor gets their contract link, the student and the previous tutor are
 * told. The change feed records CONTRACT_UPDATED in the same transaction.
 */
export async function changeCompanyTutor(ctx: ServiceContext, contractId: string, version: number, input: CompanyTutorChangeInput): Promise<{ contract: Contract; change: TutorChange }> {
  return unitOfWork(ctx, async () => {
    const { actor, contract } = await contractFor(ctx, 'contracts:change-tutor', contractId, version);
    const check = new InputCheck('input.');
    const slot = input.slot === 1 || input.slot === 2 ? input.slot : null;
    if (slot === null) check.fail('slot', `Tuteur n°${String(input.slot)} : 1 ou 2 seulement.`);
    const effectiveOn = check.date('effectiveOn', input.effectiveOn);
    if (!effectiveOn) check.fail('effectiveOn', 'Champ obligatoire : date d’effet du changement.');
    const avenantSignedOn = check.date('avenantSignedOn', input.avenantSignedOn);
    const reason = check.text('reason', input.reason, 5_000, { required: true });
    const next = input.tutor
      ? {
          firstName: check.text('tutor.firstName', input.tutor.firstName, 100, { required: true }),
          lastName: check.text('tutor.lastName', input.tutor.lastName, 100, { required: true }),
          email: check.text('tutor.email', input.tutor.email, 254, { required: true })?.toLowerCase() ?? null,
          phone: check.text('tutor.phone', input.tutor.phone, 40),
          jobTitle: check.text('tutor.jobTitle', input.tutor.jobTitle, 150),
        }
      : null;
    if (contract.status !== 'ACTIVE') {
      check.done();
      throw new BusinessError([{ code: 'CONTRACT_NOT_ACTIVE', field: 'contractId', message: 'Un contrat rompu ne change plus de tuteur.' }]);
    }
    check.done();
    const { mission } = contract;
    const current = slot === 1 ? mission.tutor1 : mission.tutor2;
    const other = slot === 1 ? mission.tutor2 : mission.tutor1;
    const rupture = await ctx.em.findOne(Rupture, { contract: contract.id, state: 'IN_PROGRESS' });
    const rules = checkTutorChange({
      contractType: contract.contractType,
      slot: slot!,
      current,
      // A tutor 2 stored as tutor 1 again (older fiches) is no second person.
      other: other && other.id !== current?.id ? other : null,
      next: next ? { email: next.email! } : null,
      effectiveOn: effectiveOn!,
      avenantSignedOn,
      contractStart: contract.startDate,
      contractEnd: contract.endDate,
      ruptureLastDay: rupture?.lastDay ?? null,
    });
    if (rules.findings.length || !rules.kind) {
      throw new BusinessError(rules.findings.map((f) => ({ code: f.code, field: `input.${f.subject ?? 'tutor'}`, message: f.message })));
    }
    if (slot === 2) await ctx.em.populate(mission, ['workOrganisation']);
    // Tutor 2 usually belongs to the organisation where the alternant works (§3.1).
    const organisation = slot === 2 ? (mission.workOrganisation ?? mission.organisation) : mission.organisation;
    if (next && !organisation) throw new BusinessError([{ code: 'MISSING_VALUE', field: 'input.tutor', message: 'La mission n’a pas d’organisme d’accueil auquel rattacher le tuteur.' }]);
    const newTutor = next ? await upsertTutor(ctx, { firstName: next.firstName!, lastName: next.lastName!, email: next.email!, phone: next.phone, jobTitle: next.jobTitle }, organisation!) : null;
    const now = ctx.clock.now();
    const change = Object.assign(new TutorChange(), { contract, slot, kind: rules.kind, previousTutor: current, newTutor, effectiveOn, avenantSignedOn, reason: reason!, createdBy: actor.id, createdByLabel: actor.label });
    ctx.em.persist(change);
    if (slot === 1) mission.tutor1 = newTutor;
    else mission.tutor2 = newTutor;
    // The contract's version moves: a manager on a stale page is told (CONFLICT), never overwrites.
    contract.updatedAt = now;

    // The livrets still running (until their soutenance) and the visits still to hold follow the slot.
    const data = await ctx.referenceData();
    const livrets = await ctx.em.find(Livret, { student: contract.student.id }, { populate: ['student', 'companyTutor', 'companyTutor2'] });
    const followed: { livret: Livret; soutenance: string }[] = [];
    // The settings of every cohort's year the student has a livret in, in one read.
    const settingsOf = await livretSettingsForEach(ctx.em, data, livrets);
    for (const livret of livrets) {
      const settings = settingsOf.get(settingsKey(livret.cohort, livret.academicYear));
      if (!settings || settings.soutenance < effectiveOn!) continue;
      const held = slot === 1 ? livret.companyTutor : livret.companyTutor2;
      if (current ? held?.id !== current.id : held !== null) continue;
      if (slot === 1) livret.companyTutor = newTutor;
      else livret.companyTutor2 = newTutor && newTutor.id !== livret.companyTutor?.id ? newTutor : null;
      followed.push({ livret, soutenance: settings.soutenance });
    }
    // A visit made (or being made) with the former tutor — its day come, or before the change — stays theirs (§4.6).
    const today = ctx.clock.today();
    const followsChange = (v: Visit): boolean => !visitStaysWithCompanyTutor({ state: v.state, date: v.date }, today, effectiveOn!);
    const visits = (slot === 1 && current ? await ctx.em.find(Visit, { mission: mission.id, companyTutor: current.id, state: { $in: ['PROPOSED', 'SCHEDULED'] } }, { populate: ['student', 'academicTutor', 'mission', 'companyTutor', 'companyTutor.organisation'] }) : []).filter(followsChange);
    for (const visit of visits) visit.companyTutor = newTutor!;
    // Tutor 2 attends the scheduled visits too (§4.6, "du (des) tuteur(s) professionnel(s)"):
    // the visit keeps its company tutor, the invitation changes hands.
    const attended = (slot === 2 ? await ctx.em.find(Visit, { mission: mission.id, state: 'SCHEDULED' }, { populate: ['student', 'academicTutor', 'mission', 'companyTutor', 'companyTutor.organisation'] }) : []).filter(followsChange);
    // Tutor 2 answers the slots still proposed too (§4.6 note 34, §3.1): the new one gets them with
    // their own link, the former one's link stops below; tutor 1's link is left as it is.
    const proposedToTutor2 = slot === 2 ? await ctx.em.find(Visit, { mission: mission.id, state: 'PROPOSED' }, { populate: ['student', 'academicTutor', 'mission', 'companyTutor', 'companyTutor.organisation'] }) : [];
    // An absence whose stoppage the previous tutor was asked for (§4.3.1, tutor 1 and HR contact)
    // is asked of the new one, with the same deadline: the previous tutor's link stops below.
    const awaiting = slot === 1 && newTutor ? await ctx.em.find(Absence, { mission: mission.id, state: 'AWAITING_STOPPAGE', deadline: { $gte: ctx.clock.today() } }, { populate: ['student', 'mission'] }) : [];
    if (current && current.id !== other?.id) {
      await revokeAccess(ctx, current.id, [mission.id, ...livrets.map((l) => l.id), ...visits.map((v) => v.id), ...proposedToTutor2.map((v) => v.id)], now);
    }

    // Mails: the new tutor's link to the contract (as at validation), then the student and the previous tutor.
    const student = studentName(contract);
    if (newTutor) {
      const expiresAt = new Date(Math.max(now.getTime() + MIN_VIEW_DAYS * 86_400_000, Date.parse(`${effectiveOn!}T23:59:59Z`) + VIEW_DAYS_AFTER_EFFECT * 86_400_000));
      const token = issuePersonalLink(ctx.em, { purpose: 'CONTRACT_VIEW', subjectType: 'COMPANY_TUTOR', subjectId: newTutor.id, missionId: mission.id, expiresAt });
      const upcoming = [...visits, ...attended].filter((v) => v.state === 'SCHEDULED' && v.date).map((v) => `visite n°${v.visitNumber} le ${formatDateFr(v.date!)}`);
      const content = tutorAppointedMail({ recipientName: fullName(newTutor), studentName: student, slot: slot!, effectiveOn: formatDateFr(effectiveOn!), organisation: newTutor.organisation.name, link: `${ctx.publicUrl}${REDACTED_LINK}`, expiresOn: formatDateFr(expiresAt.toISOString().slice(0, 10)), visits: upcoming, alternance: (ALTERNANCE_CONTRACT_TYPES as readonly string[]).includes(contract.contractType) });
      enqueueMail(ctx.em, newTutor.email, 'TUTOR_APPOINTED', withContacts(content, await companyContactsBlock(ctx.em, await ctx.referenceData(), contract.student, contract.contractType)), mission.id, now, token);
      for (const { livret, soutenance } of followed) await mailOneLink(ctx.em, livret, newTutor, soutenance, ctx.publicUrl, now);
      for (const visit of visits.filter((v) => v.state === 'PROPOSED')) await mailSlots(ctx, visit, now, 'REQUEST', [newTutor]);
      for (const visit of proposedToTutor2.filter((v) => v.companyTutor.id !== newTutor.id)) await mailSlots(ctx, visit, now, 'REQUEST', [newTutor]);
      for (const absence of awaiting) await requestStoppageFrom(ctx, absence, { subjectType: 'COMPANY_TUTOR', person: newTutor }, now);
    }
    // A visit already scheduled: its invitation to the new tutor, its cancellation to the previous one.
    for (const visit of [...visits.filter((v) => v.state === 'SCHEDULED'), ...attended]) await mailVisitHandedOver(ctx, visit, current, newTutor, now);
    const told = [{ person: contract.student, formerTutor: false }, ...(current ? [{ person: current, formerTutor: true }] : [])];
    for (const { person, formerTutor } of told) {
      const content = tutorChangedMail({
        recipientName: fullName(person),
        studentName: student,
        slot: slot!,
        kind: rules.kind,
        previousTutor: current ? fullName(current) : null,
        newTutor: newTutor ? fullName(newTutor) : null,
        effectiveOn: formatDateFr(effectiveOn!),
        lastDay: formatDateFr(addDays(effectiveOn!, -1)),
        avenantSignedOn: avenantSignedOn ? formatDateFr(avenantSignedOn) : null,
        formerTutor,
      });
      enqueueMail(ctx.em, person.email, 'TUTOR_CHANGED', content, mission.id, now);
    }

    const field = `tutor${slot!}`;
    const who = (p: CompanyTutor | null) => (p ? `${fullName(p)} <${p.email}>` : '—');
    audit(ctx.em, actor, { entityType: 'Contract', entityId: contract.id, action: 'CHANGE_TUTOR', fields: [field], comment: `${who(current)} → ${who(newTutor)} au ${effectiveOn!}${avenantSignedOn ? ` (avenant du ${avenantSignedOn})` : ''}` }, now);
    await recordChange(ctx.em, { type: 'CONTRACT_UPDATED', entityType: 'Contract', entityId: contract.id, contractType: contract.contractType, data: { contractId: contract.id, missionId: mission.id, tutorChangeId: change.id, kind: 'TUTOR_CHANGE', fields: [field] } }, now);
    return { contract, change };
  });
}
