import { isIsoDate } from '@alternance/domain';
import { Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { missionListRows, missionProjection, type MissionListProjection } from '../missions/mission-list.query.js';
import { endsBeforeStart, pageOffset } from '../../shared/validate.js';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { columnsOf, plainReader, readRows, type Joined } from '../../db/read-rows.js';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, missing, type UserError } from '../../shared/errors.js';
import { toCents, toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { Contract } from '../contracts/contract.entities.js';
import { findingCodesColumn, missionFindings } from '../missions/mission-rules.js';
import { Mission } from '../missions/mission.entities.js';
import { pageSize } from '../missions/mission.service.js';
import { ChangeProposal, type ProposalState } from './change-proposal.entity.js';
import type { RosterRowModel } from './roster-row.js';
import { recordChange } from '../integration/change-feed.js';

export const MAX_ROSTER_ROWS = 5_000;

export interface RosterFilterInput {
  cohort?: string | null;
  contractType?: string | null;
  missionState?: string | null;
}

const ROSTER_SQL =
  'select "m"."id", "m"."version", "m"."state", "s"."last_name", "s"."first_name", "s"."birth_date", "m"."cohort", "m"."group", "s"."status", "m"."contract_type",' +
  ' "m"."request_date", "m"."validation_date", "m"."start_date", "m"."end_date", "s"."repeating", "s"."professionalisation_validated", "s"."foreign", "s"."apt_obtained", "s"."apt_obtained_on",' +
  ' "o"."name" as "company", "m"."monthly_gross_pay_cents",' +
  ' "m"."cpro_reason", "m"."stage_alt_approved", "m"."smc_monthly_cents", "m"."previous_rate_percent", "m"."hours_per_day",' +
  ' "m"."higher_education_diploma", "m"."disability_extra_year"' +
  ' from "mission" "m" join "student" "s" on "s"."id" = "m"."student_id" left join "organisation" "o" on "o"."id" = "m"."organisation_id"';

const bool = (value: unknown): boolean => value === true || value === 1;

/**
 * The roster for the Excel add-in and integrations: one prepared statement read straight
 * into rows (up to 5,000 of them: no ORM hydration), whatever the number of rows.
 */
export async function rosterRows(ctx: ServiceContext, filter: RosterFilterInput | null | undefined): Promise<RosterRowModel[]> {
  authorize(ctx.actor, 'roster:read');
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of [['cohort', filter?.cohort], ['contract_type', filter?.contractType], ['state', filter?.missionState]] as const) {
    if (!value) continue;
    where.push(`"m"."${column}" = ?`);
    params.push(value);
  }
  const sql = `${ROSTER_SQL}${where.length ? ` where ${where.join(' and ')}` : ''} order by "s"."last_name", "s"."first_name", "m"."id" limit ?`;
  const rows = await readRows(ctx.em as SqlEntityManager, sql, [...params, MAX_ROSTER_ROWS]);
  return rows.map((r) => ({
    missionId: String(r.id),
    missionVersion: Number(r.version),
    missionState: String(r.state),
    lastName: String(r.last_name),
    firstName: String(r.first_name),
    birthDate: (r.birth_date as string | null) ?? null,
    cohort: String(r.cohort),
    group: (r.group as string | null) ?? null,
    status: String(r.status),
    contractType: String(r.contract_type),
    requestDate: (r.request_date as string | null) ?? null,
    validationDate: (r.validation_date as string | null) ?? null,
    startDate: (r.start_date as string | null) ?? null,
    endDate: (r.end_date as string | null) ?? null,
    repeating: bool(r.repeating),
    professionalisationValidated: bool(r.professionalisation_validated),
    foreign: bool(r.foreign),
    aptObtained: bool(r.apt_obtained),
    aptObtainedOn: (r.apt_obtained_on as string | null) ?? null,
    company: (r.company as string | null) ?? null,
    monthlyGrossPay: toEuros(r.monthly_gross_pay_cents === null ? null : Number(r.monthly_gross_pay_cents)),
    cproReason: (r.cpro_reason as string | null) ?? null,
    stageAltApproved: r.stage_alt_approved === null || r.stage_alt_approved === undefined ? null : bool(r.stage_alt_approved),
    smcMonthly: toEuros(r.smc_monthly_cents === null || r.smc_monthly_cents === undefined ? null : Number(r.smc_monthly_cents)),
    previousRatePercent: r.previous_rate_percent === null || r.previous_rate_percent === undefined ? null : Number(r.previous_rate_percent),
    hoursPerDay: r.hours_per_day === null || r.hours_per_day === undefined ? null : Number(r.hours_per_day),
    higherEducationDiploma: bool(r.higher_education_diploma),
    disabilityExtraYear: bool(r.disability_extra_year),
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
      // The period as it would become: a proposed DFC before the DDC (proposed or current) is refused.
      if (endsBeforeStart(change.startDate ?? mission.startDate, change.endDate ?? mission.endDate)) {
        const field = change.endDate != null ? 'endDate' : 'startDate';
        errors.push({ code: 'BAD_USER_INPUT', field, index, message: `Ligne ${index + 1} : la fin (${change.endDate ?? mission.endDate}) précéderait le début (${change.startDate ?? mission.startDate}).` });
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
      const fields = [p.startDate !== null && 'startDate', p.endDate !== null && 'endDate', p.monthlyGrossPayCents !== null && 'monthlyGrossPay'].filter((f): f is string => f !== false);
      audit(ctx.em, actor, { entityType: 'ChangeProposal', entityId: p.id, action: 'PROPOSE', fields }, now);
    }
    return proposals;
  });
}

// The missions of a proposals page read as plain rows, per request context (keyed by it: nothing outlives the request).
const pageMissions = new WeakMap<object, Map<string, Mission>>();

/** A proposal's mission as its page read it in plain rows (listChangeProposals with a projection), if it did. */
export function pagedMissionOf(ctx: object, proposal: ChangeProposal): Mission | undefined {
  return pageMissions.get(ctx)?.get(proposal.mission.id);
}

/**
 * The `mission` selection of a proposals page as a missions-list projection (mission-list.query.ts),
 * or null when the page asks something else of its proposals or missions (fragments, aliases…).
 */
export function proposalMissionProjection(em: SqlEntityManager, info: GraphQLResolveInfo): MissionListProjection | null {
  const selections = info.fieldNodes.length === 1 ? info.fieldNodes[0]?.selectionSet?.selections : undefined;
  if (!selections || selections.some((s) => s.kind !== Kind.FIELD || s.alias || s.directives?.length)) return null;
  const mission = selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'mission');
  return mission ? missionProjection(em, { ...info, fieldNodes: [mission] }) : null;
}

