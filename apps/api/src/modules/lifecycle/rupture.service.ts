import { checkRuptureLastDay, formatDateFr, ruptureChecklist } from '@alternance/domain';
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { authorize, missionScope } from '../../policy/policy.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck, pageOffset } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { User } from '../auth/auth.entities.js';
import { recordChange } from '../integration/change-feed.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail } from '../mail/outbox.js';
import { pageSize } from '../missions/mission.service.js';
import { Mission } from '../missions/mission.entities.js';
import { cancelVisitsAfterContractEnd } from '../visits/visit.service.js';
import { contractFor, contractRecipients, studentName } from './contract-access.js';
import { spendRuptureRequestLinks } from './rupture-links.js';
import { ruptureCompletedMail, ruptureRequestedMail, ruptureStartedMail } from './lifecycle-mails.js';
import { Mediation, Rupture, RuptureStepRecord, type RuptureState } from './lifecycle.entities.js';
import { storeDocument, type DocumentUploadInput } from './stored-documents.js';

/** The §5 procedure a rupture followed, named for the change feed's clients. */
const RUPTURE_TYPES: Record<string, string> = { CAPP: 'APPRENTICESHIP', CPRO: 'PROFESSIONALISATION', CSTAGEALT: 'INTERNSHIP' };

const RUPTURE_POPULATE = ['contract', 'contract.student', 'contract.mission', 'contract.mission.organisation', 'contract.mission.tutor1', 'contract.mission.tutor2', 'contract.mission.hrContact'] as const;

async function managerEmails(ctx: ServiceContext): Promise<string[]> {
  return (await ctx.em.find(User, { role: 'MANAGER', active: true }, { fields: ['email'] })).map((u) => u.email);
}

/** Ruptures the actor may see: those of the contracts in their missions' scope. */
export async function listRuptures(ctx: ServiceContext, filter: { state?: string | null; cohort?: string | null } | null | undefined, first?: number | null, offset?: number | null): Promise<Rupture[]> {
  const actor = authorize(ctx.actor, 'lifecycle:read');
  const where: FilterQuery<Rupture> = { contract: { mission: missionScope(actor) } };
  if (filter?.state) where.state = filter.state as RuptureState;
  if (filter?.cohort) where.contract = { mission: { ...(missionScope(actor) as object), cohort: filter.cohort } };
  return ctx.em.find(Rupture, where, { populate: RUPTURE_POPULATE, orderBy: { createdAt: 'desc', id: 'asc' }, limit: pageSize(first), offset: pageOffset(offset) });
}

export async function findRupture(ctx: ServiceContext, id: string): Promise<Rupture | null> {
  const actor = authorize(ctx.actor, 'lifecycle:read');
  return ctx.em.findOne(Rupture, { id, contract: { mission: missionScope(actor) } }, { populate: RUPTURE_POPULATE });
}

export async function ruptureSteps(ctx: ServiceContext, rupture: Rupture): Promise<RuptureStepRecord[]> {
  return ctx.em.find(RuptureStepRecord, { rupture: rupture.id }, { orderBy: { position: 'asc', key: 'asc' } });
}

/**
 * The student (their own contract), a company tutor or the HR contact (through a RUPTURE_REQUEST
 * personal link bound to that contract, which the request spends) asks the manager to break the
 * alternance; the managers are mailed.
 */
