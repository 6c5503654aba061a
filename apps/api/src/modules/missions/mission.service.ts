import { type FilterQuery } from '@mikro-orm/core';
import { brokenContractBefore, replacementLastDay } from '../lifecycle/new-contract-rules.js';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { allPartiesConfirmed, checklistItemReadableBy, companyContactMayRead, confirmationReminderDay, contractChecklist, derogationPossible, ficheTrainingYearStart, formatDateFr, missionTransition, statesAwaiting, validatedAfterStart, validationReservation, type ConfirmingParty, type Finding, type MissionAction, type ReferenceData } from '@alternance/domain';
import { authorize, missionScope } from '../../policy/policy.js';
import { recordChange } from '../integration/change-feed.js';
import type { Actor } from '../../shared/actor.js';
import { apiError, BusinessError, conflict, missing } from '../../shared/errors.js';
import { toCents } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { fieldLabel } from '../../shared/field-labels.js';
import { InputCheck, pageOffset } from '../../shared/validate.js';
import { audit, changedFields } from '../audit/audit.js';
import { User } from '../auth/auth.entities.js';
import { issuePersonalLink, revokePersonalLinks, spendPersonalLinks } from '../auth/personal-links.js';
import { ChecklistItem, Contract } from '../contracts/contract.entities.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail, REDACTED_LINK } from '../mail/outbox.js';
import { allConfirmedMail, confirmationRequestMail, contractLinkResentMail, errorReportedMail, ficheSubmittedMail, missionRejectedMail, missionReturnedMail, missionValidatedMail } from '../mail/templates.js';
import { CompanyTutor, HrContact, Organisation, Student } from '../people/people.entities.js';
import { findingCodesColumn, missionFindings, offerToClose, publishedOffers } from './mission-rules.js';
import { handLivretsToNewContract } from '../livret/livret-new-contract.js';
import { Mission, MissionConfirmation } from './mission.entities.js';
import { CURSOR, missionListRows, type ListedMission, type MissionListProjection } from './mission-list.query.js';
import { readMissionCursor, type MissionSort } from './mission-cursor.js';

export type { MissionSort } from './mission-cursor.js';

export const CONTRACT_TYPES = ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'] as const;
export const MAX_PAGE = 100;
const LINK_VALIDITY_DAYS = 14;
const POPULATE = ['student', 'organisation', 'workOrganisation', 'tutor1', 'tutor2', 'hrContact'] as const;

export interface MissionFilterInput {
  state?: string | null;
  cohort?: string | null;
  contractType?: string | null;
  findingCode?: string | null;
  search?: string | null;
  toHandle?: boolean | null;
}

/** The states in which a mission waits for this actor's role: the "À traiter" list (issue 9 §5). */
function statesToHandle(actor: Actor): string[] {
  if (['MANAGER', 'SECRETARIAT', 'DIRECTION'].includes(actor.role)) return statesAwaiting('MANAGER');
  if (actor.role === 'STUDENT') return statesAwaiting('STUDENT');
  if (actor.role === 'COMPANY_TUTOR' || actor.role === 'HR_CONTACT') return statesAwaiting('COMPANY_CONTACT');
  return [];
}

