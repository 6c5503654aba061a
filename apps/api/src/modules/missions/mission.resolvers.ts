import { derogationPossible } from '@alternance/domain';
import { replacementLastDay } from '../lifecycle/new-contract-rules.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { waitingDays } from './mission.service.js';
import { CURSOR, missionProjection, type ListedMission } from './mission-list.query.js';
import { related } from '../../graphql/related.js';
import { payload, toGqlFinding } from '../../graphql/payload.js';
import { can, mayRead, maySeeSensitive, readableFindings } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import type { MissionConfirmation } from './mission.entities.js';
import { toEuros } from '../../shared/money.js';
import { missionAuditTrail } from '../audit/audit.service.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { Student } from '../people/people.entities.js';
import {
  approveStageAlt,
  confirmMission,
  grantDerogation,
  countMissions,
  findMission,
  listMissions,
  rejectMission,
  reportMissionError,
  requestMissionConfirmations,
  resendConfirmationLink,
  returnMission,
  saveMissionDraft,
  submitMission,
  validateMission,
  type MissionResult,
} from './mission.service.js';

const ok = (r: MissionResult) => ({ mission: r.mission, findings: r.findings.map(toGqlFinding), errors: [] });
const failed = (errors: { code: string; message: string; field: string | null; index: number | null }[], findings: ReturnType<typeof toGqlFinding>[]) => ({ mission: null, findings, errors });
// A company contact's answer (confirm, report an error) returns the mission, not the office's findings on it.
const answered = (r: MissionResult) => ({ ...ok(r), findings: [] });
const answerFailed: typeof failed = (errors) => failed(errors, []);
/** The confirmation a company contact answered themself: sent to their address, through their own link. */
const isOwnAnswer = (actor: Actor | null, c: MissionConfirmation) =>
  (actor?.kind === 'COMPANY_TUTOR' || actor?.kind === 'HR_CONTACT') && !!actor.email && actor.email.toLowerCase() === c.email.toLowerCase();