export async function requestRupture(ctx: ServiceContext, contractId: string, reason: string): Promise<Rupture> {
  return openingRupture(contractId, () => unitOfWork(ctx, async () => {
    const { actor, contract } = await contractFor(ctx, 'rupture:request', contractId);
    // A company tutor or the HR contact asks through the RUPTURE_REQUEST link of that contract (§5, Tableau 8).
    const byLink = actor.role === 'COMPANY_TUTOR' || actor.role === 'HR_CONTACT';
    if (byLink && (actor.linkPurpose !== 'RUPTURE_REQUEST' || actor.linkObjectId !== contract.id)) throw missing('Contrat', contractId, 'contractId');
    const check = new InputCheck();
    const text = check.text('reason', reason, 5_000, { required: true });
    check.done();
    if (contract.status !== 'ACTIVE') throw new BusinessError([{ code: 'CONTRACT_NOT_ACTIVE', field: 'contractId', message: 'Ce contrat est déjà rompu.' }]);
    await refuseOpenRupture(ctx, contract.id);
    const rupture = newRupture(contract, actor, text!);
    ctx.em.persist(rupture);
    const now = ctx.clock.now();
    for (const to of await managerEmails(ctx)) {
      enqueueMail(ctx.em, to, 'RUPTURE_REQUESTED', ruptureRequestedMail({ studentName: studentName(contract), requester: actor.label, reason: text!, link: `${ctx.publicUrl}/contrats/${contract.id}` }), contract.mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'Rupture', entityId: rupture.id, action: 'REQUEST', fields: ['reason'], comment: `Contrat ${contract.id}` }, now);
    if (byLink) await spendRuptureRequestLinks(ctx, contract, { type: actor.role === 'HR_CONTACT' ? 'HR_CONTACT' : 'COMPANY_TUTOR', id: actor.id }, now);
    return rupture;
  }));
}

/** Two concurrent openings of a rupture for one contract: the unique `open_for` refuses the second, said in words. */
async function openingRupture<T>(contractId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && /rupture[._]open_for/.test(error.message)) {
      throw new BusinessError([{ code: 'RUPTURE_ALREADY_OPEN', field: 'contractId', message: `Une rupture est déjà en cours pour ce contrat (${contractId}).` }]);
    }
    throw error;
  }
}

/** One open rupture per contract (the unique `open_for` column guards concurrent requests too). */
async function refuseOpenRupture(ctx: ServiceContext, contractId: string): Promise<void> {
  if ((await ctx.em.count(Rupture, { openFor: contractId })) > 0) {
    throw new BusinessError([{ code: 'RUPTURE_ALREADY_OPEN', field: 'contractId', message: 'Une rupture est déjà en cours pour ce contrat.' }]);
  }
}

function newRupture(contract: Rupture['contract'], actor: { role: string; id: string; label: string }, reason: string): Rupture {
  const rupture = new Rupture();
  rupture.contract = contract;
  rupture.requestedByRole = actor.role;
  rupture.requestedById = actor.id;
  rupture.requestedByLabel = actor.label;
  rupture.reason = reason;
  rupture.plannedEndDate = contract.endDate;
  return rupture;
}

/**
 * The manager starts the rupture procedure of the contract's type (§5): the exact last
 * day is required and within the contract (note 35); a mediation should have been tried
 * first (MEDIATION_FIRST unless `skipMediation`); the checklist of who sends what to whom
 * is created and mailed to the student, the company tutors and the HR contact.
 */