/** Calendar days the mission has waited in its state, to the server's today (null once final). */
export function waitingDays(mission: Mission, today: string): number | null {
  const since = mission.stateSince ?? mission.updatedAt;
  if (!since || mission.state === 'VALIDATED' || mission.state === 'REJECTED') return null;
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since.toISOString().slice(0, 10)}T00:00:00Z`)) / 86_400_000));
}

export interface OrganisationInput {
  name: string;
  siret: string;
  opco?: string | null;
  address?: string | null;
}
export interface PersonInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  jobTitle?: string | null;
}
export interface MissionInput {
  contractType?: string | null;
  group?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  monthlyGrossPay?: number | null;
  hoursPerDay?: number | null;
  cproReason?: string | null;
  stageAltApproved?: boolean | null;
  smcMonthly?: number | null;
  previousRatePercent?: number | null;
  higherEducationDiploma?: boolean | null;
  disabilityExtraYear?: boolean | null;
  title?: string | null;
  context?: string | null;
  objectives?: string | null;
  deliverables?: string | null;
  offerReference?: string | null;
  organisation?: OrganisationInput | null;
  workOrganisation?: OrganisationInput | null;
  tutor1?: PersonInput | null;
  tutor2?: PersonInput | null;
  hrContact?: PersonInput | null;
}

export interface MissionResult {
  mission: Mission;
  findings: Finding[];
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return 50;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw apiError('BAD_USER_INPUT', `first : entre 0 et ${MAX_PAGE}.`, 'first');
  return first;
}

function missionWhere(actor: Actor, filter: MissionFilterInput | null | undefined): FilterQuery<Mission> {
  const where: FilterQuery<Mission>[] = [missionScope(actor)];
  if (filter?.state) where.push({ state: filter.state as Mission['state'] });
  if (filter?.cohort) where.push({ cohort: filter.cohort });
  if (filter?.contractType) where.push({ contractType: filter.contractType });
  if (filter?.toHandle) {
    const states = statesToHandle(actor);
    where.push(states.length ? { state: { $in: states as Mission['state'][] } } : { id: { $in: [] } });
  }
  if (filter?.findingCode) where.push({ findingCodes: { $like: `%,${filter.findingCode.replace(/[^A-Za-z0-9_]/g, '')},%` } });
  if (filter?.search?.trim()) {
    const like = `%${filter.search.trim().replace(/[%_]/g, '')}%`;
    where.push({ $or: [{ student: { lastName: { $like: like } } }, { student: { firstName: { $like: like } } }, { organisation: { name: { $like: like } } }] });
  }
  return { $and: where };
}

/** A page of missions; with a projection (mission-list.query.ts), as plain objects holding the fields the page shows. */
export async function listMissions(
  ctx: ServiceContext,
  filter: MissionFilterInput | null | undefined,
  first?: number | null,
  offset?: number | null,
  sort?: MissionSort | null,
  projection?: MissionListProjection | null,
  after?: string | null,
): Promise<ListedMission[]> {
  const actor = authorize(ctx.actor, 'missions:read');
  const order = sort ?? 'RECENT';
  const position = after == null ? null : readMissionCursor(after, order);
  const em = ctx.em as SqlEntityManager;
  const rows = await missionListRows(em, projection ?? { m: [], s: ['lastName'] }, missionWhere(actor, filter), order, pageSize(first), pageOffset(offset), position);
  if (projection) return rows;
  // A selection the read model does not know: the page's missions as entities, in its order.
  const missions = new Map((await ctx.em.find(Mission, { id: { $in: rows.map((r) => r.id) } }, { populate: POPULATE })).map((m) => [m.id, m]));
  return rows.flatMap((r) => {
    const mission = missions.get(r.id) as ListedMission | undefined;
    if (mission) Object.defineProperty(mission, CURSOR, { value: r[CURSOR], configurable: true, enumerable: false });
    return mission ? [mission] : [];
  });
}

export async function countMissions(ctx: ServiceContext, filter: MissionFilterInput | null | undefined): Promise<number> {
  const actor = authorize(ctx.actor, 'missions:read');
  return ctx.em.count(Mission, missionWhere(actor, filter));
}

/** The mission if the actor may see it, else null (a mission out of scope does not exist for them). */
export async function findMission(ctx: ServiceContext, id: string): Promise<Mission | null> {
  const actor = authorize(ctx.actor, 'missions:read');
  return ctx.em.findOne(Mission, { $and: [{ id }, missionScope(actor)] }, { populate: POPULATE });
}

async function missionForUpdate(ctx: ServiceContext, id: string, version: number | null): Promise<Mission> {
  const mission = await findMission(ctx, id);
  if (!mission) throw missing('Mission', id);
  if (version !== null && mission.version !== version) throw conflict('Cette mission', 'modifiée');
  return mission;
}

function transition(mission: Mission, action: MissionAction, now: Date): void {
  const result = missionTransition(mission.state, action);
  if (!result.ok) throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: result.error.message }]);
  mission.state = result.state;
  mission.stateSince = now;
}

function storeFindings(mission: Mission, findings: Finding[]): void {
  mission.findings = findings;
  mission.findingCodes = findingCodesColumn(findings);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const personName = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;

/** The OPA of that SIRET, created on first use; its OPCO and address updated when given. */
export async function upsertOrganisation(ctx: ServiceContext, input: OrganisationInput, check: InputCheck, field: string): Promise<Organisation | null> {
  const siret = check.siret(`${field}.siret`, input.siret);
  const name = check.text(`${field}.name`, input.name, 200, { required: true });
  const opco = check.text(`${field}.opco`, input.opco, 100);
  const address = check.text(`${field}.address`, input.address, 300);
  if (siret === null || name === null || check.errors.length) return null;
  let organisation = await ctx.em.findOne(Organisation, { siret });
  if (!organisation) {
    organisation = new Organisation();
    organisation.siret = siret;
    organisation.name = name;
    ctx.em.persist(organisation);
  }
  if (opco !== null) organisation.opco = opco;
  if (address !== null) organisation.address = address;
  return organisation;
}

async function upsertPerson<T extends CompanyTutor | HrContact>(
  ctx: ServiceContext,
  type: new () => T,
  input: PersonInput,
  organisation: Organisation | null,
  check: InputCheck,
  field: string,
): Promise<T | null> {
  const firstName = check.text(`${field}.firstName`, input.firstName, 100, { required: true });
  const lastName = check.text(`${field}.lastName`, input.lastName, 100, { required: true });
  const email = check.email(`${field}.email`, input.email, { required: true });
  const phone = check.text(`${field}.phone`, input.phone, 40);
  // The person belongs to an OPA: the fiche names it first (raison sociale and SIRET).
  if (!organisation) check.fail(field, `${capitalise(fieldLabel(field))} : renseignez d’abord l’OPA qui l’emploie (raison sociale et SIRET).`);
  if (firstName === null || lastName === null || email === null || !organisation || check.errors.length) return null;
  let person = (await ctx.em.findOne(type, { email, organisation } as FilterQuery<T>)) as T | null;
  if (!person) {
    person = new type();
    person.email = email;
    person.organisation = organisation;
    ctx.em.persist(person);
  }
  person.firstName = firstName;
  person.lastName = lastName;
  if (phone !== null) person.phone = phone;
  if (person instanceof CompanyTutor) {
    const jobTitle = check.text(`${field}.jobTitle`, input.jobTitle, 150);
    if (jobTitle !== null) person.jobTitle = jobTitle;
  }
  return person;
}

/** Student: creates their draft or updates it (also a fiche returned to them). */
/** A student saved a new fiche while another one is still open (issue 10, item 11). */
export const openMissionExists = (): BusinessError =>
  new BusinessError([{ code: 'OPEN_MISSION_EXISTS', field: 'id', message: 'Vous avez déjà une demande de validation en cours : modifiez-la (avec son id) au lieu d’en créer une autre.' }]);

export async function saveMissionDraft(ctx: ServiceContext, id: string | null, version: number | null, input: MissionInput): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:draft');
  return unitOfWork(ctx, async () => {
    let mission: Mission;
    if (id) {
      if (version === null) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'version', message: 'version : obligatoire pour modifier une mission existante.' }]);
      mission = await missionForUpdate(ctx, id, version);
      if (mission.state !== 'DRAFT' && mission.state !== 'RETURNED') {
        throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: `Une mission à l’état ${mission.state} ne se modifie plus.` }]);
      }
    } else {
      const student = actor.studentId ? await ctx.em.findOne(Student, actor.studentId) : null;
      if (!student) throw new BusinessError([{ code: 'NOT_FOUND', field: 'student', message: 'Aucun dossier étudiant n’est lié à ce compte.' }]);
      // One open mission per student (the database's unique openFor column guarantees it under concurrency too).
      if (await ctx.em.count(Mission, { student, openFor: { $ne: null } })) throw openMissionExists();
      mission = new Mission();
      mission.stateSince = ctx.clock.now();
      mission.student = student;
      mission.cohort = student.cohort;
      mission.group = student.group;
      mission.contractType = input.contractType ?? 'CAPP';
      ctx.em.persist(mission);
    }
    const before = { ...mission } as unknown as Record<string, unknown>;
    followStudentCohort(mission);
    const check = new InputCheck();
    const contractType = check.oneOf('contractType', input.contractType, CONTRACT_TYPES);
    if (contractType) mission.contractType = contractType;
    if (input.group !== undefined) mission.group = check.text('group', input.group, 40);
    if (input.startDate !== undefined) mission.startDate = check.date('startDate', input.startDate);
    if (input.endDate !== undefined) mission.endDate = check.date('endDate', input.endDate);
    // DFC before DDC is a typo, whichever of the two this save changed.
    check.dateOrder('startDate', mission.startDate, 'endDate', mission.endDate);
    if (input.monthlyGrossPay !== undefined) mission.monthlyGrossPayCents = toCents(check.number('monthlyGrossPay', input.monthlyGrossPay, 0, 100_000));
    if (input.hoursPerDay !== undefined) mission.hoursPerDay = check.number('hoursPerDay', input.hoursPerDay, 0, 12);
    if (input.cproReason !== undefined) mission.cproReason = check.text('cproReason', input.cproReason, 40);
    if (input.smcMonthly !== undefined) mission.smcMonthlyCents = toCents(check.number('smcMonthly', input.smcMonthly, 0, 100_000));
    if (input.previousRatePercent !== undefined) mission.previousRatePercent = check.number('previousRatePercent', input.previousRatePercent, 0, 200);
    // §4.2.1, note 27: facts of the apprentice the fiche declares, like the previous rate (null: not given, false).
    if (input.higherEducationDiploma !== undefined) mission.higherEducationDiploma = input.higherEducationDiploma === true;
    if (input.disabilityExtraYear !== undefined) mission.disabilityExtraYear = input.disabilityExtraYear === true;
    if (input.title !== undefined) mission.title = check.text('title', input.title, 300) ?? '';
    if (input.context !== undefined) mission.context = check.text('context', input.context, 10_000) ?? '';
    if (input.objectives !== undefined) mission.objectives = check.text('objectives', input.objectives, 10_000) ?? '';
    if (input.deliverables !== undefined) mission.deliverables = check.text('deliverables', input.deliverables, 10_000) ?? '';
    if (input.offerReference !== undefined) mission.offerReference = check.text('offerReference', input.offerReference, 60);
    if (input.organisation) mission.organisation = await upsertOrganisation(ctx, input.organisation, check, 'organisation');
    if (input.workOrganisation !== undefined) mission.workOrganisation = input.workOrganisation ? await upsertOrganisation(ctx, input.workOrganisation, check, 'workOrganisation') : null;
    // §3.1: the second OPA is the one « au sein duquel l'alternant travaille effectivement », not the signing one again.
    if (mission.workOrganisation && mission.organisation && mission.workOrganisation.siret === mission.organisation.siret) {
      check.fail('workOrganisation.siret', `SIRET (lieu de travail) : ${mission.workOrganisation.siret} est celui de l’OPA signataire ; ne renseignez le lieu de travail que s’il s’agit d’un autre organisme.`);
    }
    if (input.tutor1) mission.tutor1 = await upsertPerson(ctx, CompanyTutor, input.tutor1, mission.organisation, check, 'tutor1');
    if (input.tutor2 !== undefined) {
      mission.tutor2 = input.tutor2 ? await upsertPerson(ctx, CompanyTutor, input.tutor2, mission.workOrganisation ?? mission.organisation, check, 'tutor2') : null;
    }
    if (input.hrContact) mission.hrContact = await upsertPerson(ctx, HrContact, input.hrContact, mission.organisation, check, 'hrContact');
    // §2.1.2: a work-study internship is "à valider en amont auprès du responsable de l'alternance";
    // that approval is the manager's (approveStageAlt), never the student's own tick.
    if (input.stageAltApproved !== undefined && input.stageAltApproved !== null && input.stageAltApproved !== (mission.stageAltApproved ?? false)) {
      check.fail('stageAltApproved', 'stageAltApproved : seul le responsable de l’alternance approuve un stage en alternance.');
    }
    check.done();
    const fields = changedFields(before, { ...mission } as unknown as Record<string, unknown>).filter((f) => !['findings', 'findingCodes', 'confirmations'].includes(f));
    await ctx.em.flush();
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: id ? 'SAVE_DRAFT' : 'CREATE', fields }, ctx.clock.now());
    return { mission, findings: mission.findings };
  });
}

/**
 * A fiche still the student's to send (a draft, a fiche returned for corrections) is for the
 * training their record says they follow — « la formation suivie pour l'alternance » whose DDF,
 * DFF and campaign its rules read (§3.3.1, §3.3.2, Tableau 5): when the office moves the student
 * (a Master 2025/2027 student without a contract for the M2 goes on to the M2 2026/2027, §2.1.2
 * « vous devrez suivre le M2 MIAGE avec un nouveau contrat d'alternance »), the fiche follows, and
 * the group copied from the record with it (L3I's own CLASSIC/ALTERNANCE choice stays). Returns the
 * cohort it left, null when unchanged.
 */
function followStudentCohort(mission: Mission): string | null {
  const cohort = mission.student.cohort;
  if (mission.state !== 'DRAFT' && mission.state !== 'RETURNED') return null;
  if (!cohort || mission.cohort === cohort) return null;
  const left = mission.cohort;
  mission.cohort = cohort;
  if (mission.group !== 'CLASSIC' && mission.group !== 'ALTERNANCE') mission.group = mission.student.group;
  return left;
}

/** Rules that refuse the request itself (§3.3, §3.3.1): the other errors are the manager's to weigh. */
const REFUSE_REQUEST = new Set(['ALREADY_VALIDATED', 'OUTSIDE_CAMPAIGN']);

/** Student: submits the fiche; every rule runs, findings are stored and returned (errors don't block, except REFUSE_REQUEST's: the manager decides). */
export async function submitMission(ctx: ServiceContext, id: string, version: number): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:draft');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    // §3.3.3: a fiche returned for corrections is the same request — sent again, it keeps the day it
    // was asked for (in the campaign, §3.3.1, and counted for the 10 jours ouvrables, §3.3).
    const resent = mission.state === 'RETURNED' && mission.requestDate !== null;
    const movedFrom = followStudentCohort(mission);
    transition(mission, 'SUBMIT', ctx.clock.now());
    const check = new InputCheck();
    check.require('contractType', Boolean(mission.contractType), 'type de contrat');
    if (mission.contractType !== 'SANS') {
      check.require('startDate', mission.startDate !== null, 'DDC');
      check.require('endDate', mission.endDate !== null, 'DFC');
      check.require('organisation', mission.organisation !== null, 'OPA');
      check.require('tutor1', mission.tutor1 !== null, 'tuteur entreprise');
      check.require('hrContact', mission.hrContact !== null, 'contact RH');
      // §3.1: the second OPA is tutor 2's (« dont fait partie le tuteur professionnel n°2 »).
      if (mission.workOrganisation) check.require('tutor2', mission.tutor2 !== null, 'second tuteur, de l’organisme où vous travaillez (ou videz ce lieu de travail)');
      check.require('title', mission.title !== '', 'intitulé de la mission');
      // §3.3.2: the fiche « collecte également les informations sur la mission elle-même (cadre, objectifs,
      // livrables, …) qui ont, elles, un but pédagogique » — what the manager validates (§3.3), and what
      // note 1 reads against the track: a fiche without them cannot be judged (§3.3.3 « renseignements obligatoires »).
      check.require('context', mission.context.trim() !== '', 'cadre de la mission (contexte)');
      check.require('objectives', mission.objectives.trim() !== '', 'objectifs de la mission');
      check.require('deliverables', mission.deliverables.trim() !== '', 'livrables de la mission');
    }
    check.done();
    if (!resent) mission.requestDate = ctx.clock.today();
    mission.returnComment = null;
    const findings = await missionFindings(ctx.em, mission, await ctx.referenceData(), {}, ctx.clock.today());
    // The request itself is refused, and nothing is written, where the guide says it cannot be made:
    // §3.3 « Attention », a student with a validated mission « ne pourra PAS demander la validation d'une
    // autre mission » (until a rupture, §5); §3.3.1, « Il n'est possible de demander à faire valider une
    // mission que durant une période déterminée » — before the campaign opens or after it closes.
    const refused = findings.find((f) => REFUSE_REQUEST.has(f.code));
    if (refused) throw new BusinessError([{ code: refused.code, message: refused.message, field: refused.field ?? (refused as { subject?: string }).subject ?? null }], findings);
    storeFindings(mission, findings);
    const now = ctx.clock.now();
    for (const to of await managerEmails(ctx)) {
      const content = ficheSubmittedMail({ studentName: personName(mission.student), findings: findings.map((f) => f.message), link: `${ctx.publicUrl}/missions/${mission.id}` });
      enqueueMail(ctx.em, to, 'FICHE_SUBMITTED', content, mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'SUBMIT', fields: movedFrom ? ['state', 'requestDate', 'cohort'] : ['state', 'requestDate'] }, now);
    return { mission, findings };
  });
}

export async function returnMission(ctx: ServiceContext, id: string, version: number, comment: string): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:manage');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    const check = new InputCheck();
    const text = check.text('comment', comment, 5_000, { required: true });
    check.done();
    transition(mission, 'RETURN', ctx.clock.now());
    mission.returnComment = text;
    // The student corrects their fiche on « Ma fiche », the one screen with the form (§3.3.3): the
    // mission's own page is the office's, read-only for them.
    enqueueMail(ctx.em, mission.student.email, 'MISSION_RETURNED', missionReturnedMail({ studentName: personName(mission.student), comment: text ?? '', link: `${ctx.publicUrl}/ma-fiche` }), mission.id, ctx.clock.now());
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'RETURN', fields: ['state', 'returnComment'], comment: text }, ctx.clock.now());
    return { mission, findings: mission.findings };
  });
}

interface Party {
  party: ConfirmingParty;
  subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT';
  person: CompanyTutor | HrContact;
  roleLabel: string;
}

function partiesOf(mission: Mission): Party[] {
  const parties: Party[] = [];
  if (mission.tutor1) parties.push({ party: 'COMPANY_TUTOR_1', subjectType: 'COMPANY_TUTOR', person: mission.tutor1, roleLabel: 'tuteur(trice) entreprise' });
  if (mission.tutor2 && mission.tutor2.id !== mission.tutor1?.id) {
    parties.push({ party: 'COMPANY_TUTOR_2', subjectType: 'COMPANY_TUTOR', person: mission.tutor2, roleLabel: 'second(e) tuteur(trice) entreprise' });
  }
  if (mission.hrContact) parties.push({ party: 'HR_CONTACT', subjectType: 'HR_CONTACT', person: mission.hrContact, roleLabel: 'contact RH' });
  return parties;
}

/** When the next reminder of an unanswered request is due: N jours ouvrables later (reference data), same time of day. */
export function reminderDueAt(today: string, now: Date, remindersSent: number, data: ReferenceData): Date | null {
  const day = confirmationReminderDay({ sentOn: today, remindersSent }, { whitMondayHoliday: data.settings.whitMondayHoliday }, data.settings.workflow ?? {});
  if (day === null) return null;
  return new Date(now.getTime() + (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)));
}

export type ConfirmationMailTemplate = 'CONFIRMATION_REQUEST' | 'CONFIRMATION_RESENT' | 'CONFIRMATION_REMINDER';

/**
 * A fresh personal link for one party, mailed: the stored mail holds the link redacted and
 * the token only until delivery (security.md). Expires after LINK_VALIDITY_DAYS.
 */
export function sendConfirmationLink(ctx: Pick<ServiceContext, 'em' | 'publicUrl'>, mission: Mission, p: Pick<Party, 'subjectType' | 'person' | 'roleLabel'>, template: ConfirmationMailTemplate, now: Date, contacts: string): void {
  const expires = new Date(now.getTime() + LINK_VALIDITY_DAYS * 86_400_000);
  const token = issuePersonalLink(ctx.em, { purpose: 'MISSION_CONFIRMATION', subjectType: p.subjectType, subjectId: p.person.id, missionId: mission.id, expiresAt: expires });
  const content = confirmationRequestMail({
    recipientName: personName(p.person),
    studentName: personName(mission.student),
    roleLabel: p.roleLabel,
    link: `${ctx.publicUrl}${REDACTED_LINK}`,
    expiresOn: formatDateFr(expires.toISOString().slice(0, 10)),
    kind: template === 'CONFIRMATION_REQUEST' ? 'REQUEST' : template === 'CONFIRMATION_RESENT' ? 'RESENT' : 'REMINDER',
  });
  enqueueMail(ctx.em, p.person.email, template, withContacts(content, contacts), mission.id, now, token);
}

export function partyOf(mission: Mission, party: ConfirmingParty): Party | undefined {
  return partiesOf(mission).find((p) => p.party === party);
}

/**
 * Office: a company contact lost or never got their link: a fresh one is mailed and the
 * ones still open for that mission are revoked. While their answer is awaited, the link to
 * confirm the fiche; once the mission is validated, the link to read its contract.
 */
export async function resendConfirmationLink(ctx: ServiceContext, id: string, version: number, party: ConfirmingParty): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'links:resend');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    if (mission.state === 'VALIDATED') return resendContractLink(ctx, actor, mission, party);
    if (mission.state !== 'CONFIRMATION_REQUESTED') {
      throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'Cette mission n’attend pas de confirmation : aucun lien à renvoyer.' }]);
    }
    await ctx.em.populate(mission, ['confirmations']);
    const p = partyOf(mission, party);
    const confirmation = mission.confirmations.getItems().find((c) => c.party === party);
    if (!p || !confirmation) throw new BusinessError([{ code: 'NOT_FOUND', field: 'party', message: 'Aucune confirmation n’est demandée à cette personne pour cette mission.' }]);
    if (confirmation.confirmedAt || confirmation.errorReportedAt) {
      throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'party', message: `${personName(p.person)} a déjà répondu : aucun lien à renvoyer.` }]);
    }
    const now = ctx.clock.now();
    await revokePersonalLinks(ctx.em, { purpose: 'MISSION_CONFIRMATION', subjectType: p.subjectType, subjectId: p.person.id, missionId: mission.id }, now);
    sendConfirmationLink(ctx, mission, p, 'CONFIRMATION_RESENT', now, await companyContactsBlock(ctx.em, await ctx.referenceData(), mission.student, mission.contractType));
    confirmation.reminderDueAt = reminderDueAt(ctx.clock.today(), now, confirmation.remindersSent, await ctx.referenceData());
    // The mission's version moves: another office user on a stale page is told (CONFLICT).
    mission.updatedAt = now;
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'RESEND_LINK', fields: [party], comment: p.person.email }, now);
    return { mission, findings: mission.findings };
  });
}

/**
 * A company contact of a validated mission (tutor 1 or 2 as they are now, HR contact) lost the
 * mail with their link to the contract, or it expired: a fresh CONTRACT_VIEW link, the previous
 * ones revoked. No contract (SANS), nothing to read.
 */
async function resendContractLink(ctx: ServiceContext, actor: Actor, mission: Mission, party: ConfirmingParty): Promise<MissionResult> {
  const contract = await ctx.em.findOne(Contract, { mission: mission.id });
  if (!contract) throw new BusinessError([{ code: 'NOT_FOUND', field: 'party', message: 'Cette mission n’a pas de contrat : aucun lien à renvoyer.' }]);
  const p = partyOf(mission, party);
  if (!p) throw new BusinessError([{ code: 'NOT_FOUND', field: 'party', message: 'Personne de ce rôle pour cette mission : aucun lien à renvoyer.' }]);
  const now = ctx.clock.now();
  await revokePersonalLinks(ctx.em, { purpose: 'CONTRACT_VIEW', subjectType: p.subjectType, subjectId: p.person.id, missionId: mission.id }, now);
  const expiresAt = new Date(now.getTime() + LINK_VALIDITY_DAYS * 86_400_000);
  const token = issuePersonalLink(ctx.em, { purpose: 'CONTRACT_VIEW', subjectType: p.subjectType, subjectId: p.person.id, missionId: mission.id, expiresAt });
  const content = contractLinkResentMail({ recipientName: personName(p.person), studentName: personName(mission.student), roleLabel: p.roleLabel, withPay: companyContactMayRead(p.subjectType, 'PAY'), link: `${ctx.publicUrl}${REDACTED_LINK}`, expiresOn: formatDateFr(expiresAt.toISOString().slice(0, 10)) });
  const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), mission.student, mission.contractType);
  enqueueMail(ctx.em, p.person.email, 'CONTRACT_LINK_RESENT', withContacts(content, contacts), mission.id, now, token);
  mission.updatedAt = now;
  audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'RESEND_LINK', fields: [party, 'contract'], comment: p.person.email }, now);
  return { mission, findings: mission.findings };
}

/** Manager (§2.1.2): approves — or withdraws the approval of — a work-study internship beforehand. */
export async function approveStageAlt(ctx: ServiceContext, id: string, version: number, approved: boolean): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:manage');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    if (mission.state === 'VALIDATED' || mission.state === 'REJECTED') {
      throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'stageAltApproved', message: 'Mission close : l’approbation ne se modifie plus.' }]);
    }
    mission.stageAltApproved = approved;
    if (mission.state !== 'DRAFT') storeFindings(mission, await missionFindings(ctx.em, mission, await ctx.referenceData(), {}, ctx.clock.today()));
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: approved ? 'APPROVE_STAGEALT' : 'WITHDRAW_STAGEALT', fields: ['stageAltApproved'] }, ctx.clock.now());
    return { mission, findings: mission.findings };
  });
}

/**
 * Manager (§2.1.2): « vous devrez suivre le M2 MIAGE avec un nouveau contrat d'alternance (sauf
 * exceptions dérogatoires) », a classic status « ce ne sera pas possible pour le M2, sauf
 * dérogations exceptionnelles ». Records the derogation with its reason, the manager's name and
 * the day (audited with the reason), or withdraws it (null); the findings are recomputed:
 * PROGRAM_CONTRACT_NOT_ALLOWED becomes the warning PROGRAM_CONTRACT_DEROGATION (`applyDerogation`).
 */
export async function grantDerogation(ctx: ServiceContext, id: string, version: number, reason: string | null): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:manage');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    if (mission.state === 'VALIDATED' || mission.state === 'REJECTED') {
      throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'Mission close : la dérogation ne se modifie plus.' }]);
    }
    const data = await ctx.referenceData();
    const check = new InputCheck();
    const text = reason === null ? null : check.text('reason', reason, 1000, { required: true });
    if (reason !== null && !derogationPossible({ cohort: mission.cohort, contractType: mission.contractType }, data)) {
      check.fail('contractType', `Aucune dérogation n’est prévue pour ${mission.contractType} en ${mission.cohort} : seul le M2, obligatoirement en alternance, admet par dérogation exceptionnelle un stage classique ou une année sans contrat (§2.1.2).`);
    }
    check.done();
    mission.derogationReason = text;
    mission.derogationBy = text === null ? null : actor.label;
    mission.derogationOn = text === null ? null : ctx.clock.today();
    if (mission.state !== 'DRAFT') storeFindings(mission, await missionFindings(ctx.em, mission, data, {}, ctx.clock.today()));
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: text === null ? 'WITHDRAW_DEROGATION' : 'GRANT_DEROGATION', fields: ['derogationReason', 'derogationBy', 'derogationOn'], comment: text }, ctx.clock.now());
    return { mission, findings: mission.findings };
  });
}

/** Manager: one confirmation request per company tutor and HR contact, each with a personal link (reminded automatically). */
export async function requestMissionConfirmations(ctx: ServiceContext, id: string, version: number): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:manage');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    transition(mission, 'REQUEST_CONFIRMATION', ctx.clock.now());
    const parties = partiesOf(mission);
    // A SANS fiche names no OPA, tutor nor HR contact (§2.1.1, Tableau 3: « sans contrat ni convention »):
    // « dès que tout le monde a confirmé » (§3.3.3) holds at once, and the manager can validate it.
    if (!parties.length && mission.contractType === 'SANS') {
      transition(mission, 'COMPLETE_CONFIRMATION', ctx.clock.now());
      audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'REQUEST_CONFIRMATION', fields: ['state'], comment: 'SANS : aucune partie à confirmer' }, ctx.clock.now());
      return { mission, findings: mission.findings };
    }
    if (!parties.length) throw new BusinessError([{ code: 'MISSING_VALUE', field: 'tutor1', message: 'Aucun tuteur ni contact RH à qui demander la confirmation.' }]);
    await ctx.em.populate(mission, ['confirmations']);
    for (const old of mission.confirmations.getItems()) ctx.em.remove(old);
    const now = ctx.clock.now();
    const data = await ctx.referenceData();
    const contacts = await companyContactsBlock(ctx.em, data, mission.student, mission.contractType);
    for (const p of parties) {
      // Links of an earlier request (before an error report) stop working: this one replaces them.
      await revokePersonalLinks(ctx.em, { purpose: 'MISSION_CONFIRMATION', subjectType: p.subjectType, subjectId: p.person.id, missionId: mission.id }, now);
      const confirmation = new MissionConfirmation();
      confirmation.mission = mission;
      confirmation.party = p.party;
      confirmation.subjectType = p.subjectType;
      confirmation.subjectId = p.person.id;
      confirmation.email = p.person.email;
      confirmation.requestedAt = now;
      confirmation.reminderDueAt = reminderDueAt(ctx.clock.today(), now, 0, data);
      ctx.em.persist(confirmation);
      sendConfirmationLink(ctx, mission, p, 'CONFIRMATION_REQUEST', now, contacts);
    }
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'REQUEST_CONFIRMATION', fields: ['state'], comment: parties.map((p) => p.party).join(', ') }, now);
    return { mission, findings: mission.findings };
  });
}

async function managerEmails(ctx: ServiceContext): Promise<string[]> {
  return (await ctx.em.find(User, { role: 'MANAGER', active: true }, { fields: ['email'] })).map((u) => u.email);
}

async function answer(ctx: ServiceContext, id: string, reply: { comment: string } | null): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:confirm');
  // A personal-link session answers only for the mission and purpose of its link (security.md).
  if (actor.missionId !== id || actor.linkPurpose !== 'MISSION_CONFIRMATION') {
    throw new BusinessError([{ code: 'FORBIDDEN', field: 'id', message: 'Votre lien personnel ne permet pas de répondre pour cette mission.' }]);
  }
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, null);
    if (mission.state !== 'CONFIRMATION_REQUESTED') {
      throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: `Cette mission n’attend pas de confirmation (état ${mission.state}).` }]);
    }
    await ctx.em.populate(mission, ['confirmations']);
    const mine = mission.confirmations.getItems().filter((c) => c.subjectId === actor.id && c.subjectType === actor.kind);
    if (!mine.length) throw new BusinessError([{ code: 'FORBIDDEN', field: 'id', message: 'Aucune confirmation ne vous est demandée pour cette mission.' }]);
    const now = ctx.clock.now();
    const link = `${ctx.publicUrl}/missions/${mission.id}`;
    // The answer is the link's purpose: its links are spent, and no reminder follows.
    await spendPersonalLinks(ctx.em, { purpose: 'MISSION_CONFIRMATION', subjectType: actor.kind as 'COMPANY_TUTOR' | 'HR_CONTACT', subjectId: actor.id, missionId: mission.id }, now);
    for (const c of mine) c.reminderDueAt = null;
    if (reply) {
      const check = new InputCheck();
      const comment = check.text('comment', reply.comment, 5_000, { required: true });
      check.done();
      for (const c of mine) {
        c.errorComment = comment;
        c.errorReportedAt = now;
        c.confirmedAt = null;
      }
      transition(mission, 'REPORT_ERROR', ctx.clock.now());
      for (const to of await managerEmails(ctx)) {
        enqueueMail(ctx.em, to, 'ERROR_REPORTED', errorReportedMail({ studentName: personName(mission.student), reporter: actor.label, comment: comment ?? '', link }), mission.id, now);
      }
      audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'REPORT_ERROR', fields: ['state'], comment }, now);
    } else {
      for (const c of mine) c.confirmedAt ??= now;
      audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'CONFIRM', fields: mine.map((c) => c.party) }, now);
      const all = mission.confirmations.getItems().map((c) => ({ party: c.party, confirmedOn: c.confirmedAt ? c.confirmedAt.toISOString().slice(0, 10) : null }));
      if (allPartiesConfirmed(all)) {
        transition(mission, 'COMPLETE_CONFIRMATION', ctx.clock.now());
        for (const to of await managerEmails(ctx)) {
          enqueueMail(ctx.em, to, 'ALL_CONFIRMED', allConfirmedMail({ studentName: personName(mission.student), link }), mission.id, now);
        }
      }
    }
    return { mission, findings: mission.findings };
  });
}

export const confirmMission = (ctx: ServiceContext, id: string): Promise<MissionResult> => answer(ctx, id, null);
export const reportMissionError = (ctx: ServiceContext, id: string, comment: string): Promise<MissionResult> => answer(ctx, id, { comment });

const CONTRACT_LABELS: Record<string, string> = {
  CAPP: 'contrat d’apprentissage',
  CPRO: 'contrat de professionnalisation',
  CSTAGEALT: 'stage en alternance',
  CSTAGE: 'stage',
  SANS: 'sans contrat',
};

/**
 * Manager, once everyone confirmed: every rule runs again with today as the validation
 * date; any error (ALREADY_VALIDATED, OFFER_REFERENCE_REQUIRED, the campaign window, the
 * validation lag…) refuses the validation and nothing is written; so does a warning such
 * as VALIDATION_LEAD_TIME unless the manager accepts the warnings (recorded in the audit). Otherwise the mission is
 * validated, the matching offer closes, the contract and its checklist are created, and
 * every party is notified.
 */
export async function validateMission(ctx: ServiceContext, id: string, version: number, acceptWarnings = false): Promise<MissionResult & { contract: Contract | null }> {
  const actor = authorize(ctx.actor, 'missions:manage');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    transition(mission, 'VALIDATE', ctx.clock.now());
    const today = ctx.clock.today();
    const data = await ctx.referenceData();
    // §5: a contract replacing a broken one keeps that one's last day, which its own rules read from now on.
    const broken = await brokenContractBefore(ctx.em, mission);
    mission.afterRuptureLastDay = replacementLastDay(mission, broken) ?? null;
    const findings = await missionFindings(ctx.em, mission, data, { validationDate: today }, today, broken);
    // Errors always refuse; warnings refuse until the manager accepts them knowingly.
    const errors = findings.filter((f) => f.severity === 'error' || (f.severity === 'warning' && !acceptWarnings));
    if (errors.length) {
      throw new BusinessError(
        errors.map((f) => ({ code: f.code, message: f.message, field: f.field ?? (f as { subject?: string }).subject ?? null })),
        findings,
      );
    }
    const now = ctx.clock.now();
    mission.validationDate = today;
    storeFindings(mission, findings);
    // §3.2: the offer the fiche names is withdrawn — matched by its OPA, or published without one.
    const offer = mission.offerReference?.trim() ? offerToClose(mission, await publishedOffers(ctx.em)) : null;
    if (offer) {
      offer.state = 'CLOSED';
      offer.closedAt = now;
      mission.offer = offer;
      audit(ctx.em, actor, { entityType: 'Offer', entityId: offer.id, action: 'CLOSE', fields: ['state'], comment: `Mission validée ${mission.id}` }, now);
    }
    let contract: Contract | null = null;
    const checklistLabels: { code: string; text: string }[] = [];
    if (mission.contractType !== 'SANS' && mission.startDate && mission.endDate) {
      contract = new Contract();
      contract.mission = mission;
      contract.student = mission.student;
      contract.contractType = mission.contractType;
      contract.startDate = mission.startDate;
      contract.endDate = mission.endDate;
      contract.monthlyGrossPayCents = mission.monthlyGrossPayCents;
      contract.hoursPerDay = mission.hoursPerDay;
      ctx.em.persist(contract);
      const items = contractChecklist(
        { contractType: mission.contractType as 'CAPP', foreign: mission.student.foreign, status: mission.student.status, validationDate: today, startDate: mission.startDate },
        { referenceData: data, asSoonAsValidatedJoursOuvrables: data.settings.workflow?.asSoonAsValidatedJoursOuvrables },
      );
      for (const template of items) {
        const item = new ChecklistItem();
        item.contract = contract;
        item.code = template.code;
        item.label = template.label;
        item.labelEn = template.labelEn;
        item.responsible = template.responsible;
        item.dueDate = template.dueDate;
        item.sansDelai = template.sansDelai;
        item.mandatory = template.mandatory;
        item.originals = template.originals ?? null;
        item.ref = template.ref;
        // An APT the office recorded already (§3.4, note 26) is that item done.
        // So is the SFCA's convention de formation of an FC student recorded already (§2.1.1 note 5): the
        // record and the item follow each other (followStudentChecklist), from the contract's first day.
        const recorded =
          (template.code === 'WORK_PERMIT' && mission.student.aptObtained && !(mission.student.aptObtainedOn !== null && mission.student.aptObtainedOn >= mission.startDate)) ||
          (template.code === 'TRAINING_AGREEMENT_SFCA' && mission.student.trainingAgreementSignedOn !== null);
        if (recorded) {
          item.done = true;
          item.doneAt = now;
          item.doneBy = actor.id;
        }
        ctx.em.persist(item);
        checklistLabels.push({ code: template.code, text: `${template.label} — ${template.sansDelai ? 'sans délai, ' : ''}au plus tard le ${formatDateFr(template.dueDate)}` });
      }
      audit(ctx.em, actor, { entityType: 'Contract', entityId: contract.id, action: 'CREATE', fields: ['contractType', 'startDate', 'endDate', 'checklist'] }, now);
      // §5, §4.7: after a rupture, the year's livret is kept by this contract's tutors from now on.
      await handLivretsToNewContract(ctx.em, data, actor, mission, ctx.publicUrl, now);
    }
    // §2.1.1 note 5, §2.1.2 note 7: an FC student without a contract still has their training « régie par une
    // convention de formation » with the SFCA, due before the training starts; no contract carries it, the notice does.
    const trainingStart = mission.contractType === 'SANS' ? ficheTrainingYearStart(mission.cohort, mission.startDate, data) : null;
    if (trainingStart !== null) {
      const items = contractChecklist({ contractType: 'SANS', foreign: false, status: mission.student.status, validationDate: today, startDate: trainingStart }, { referenceData: data });
      for (const template of items) checklistLabels.push({ code: template.code, text: `${template.label} — au plus tard le ${formatDateFr(template.dueDate)}` });
    }
    // §3.3.1, Figure 13: validated before its training starts, the mission still waits for the current year's jury and the admission.
    const reservation = validationReservation({ cohort: mission.cohort, validationDate: today }, { referenceData: data });
    const recipients: { name: string; email: string; party?: Party }[] = [
      { name: personName(mission.student), email: mission.student.email },
      ...partiesOf(mission).map((p) => ({ name: personName(p.person), email: p.person.email, party: p })),
    ];
    // Company contacts read the contract through a personal link valid for that contract only,
    // until a month after the DDC (what is still due before it); the student signs in.
    const contacts = await companyContactsBlock(ctx.em, data, mission.student, mission.contractType);
    const viewUntil = new Date(Math.max(now.getTime() + LINK_VALIDITY_DAYS * 86_400_000, Date.parse(`${mission.startDate ?? today}T23:59:59Z`) + 30 * 86_400_000));
    for (const r of recipients) {
      const token = contract && r.party
        ? issuePersonalLink(ctx.em, { purpose: 'CONTRACT_VIEW', subjectType: r.party.subjectType, subjectId: r.party.person.id, missionId: mission.id, expiresAt: viewUntil })
        : undefined;
      const content = missionValidatedMail({
        recipientName: r.name,
        studentName: personName(mission.student),
        contractLabel: CONTRACT_LABELS[mission.contractType] ?? mission.contractType,
        startDate: mission.startDate ? formatDateFr(mission.startDate) : '—',
        endDate: mission.endDate ? formatDateFr(mission.endDate) : '—',
        // A company tutor is mailed what they may read on the contract page (COMPANY_CONTACT_READING): no foreign
        // student's step (§3.4, note 26), no pay (§3.1, §4.2).
        checklist: checklistLabels.filter((c) => !r.party || checklistItemReadableBy(r.party.subjectType, c.code)).map((c) => c.text),
        withPay: !r.party || companyContactMayRead(r.party.subjectType, 'PAY'),
        checklistHeading:
          trainingStart !== null
            ? `Avant le début de la formation (${formatDateFr(trainingStart)})`
            : // §3.4: « avant la date de début » can no longer be met — the démarches are still due, without delay.
              contract && validatedAfterStart(today, contract.startDate)
              ? `À faire sans délai, le contrat ayant commencé le ${formatDateFr(contract.startDate)}, avant la validation de la mission`
              : null,
        reservation: reservation ? `${reservation.text} (${reservation.ref})` : null,
        link: contract ? (token ? `${ctx.publicUrl}${REDACTED_LINK}` : `${ctx.publicUrl}/mon-contrat`) : null,
      });
      enqueueMail(ctx.em, r.email, 'MISSION_VALIDATED', r.party ? withContacts(content, contacts) : content, mission.id, now, token);
    }
    const accepted = findings.filter((f) => f.severity === 'warning').map((f) => f.code);
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'VALIDATE', fields: ['state', 'validationDate'], comment: accepted.length ? `Avertissements acceptés : ${accepted.join(', ')}` : null }, now);
    // The partners' change feed (issue 14), in this transaction.
    await recordChange(ctx.em, { type: 'MISSION_VALIDATED', entityType: 'Mission', entityId: mission.id, contractType: mission.contractType, data: { missionId: mission.id, studentId: mission.student.id, contractId: contract?.id ?? null } }, now);
    if (contract) await recordChange(ctx.em, { type: 'CONTRACT_CREATED', entityType: 'Contract', entityId: contract.id, contractType: contract.contractType, data: { contractId: contract.id, missionId: mission.id, studentId: mission.student.id, fields: ['contractType', 'startDate', 'endDate', 'monthlyGrossPay'] } }, now);
    return { mission, findings, contract };
  });
}

export async function rejectMission(ctx: ServiceContext, id: string, version: number, reason: string): Promise<MissionResult> {
  const actor = authorize(ctx.actor, 'missions:manage');
  return unitOfWork(ctx, async () => {
    const mission = await missionForUpdate(ctx, id, version);
    const check = new InputCheck();
    const text = check.text('reason', reason, 5_000, { required: true });
    check.done();
    transition(mission, 'REJECT', ctx.clock.now());
    mission.rejectionReason = text;
    enqueueMail(ctx.em, mission.student.email, 'MISSION_REJECTED', missionRejectedMail({ studentName: personName(mission.student), reason: text ?? '' }), mission.id, ctx.clock.now());
    audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'REJECT', fields: ['state', 'rejectionReason'], comment: text }, ctx.clock.now());
    return { mission, findings: mission.findings };
  });
}