/**
 * A page of proposals as plain read-only objects (db/read-rows.ts), their mission a bare
 * `{ id }` (its page reads the missions in plain rows too): entities cost the page more than
 * its SQL — each proposal's mission reference is a Mission entity of fifty properties set up
 * (issue 15). Same filter and order as the entity query.
 */
async function proposalRows(em: SqlEntityManager, state: ProposalState | null | undefined, limit: number, offset: number): Promise<ChangeProposal[]> {
  const joined: Joined = { alias: 'p', entity: 'ChangeProposal' };
  // Plain SQL (db/read-rows.ts), in PROPOSAL_ORDER: the query builder's work cost more than the statement.
  const rows = await readRows(
    em,
    `select ${columnsOf(em, joined).join(', ')}, "p"."mission_id" as "p__mission_id" from "change_proposal" "p"${state ? ' where "p"."state" = ?' : ''}
     order by "p"."created_at" desc, "p"."id" asc limit ?${offset ? ' offset ?' : ''}`,
    [...(state ? [state] : []), limit, ...(offset ? [offset] : [])],
  );
  const read = plainReader<Record<string, unknown>>(em, joined);
  return rows.map((row) => {
    const proposal = read(row)!;
    proposal.mission = { id: row.p__mission_id };
    return proposal as unknown as ChangeProposal;
  });
}

/** Newest first; the id settles the rest (both reads, so that pages agree). */
const PROPOSAL_ORDER = { createdAt: 'desc', id: 'asc' } as const;

export async function listChangeProposals(
  ctx: ServiceContext,
  state: ProposalState | null | undefined,
  first?: number | null,
  offset?: number | null,
  /** The missions' projection (proposalMissionProjection): given, the page's missions are read as plain rows. */
  projection?: MissionListProjection | null,
): Promise<ChangeProposal[]> {
  authorize(ctx.actor, 'roster:read');
  if (projection) {
    const proposals = await proposalRows(ctx.em as SqlEntityManager, state, pageSize(first), pageOffset(offset));
    const ids = [...new Set(proposals.map((p) => p.mission.id))];
    // Any order: the page's missions are looked up by id.
    const missions = ids.length ? await missionListRows(ctx.em as SqlEntityManager, projection, {}, 'RECENT', ids.length, 0, null, ids) : [];
    pageMissions.set(ctx, new Map(missions.map((m) => [m.id, m])));
    return proposals;
  }
  // The page's missions and students by primary key, one statement each, not one look-up per
  // proposal (issue 15); not joined: PostgreSQL would hash-join every mission to the page.
  return ctx.em.find(ChangeProposal, state ? { state } : {}, { populate: ['mission', 'mission.student'], strategy: 'select-in', orderBy: PROPOSAL_ORDER, limit: pageSize(first), offset: pageOffset(offset) });
}

/** Manager: applies a proposal to the mission (and its contract), unless the mission changed since it was read. */
export async function decideChangeProposal(ctx: ServiceContext, id: string, version: number, accept: boolean): Promise<ChangeProposal> {
  const actor = authorize(ctx.actor, 'roster:decide');
  return unitOfWork(ctx, async () => {
    const proposal = await ctx.em.findOne(ChangeProposal, id, { populate: ['mission', 'mission.student'] });
    if (!proposal) throw missing('Proposition', id);
    if (proposal.version !== version) throw conflict('Cette proposition', 'modifiée');
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
        await recordChange(ctx.em, { type: 'CONTRACT_UPDATED', entityType: 'Contract', entityId: contract.id, contractType: contract.contractType, data: { contractId: contract.id, missionId: mission.id, fields } }, now);
      }
      if (mission.state !== 'DRAFT') {
        const findings = await missionFindings(ctx.em, mission, await ctx.referenceData(), {}, ctx.clock.today());
        mission.findings = findings;
        mission.findingCodes = findingCodesColumn(findings);
      }
      audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'APPLY_PROPOSAL', fields, comment: proposal.id }, now);
    }
    audit(ctx.em, actor, { entityType: 'ChangeProposal', entityId: proposal.id, action: accept ? 'ACCEPT' : 'REJECT', fields: ['state'] }, now);
    return proposal;
  });
}