export async function startRupture(
  ctx: ServiceContext,
  p: { contractId: string; ruptureId?: string | null; version?: number | null; reason?: string | null; lastDay: string; skipMediation?: boolean | null },
): Promise<{ rupture: Rupture; steps: RuptureStepRecord[] }> {
  return openingRupture(p.contractId, () => unitOfWork(ctx, async () => {
    const { actor, contract } = await contractFor(ctx, 'rupture:manage', p.contractId);
    const check = new InputCheck();
    const reason = check.text('reason', p.reason, 5_000);
    const lastDay = check.date('lastDay', p.lastDay);
    check.done();
    if (contract.status !== 'ACTIVE') throw new BusinessError([{ code: 'CONTRACT_NOT_ACTIVE', field: 'contractId', message: 'Ce contrat est déjà rompu.' }]);
    const finding = checkRuptureLastDay({ lastDay, startDate: contract.startDate, endDate: contract.endDate });
    if (finding) throw new BusinessError([{ code: finding.code, field: 'lastDay', message: finding.message }], [finding]);
    const today = ctx.clock.today();
    const plan = ruptureChecklist({ contractType: contract.contractType });
    if (!plan) throw new BusinessError([{ code: 'RUPTURE_NOT_COVERED', field: 'contractId', message: `Le guide (§5) ne prévoit pas de procédure de rupture pour un contrat ${contract.contractType}.` }]);
    if (!p.skipMediation && (await ctx.em.count(Mediation, { contract: contract.id })) === 0) {
      throw new BusinessError([{ code: 'MEDIATION_FIRST', field: 'skipMediation', message: 'Aucune médiation n’est enregistrée : le guide (§5) demande de la tenter d’abord (tuteur universitaire, puis responsable). Enregistrez-la, ou confirmez la rupture sans médiation.' }]);
    }
    let rupture: Rupture;
    if (p.ruptureId) {
      const found = await ctx.em.findOne(Rupture, { id: p.ruptureId, contract: contract.id });
      if (!found) throw missing('Rupture', p.ruptureId, 'ruptureId');
      if (p.version !== null && p.version !== undefined && found.version !== p.version) throw conflict('Cette rupture', 'modifiée');
      if (found.state !== 'REQUESTED') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: `Une rupture à l’état ${found.state} ne peut plus être engagée.` }]);
      rupture = found;
      if (reason) rupture.reason = reason;
    } else {
      await refuseOpenRupture(ctx, contract.id);
      if (!reason) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'reason', message: 'Champ obligatoire : motif.' }]);
      rupture = newRupture(contract, actor, reason);
      ctx.em.persist(rupture);
    }
    rupture.state = 'IN_PROGRESS';
    rupture.lastDay = lastDay!;
    rupture.startedOn = today;
    const steps = plan.map((s) => {
      const step = new RuptureStepRecord();
      Object.assign(step, { rupture, key: s.key, document: s.document, action: s.action, fromParty: s.from, toParty: s.to, form: s.form, count: s.count, label: s.label, labelEn: s.labelEn, position: s.position, needsScan: s.needsScan });
      ctx.em.persist(step);
      return step;
    });
    const now = ctx.clock.now();
    // §5 sets no deadline for the documents: the steps go without a date; the one date is the last day (note 35), in the mail's opening.
    const lines = plan.map((s) => s.label);
    const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), contract.student, contract.contractType);
    for (const r of contractRecipients(contract)) {
      const link = r.email === contract.student.email ? `${ctx.publicUrl}/mon-contrat` : null;
      const content = ruptureStartedMail({ recipientName: r.name, studentName: studentName(contract), lastDay: formatDateFr(lastDay!), steps: lines, link });
      enqueueMail(ctx.em, r.email, 'RUPTURE_STARTED', r.role === 'STUDENT' ? content : withContacts(content, contacts), contract.mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'Rupture', entityId: rupture.id, action: 'START', fields: ['state', 'lastDay'], comment: p.skipMediation ? 'Sans médiation préalable' : null }, now);
    return { rupture, steps };
  }));
}

async function stepForUpdate(ctx: ServiceContext, id: string, version: number): Promise<RuptureStepRecord> {
  const step = await ctx.em.findOne(RuptureStepRecord, id, { populate: ['rupture'] });
  if (!step) throw missing('Étape de rupture', id);
  if (step.version !== version) throw conflict('Cette étape de la rupture', 'modifiée');
  if (step.rupture.state !== 'IN_PROGRESS') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'La rupture n’est plus en cours.' }]);
  return step;
}

/** The office ticks a step (a scan step needs its PDF first). */
export async function setRuptureStepDone(ctx: ServiceContext, id: string, version: number, done: boolean): Promise<RuptureStepRecord> {
  const actor = authorize(ctx.actor, 'rupture:documents');
  return unitOfWork(ctx, async () => {
    const step = await stepForUpdate(ctx, id, version);
    if (done && step.needsScan && !step.scanId) throw new BusinessError([{ code: 'SCAN_REQUIRED', field: 'document', message: 'Déposez d’abord la copie numérique (scan PDF) de ce document.' }]);
    step.done = done;
    step.doneAt = done ? ctx.clock.now() : null;
    step.doneBy = done ? actor.id : null;
    audit(ctx.em, actor, { entityType: 'RuptureStep', entityId: step.id, action: done ? 'DONE' : 'UNDONE', fields: ['done'], comment: step.key }, ctx.clock.now());
    return step;
  });
}