export const missionResolvers: Resolvers = {
  Query: {
    missions: (_, { filter, sort, first, offset, after }, ctx, info) => listMissions(ctx, filter, first, offset, sort, missionProjection(ctx.em as SqlEntityManager, info), after),
    missionCount: (_, { filter }, ctx) => countMissions(ctx, filter),
    mission: (_, { id }, ctx) => findMission(ctx, id),
  },
  Mutation: {
    saveMissionDraft: (_, { id, version, input }, ctx) => payload(() => saveMissionDraft(ctx, id ?? null, version ?? null, input), ok, failed),
    submitMission: (_, { id, version }, ctx) => payload(() => submitMission(ctx, id, version), ok, failed),
    returnMission: (_, { id, version, comment }, ctx) => payload(() => returnMission(ctx, id, version, comment), ok, failed),
    requestMissionConfirmations: (_, { id, version }, ctx) => payload(() => requestMissionConfirmations(ctx, id, version), ok, failed),
    confirmMission: (_, { id }, ctx) => payload(() => confirmMission(ctx, id), answered, answerFailed),
    reportMissionError: (_, { id, comment }, ctx) => payload(() => reportMissionError(ctx, id, comment), answered, answerFailed),
    validateMission: (_, { id, version, acceptWarnings }, ctx) => payload(() => validateMission(ctx, id, version, acceptWarnings ?? false), ok, failed),
    rejectMission: (_, { id, version, reason }, ctx) => payload(() => rejectMission(ctx, id, version, reason), ok, failed),
    resendConfirmationLink: (_, { id, version, party }, ctx) => payload(() => resendConfirmationLink(ctx, id, version, party), ok, failed),
    approveStageAlt: (_, { id, version, approved }, ctx) => payload(() => approveStageAlt(ctx, id, version, approved), ok, failed),
    grantDerogation: (_, { id, version, reason }, ctx) => payload(() => grantDerogation(ctx, id, version, reason ?? null), ok, failed),
  },
  Mission: {
    derogationPossible: async (m, _, ctx) => derogationPossible({ cohort: m.cohort, contractType: m.contractType }, await ctx.referenceData()),
    cursor: (m) => (m as ListedMission)[CURSOR] ?? null,
    student: (m, _, ctx) => related(ctx, m.student, Student),
    // Field by field for the company contacts and the academic tutor (COMPANY_CONTACT_READING, ACADEMIC_TUTOR_READING,
    // docs/security.md): the pay and its inputs are the contract's (the HR contact's, §3.1, §4.2), the disability year
    // is health data that sets it (§4.2.1 note 27), the manager's return comment, rejection reason and derogation
    // reason are said to the student (§3.3.3, §2.1.2).
    monthlyGrossPay: (m, _, ctx) => (maySeeSensitive(ctx.actor, m.student) ? toEuros(m.monthlyGrossPayCents) : null),
    smcMonthly: (m, _, ctx) => (mayRead(ctx.actor, 'PAY') ? toEuros(m.smcMonthlyCents) : null),
    previousRatePercent: (m, _, ctx) => (mayRead(ctx.actor, 'PAY') ? m.previousRatePercent : null),
    higherEducationDiploma: (m, _, ctx) => (mayRead(ctx.actor, 'PAY') ? m.higherEducationDiploma : null),
    disabilityExtraYear: (m, _, ctx) => (mayRead(ctx.actor, 'DISABILITY') ? m.disabilityExtraYear : null),
    returnComment: (m, _, ctx) => (mayRead(ctx.actor, 'OFFICE_DECISION_COMMENTS') ? m.returnComment : null),
    rejectionReason: (m, _, ctx) => (mayRead(ctx.actor, 'OFFICE_DECISION_COMMENTS') ? m.rejectionReason : null),
    derogationReason: (m, _, ctx) => (mayRead(ctx.actor, 'OFFICE_DECISION_COMMENTS') ? m.derogationReason : null),
    // Who granted a derogation and when tell that there is one: the same readers as its reason (§2.1.2).
    derogationBy: (m, _, ctx) => (mayRead(ctx.actor, 'OFFICE_DECISION_COMMENTS') ? m.derogationBy : null),
    derogationOn: (m, _, ctx) => (mayRead(ctx.actor, 'OFFICE_DECISION_COMMENTS') ? m.derogationOn : null),
    waitingDays: (m, _, ctx) => waitingDays(m, ctx.clock.today()),
    // Kept at validation (the contract's rules read it); a fiche's follows the student's ruptures until then.
    afterRuptureLastDay: async (m, _, ctx) =>
      m.state === 'VALIDATED' ? m.afterRuptureLastDay : (replacementLastDay(m, (await ctx.loaders.brokenMissions(m.student.id)).find((b) => b.mission.id !== m.id) ?? null) ?? null),
    afterRuptureInProgress: async (m, _, ctx) => {
      const broken = (await ctx.loaders.brokenMissions(m.student.id)).find((b) => b.mission.id !== m.id);
      return !!broken && !broken.completed && replacementLastDay(m, broken) !== undefined;
    },
    findings: (m, _, ctx) => readableFindings(ctx.actor, m.student, m.findings).map(toGqlFinding),
    confirmations: (m, _, ctx) => ctx.loaders.confirmations(m.id),
    contract: (m, _, ctx) => ctx.loaders.contractOfMission(m.id),
    // Who did what (error reports, returns, the office's names): the office's journal (audit:read).
    auditTrail: (m, _, ctx) => (can(ctx.actor, 'audit:read') ? missionAuditTrail(ctx, m.id) : []),
    mails: (m, _, ctx) =>
      ctx.actor && ['SECRETARIAT', 'MANAGER', 'DIRECTION'].includes(ctx.actor.role)
        ? ctx.em.find(OutboxMail, { missionId: m.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })
        : [],
  },
  MissionConfirmation: {
    // A contact's error report answers the manager (§3.3.3): the office and the student read it; another
    // contact or the academic tutor does not (CONFIRMATION_ANSWERS). Its author reads back their own words.
    errorComment: (c, _, ctx) => (mayRead(ctx.actor, 'CONFIRMATION_ANSWERS') || isOwnAnswer(ctx.actor, c) ? c.errorComment : null),
  },
};
