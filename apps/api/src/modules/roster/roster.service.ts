import { isIsoDate } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, type UserError } from '../../shared/errors.js';
import { toCents, toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { Contract } from '../contracts/contract.entities.js';
import { findingCodesColumn, missionFindings } from '../missions/mission-rules.js';
import { Mission } from '../missions/mission.entities.js';
import { pageSize } from '../missions/mission.service.js';
import { ChangeProposal, type ProposalState } from './change-proposal.entity.js';
import type { RosterRowModel } from './roster-row.js';

export const MAX_ROSTER_ROWS = 5_000;

export interface RosterFilterInput {
  cohort?: string | null;
  contractType?: string | null;
  missionState?: string | null;
}

/** The roster for the Excel add-in and integrations: one statement, whatever the number of rows. */
export async function rosterRows(ctx: ServiceContext, filter: RosterFilterInput | null | undefined): Promise<RosterRowModel[]> {
  authorize(ctx.actor, 'roster:read');
  const where: Record<string, string> = {};
  if (filter?.cohort) where.cohort = filter.cohort;
  if (filter?.contractType) where.contractType = filter.contractType;
  if (filter?.missionState) where.state = filter.missionState;
  const missions = await ctx.em.find(Mission, where, {
    populate: ['student', 'organisation'],
    orderBy: { student: { lastName: 'asc', firstName: 'asc' }, id: 'asc' },
    limit: MAX_ROSTER_ROWS,
    strategy: 'joined',
  });
  return missions.map((m) => ({
    missionId: m.id,
    missionVersion: m.version,
    missionState: m.state,
    lastName: m.student.lastName,
    firstName: m.student.firstName,
    birthDate: m.student.birthDate,
    cohort: m.cohort,
    group: m.group,
    status: m.student.status,
    contractType: m.contractType,
    requestDate: m.requestDate,
    validationDate: m.validationDate,
    startDate: m.startDate,
    endDate: m.endDate,
    repeating: m.student.repeating,
    professionalisationValidated: m.student.professionalisationValidated,
    foreign: m.student.foreign,
    aptObtained: m.student.aptObtained,
    company: m.organisation?.name ?? null,
    monthlyGrossPay: toEuros(m.monthlyGrossPayCents),
  }));
}

export interface ContractChangeInput {
  missionId: string;
  missionVersion: number;
  startDate?: string | null;
  endDate?: string | null;
  monthlyGrossPay?: number | null;
  comment?: string | null;
}

/**
 * Corrections from a spreadsheet become proposals for the manager, all or nothing: one
 * unknown mission, stale version or bad value and none is recorded; every error names its
 * row (`index`) and field.
 */
export async function proposeContractChanges(ctx: ServiceContext, changes: readonly ContractChangeInput[]): Promise<ChangeProposal[]> {
  const actor = authorize(ctx.actor, 'roster:propose');
  if (changes.length > MAX_ROSTER_ROWS) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'changes', message: `Au plus ${MAX_ROSTER_ROWS} modifications par envoi.` }]);
  return unitOfWork(ctx, async () => {
    const missions = await ctx.em.find(Mission, { id: { $in: [...new Set(changes.map((c) => c.missionId))] } });
    const byId = new Map(missions.map((m) => [m.id, m]));
    const errors: UserError[] = [];
    const proposals: ChangeProposal[] = [];
    changes.forEach((change, index) => {
      const mission = byId.get(change.missionId);
      if (!mission) return void errors.push({ code: 'NOT_FOUND', field: 'missionId', index, message: `Ligne ${index + 1} : mission introuvable (${change.missionId}).` });
      if (mission.version !== change.missionVersion) {
        return void errors.push({ code: 'CONFLICT', field: 'missionVersion', index, message: `Ligne ${index + 1} : la mission a été modifiée depuis la lecture du tableau (version ${mission.version}, lue ${change.missionVersion}).` });
      }
      for (const field of ['startDate', 'endDate'] as const) {
        const value = change[field];
        if (value !== null && value !== undefined && !isIsoDate(value)) errors.push({ code: 'BAD_USER_INPUT', field, index, message: `Ligne ${index + 1} : ${field} « ${value} » n’est pas une date AAAA-MM-JJ.` });
      }
      const pay = change.monthlyGrossPay;
      if (pay !== null && pay !== undefined && (!Number.isFinite(pay) || pay < 0 || pay > 100_000)) {
        errors.push({ code: 'BAD_USER_INPUT', field: 'monthlyGrossPay', index, message: `Ligne ${index + 1} : salaire ${pay} hors de l’intervalle 0–100 000 €.` });
      }
      if ((change.comment?.length ?? 0) > 2_000) errors.push({ code: 'BAD_USER_INPUT', field: 'comment', index, message: `Ligne ${index + 1} : commentaire de plus de 2 000 caractères.` });
      if (change.startDate == null && change.endDate == null && pay == null) errors.push({ code: 'BAD_USER_INPUT', field: 'changes', index, message: `Ligne ${index + 1} : aucune modification proposée.` });
      const proposal = new ChangeProposal();
      proposal.mission = mission;
      proposal.basedOnVersion = mission.version;
      proposal.startDate = change.startDate ?? null;
      proposal.endDate = change.endDate ?? null;
      proposal.monthlyGrossPayCents = toCents(pay);
      proposal.comment = change.comment ?? null;
      proposal.proposedBy = actor.id;
      proposals.push(proposal);
    });
    if (errors.length) throw new BusinessError(errors);
    const now = ctx.clock.now();
    for (const p of proposals) {
      ctx.em.persist(p);
      audit(ctx.em, actor, { entityType: 'ChangeProposal', entityId: p.id, action: 'PROPOSE', fields: ['startDate', 'endDate', 'monthlyGrossPay'].filter((f) => (p as unknown as Record<string, unknown>)[f === 'monthlyGrossPay' ? 'monthlyGrossPayCents' : f] !== null) }, now);
    }
    return proposals;
  });
}