/** The office uploads the PDF scan of a step's document: stored in the database, the step is done. */
export async function uploadRuptureScan(ctx: ServiceContext, id: string, version: number, document: DocumentUploadInput): Promise<RuptureStepRecord> {
  const actor = authorize(ctx.actor, 'rupture:documents');
  return unitOfWork(ctx, async () => {
    const step = await stepForUpdate(ctx, id, version);
    if (!step.needsScan) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'id', message: 'Cette étape ne demande pas de scan.' }]);
    const stored = storeDocument(ctx.em, document, { type: 'RUPTURE_STEP', id: step.id }, actor.id);
    step.scanId = stored.id;
    step.done = true;
    step.doneAt = ctx.clock.now();
    step.doneBy = actor.id;
    audit(ctx.em, actor, { entityType: 'RuptureStep', entityId: step.id, action: 'SCAN_UPLOADED', fields: ['scanId', 'done'], comment: `${stored.fileName} (${stored.size} o)` }, ctx.clock.now());
    return step;
  });
}

async function ruptureForUpdate(ctx: ServiceContext, id: string, version: number): Promise<Rupture> {
  const rupture = await ctx.em.findOne(Rupture, id, { populate: RUPTURE_POPULATE });
  if (!rupture) throw missing('Rupture', id);
  if (rupture.version !== version) throw conflict('Cette rupture', 'modifiée');
  return rupture;
}

/**
 * Every step done: the contract ends on the last day. Its end date becomes that day, so
 * the pay schedule, hours and cost stop there; its status is BROKEN and the mission
 * records `brokenOn`, which lets a new mission be validated (§5).
 */
export async function completeRupture(ctx: ServiceContext, id: string, version: number): Promise<Rupture> {
  const actor = authorize(ctx.actor, 'rupture:manage');
  return unitOfWork(ctx, async () => {
    const rupture = await ruptureForUpdate(ctx, id, version);
    if (rupture.state !== 'IN_PROGRESS' || !rupture.lastDay) throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'Seule une rupture engagée peut être terminée.' }]);
    const left = (await ruptureSteps(ctx, rupture)).filter((s) => !s.done);
    if (left.length) {
      throw new BusinessError(left.map((s) => ({ code: 'RUPTURE_STEP_PENDING', field: s.key, message: `Reste à faire : ${s.label}.` })));
    }
    const { contract } = rupture;
    const now = ctx.clock.now();
    rupture.state = 'COMPLETED';
    rupture.completedAt = now;
    contract.endDate = rupture.lastDay;
    contract.status = 'BROKEN';
    contract.mission.brokenOn = rupture.lastDay;
    const employment = contract.contractType === 'CAPP' || contract.contractType === 'CPRO';
    const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), contract.student, contract.contractType);
    for (const r of contractRecipients(contract)) {
      const content = ruptureCompletedMail({ recipientName: r.name, studentName: studentName(contract), lastDay: formatDateFr(rupture.lastDay), newContract: employment });
      enqueueMail(ctx.em, r.email, 'RUPTURE_COMPLETED', r.role === 'STUDENT' ? content : withContacts(content, contacts), contract.mission.id, now);
    }
    // §4.6: the academic tutor follows the alternance « dont il a la charge » and visits it: they are told it ended
    // (until the assignment the manager, who completes the rupture, stands in for them — note 32).
    await ctx.em.populate(contract, ['student.academicTutor']);
    const academicTutor = contract.student.academicTutor;
    if (academicTutor && !contractRecipients(contract).some((r) => r.email.toLowerCase() === academicTutor.email.toLowerCase())) {
      enqueueMail(ctx.em, academicTutor.email, 'RUPTURE_COMPLETED', ruptureCompletedMail({ recipientName: academicTutor.displayName, studentName: studentName(contract), lastDay: formatDateFr(rupture.lastDay), newContract: employment }), contract.mission.id, now);
    }
    // The visits that can no longer take place in the organisation left are cancelled, and everyone invited told (§4.6, note 34).
    await cancelVisitsAfterContractEnd(ctx, actor, contract.mission.id, rupture.lastDay, now);
    audit(ctx.em, actor, { entityType: 'Rupture', entityId: rupture.id, action: 'COMPLETE', fields: ['state'], comment: `Dernier jour ${rupture.lastDay}` }, now);
    audit(ctx.em, actor, { entityType: 'Contract', entityId: contract.id, action: 'BREAK', fields: ['status', 'endDate'], comment: `Fin prévue ${rupture.plannedEndDate}` }, now);
    // Partners (the CFA for an apprenticeship, the SFCA) learn it from the feed, committed with the rupture.
    await recordChange(
      ctx.em,
      {
        type: 'CONTRACT_RUPTURED',
        entityType: 'Contract',
        entityId: contract.id,
        contractType: contract.contractType,
        data: { contractId: contract.id, missionId: contract.mission.id, ruptureId: rupture.id, lastDay: rupture.lastDay, plannedEndDate: rupture.plannedEndDate, ruptureType: RUPTURE_TYPES[contract.contractType] ?? contract.contractType, requestedBy: rupture.requestedByRole, fields: ['status', 'endDate'] },
      },
      now,
    );
    return rupture;
  });
}