export async function listChangeProposals(ctx: ServiceContext, state: ProposalState | null | undefined, first?: number | null, offset?: number | null): Promise<ChangeProposal[]> {
  authorize(ctx.actor, 'roster:read');
  return ctx.em.find(ChangeProposal, state ? { state } : {}, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: pageSize(first), offset: Math.max(0, offset ?? 0) });
}

/** Manager: applies a proposal to the mission (and its contract), unless the mission changed since it was read. */
export async function decideChangeProposal(ctx: ServiceContext, id: string, version: number, accept: boolean): Promise<ChangeProposal> {
  const actor = authorize(ctx.actor, 'roster:decide');
  return unitOfWork(ctx, async () => {
    const proposal = await ctx.em.findOne(ChangeProposal, id, { populate: ['mission', 'mission.student'] });
    if (!proposal) throw new BusinessError([{ code: 'NOT_FOUND', field: 'id', message: `Proposition introuvable : ${id}.` }]);
    if (proposal.version !== version) throw conflict('Cette proposition');
    if (proposal.state !== 'PENDING') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: `Proposition déjà traitée (${proposal.state}).` }]);
    const mission = proposal.mission;
    const now = ctx.clock.now();
    proposal.state = accept ? 'ACCEPTED' : 'REJECTED';
    proposal.decidedBy = actor.id;
    proposal.decidedAt = now;
    if (accept) {
      if (mission.version !== proposal.basedOnVersion) {
        throw new BusinessError([{ code: 'CONFLICT', field: 'basedOnVersion', message: 'La mission a été modifiée depuis cette proposition : rien n’est appliqué, proposez de nouveau à partir des données actuelles.' }]);
      }
      const fields: string[] = [];
      if (proposal.startDate !== null) {
        mission.startDate = proposal.startDate;
        fields.push('startDate');
      }
      if (proposal.endDate !== null) {
        mission.endDate = proposal.endDate;
        fields.push('endDate');
      }
      if (proposal.monthlyGrossPayCents !== null) {
        mission.monthlyGrossPayCents = proposal.monthlyGrossPayCents;
        fields.push('monthlyGrossPay');
      }
      const contract = await ctx.em.findOne(Contract, { mission: mission.id });
      if (contract) {
        if (proposal.startDate !== null) contract.startDate = proposal.startDate;
        if (proposal.endDate !== null) contract.endDate = proposal.endDate;
        if (proposal.monthlyGrossPayCents !== null) contract.monthlyGrossPayCents = proposal.monthlyGrossPayCents;
      }
      if (mission.state !== 'DRAFT') {
        const findings = await missionFindings(ctx.em, mission, await ctx.referenceData());
        mission.findings = findings;
        mission.findingCodes = findingCodesColumn(findings);
      }
      audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'APPLY_PROPOSAL', fields, comment: proposal.id }, now);
    }
    audit(ctx.em, actor, { entityType: 'ChangeProposal', entityId: proposal.id, action: accept ? 'ACCEPT' : 'REJECT', fields: ['state'] }, now);
    return proposal;
  });
}