export async function cancelRupture(ctx: ServiceContext, id: string, version: number, comment: string): Promise<Rupture> {
  const actor = authorize(ctx.actor, 'rupture:manage');
  return unitOfWork(ctx, async () => {
    const rupture = await ruptureForUpdate(ctx, id, version);
    const check = new InputCheck();
    const text = check.text('comment', comment, 5_000, { required: true });
    check.done();
    if (rupture.state !== 'REQUESTED' && rupture.state !== 'IN_PROGRESS') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: `Une rupture à l’état ${rupture.state} ne s’annule plus.` }]);
    // §5: the contract that follows may be validated while the rupture's documents are collected
    // (brokenContractsOf); cancelled then, the student would hold two validated contracts (§3.3 « Attention »).
    if (rupture.state === 'IN_PROGRESS' && rupture.lastDay) {
      const { mission } = rupture.contract;
      const next = await ctx.em.findOne(Mission, { student: rupture.contract.student.id, id: { $ne: mission.id }, state: 'VALIDATED', brokenOn: null, startDate: { $gt: rupture.lastDay }, validationDate: { $gte: rupture.startedOn ?? rupture.lastDay } });
      if (next) {
        throw new BusinessError([{ code: 'NEW_CONTRACT_VALIDATED', field: 'state', message: `Le contrat qui suit cette rupture est déjà validé (début le ${formatDateFr(next.startDate!)}) : la rupture ne peut plus être annulée.` }]);
      }
    }
    rupture.state = 'CANCELLED';
    const now = ctx.clock.now();
    audit(ctx.em, actor, { entityType: 'Rupture', entityId: rupture.id, action: 'CANCEL', fields: ['state'], comment: text }, now);
    // A partner's declaration was announced in the feed (ruptureDeclared): its cancellation is too,
    // or the partner's copy would wait for a rupture that will not come. The office's own were never announced.
    if (rupture.declaredBySource) {
      const { contract } = rupture;
      await recordChange(ctx.em, { type: 'CONTRACT_UPDATED', entityType: 'Contract', entityId: contract.id, contractType: contract.contractType, data: { contractId: contract.id, missionId: contract.mission.id, ruptureId: rupture.id, fields: ['ruptureCancelled'], source: rupture.declaredBySource } }, now);
    }
    return rupture;
  });
}

/** Completed ruptures per cohort and month of their last day (dashboard). */
export async function ruptureCounts(ctx: ServiceContext, cohort?: string | null): Promise<{ cohort: string; month: string; count: number }[]> {
  authorize(ctx.actor, 'dashboard:read');
  const rows = await ctx.em.find(Rupture, { state: 'COMPLETED', ...(cohort ? { contract: { mission: { cohort } } } : {}) }, { populate: ['contract.mission'], fields: ['lastDay', 'contract.mission.cohort'] });
  const counts = new Map<string, { cohort: string; month: string; count: number }>();
  for (const r of rows) {
    const key = `${r.contract.mission.cohort}|${r.lastDay!.slice(0, 7)}`;
    const entry = counts.get(key) ?? { cohort: r.contract.mission.cohort, month: r.lastDay!.slice(0, 7), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.cohort.localeCompare(b.cohort) || a.month.localeCompare(b.month));
}
