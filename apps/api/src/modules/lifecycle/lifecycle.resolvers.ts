import { addDays, newContractTrainingHours } from '@alternance/domain';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload, toGqlFinding, type GqlFinding } from '../../graphql/payload.js';
import { apiError, BusinessError } from '../../shared/errors.js';
import { authorize, can, mayRead } from '../../policy/policy.js';
import { extendContract, previewExtension } from './extension.service.js';
import { ContractAmendment, Mediation, Rupture, StoredDocument, TutorChange } from './lifecycle.entities.js';
import { recordMediation } from './mediation.service.js';
import { sendRuptureRequestLinks } from './rupture-links.js';
import { startMissionAfterRupture } from './new-contract.service.js';
import { cancelRupture, completeRupture, findRupture, listRuptures, requestRupture, ruptureCounts, ruptureSteps, setRuptureStepDone, startRupture, uploadRuptureScan } from './rupture.service.js';
import { declareRupture } from './rupture-declaration.service.js';
import { changeCompanyTutor } from './tutor-change.service.js';
import { closeTrainingYear, previewYearChange } from './year-change.service.js';

type PayloadErrors = Parameters<Parameters<typeof payload>[2]>[0];
const ruptureFailed = (errors: PayloadErrors, findings: GqlFinding[]) => ({ rupture: null, errors, findings });

export const lifecycleResolvers: Resolvers = {
  Query: {
    ruptures: (_, { filter, first, offset }, ctx) => listRuptures(ctx, filter, first, offset),
    rupture: (_, { id }, ctx) => findRupture(ctx, id),
    ruptureCounts: (_, { cohort }, ctx) => ruptureCounts(ctx, cohort),
    yearChangePreview: (_, { cohort, programme, outcomes }, ctx) => previewYearChange(ctx, cohort, programme, outcomes),
    extensionPreview: async (_, { contractId, input }, ctx) => {
      try {
        const preview = await previewExtension(ctx, contractId, input);
        return { ...preview, findings: preview.findings.map(toGqlFinding) };
      } catch (error) {
        // A query has no payload: its input errors are GraphQL errors naming the field.
        if (error instanceof BusinessError) throw apiError('BAD_USER_INPUT', error.errors[0]!.message, error.errors[0]!.field ?? undefined);
        throw error;
      }
    },
    trainingHoursCheck: (_, args, ctx) => {
      authorize(ctx.actor, 'rules:use');
      const result = newContractTrainingHours({ cohort: args.cohort, contractType: args.contractType, startDate: args.startDate, endDate: args.endDate, validatedHours: args.validatedHours ?? undefined });
      return result ? { ...result, finding: result.finding ? toGqlFinding(result.finding) : null } : null;
    },
  },
  Mutation: {
    closeTrainingYear: (_, { cohort, programme, outcomes }, ctx) =>
      payload(() => closeTrainingYear(ctx, cohort, programme, outcomes), (preview) => ({ preview, errors: [] }), (errors) => ({ preview: null, errors })),
    recordMediation: (_, { contractId, input }, ctx) =>
      payload(() => recordMediation(ctx, contractId, input), (mediation) => ({ mediation, errors: [] }), (errors) => ({ mediation: null, errors })),
    sendRuptureRequestLink: (_, { contractId }, ctx) =>
      payload(() => sendRuptureRequestLinks(ctx, contractId), (sent) => ({ sent, errors: [] }), (errors) => ({ sent: 0, errors })),
    requestRupture: (_, { contractId, reason }, ctx) =>
      payload(() => requestRupture(ctx, contractId, reason), (rupture) => ({ rupture, errors: [], findings: [] }), ruptureFailed),
    declareRupture: (_, { input }, ctx) =>
      payload(() => declareRupture(ctx, input), (rupture) => ({ rupture, errors: [], findings: [] }), ruptureFailed),
    startRupture: (_, args, ctx) =>
      payload(() => startRupture(ctx, args), ({ rupture }) => ({ rupture, errors: [], findings: [] }), ruptureFailed),
    setRuptureStepDone: (_, { id, version, done }, ctx) =>
      payload(() => setRuptureStepDone(ctx, id, version, done), (step) => ({ step, errors: [] }), (errors) => ({ step: null, errors })),
    uploadRuptureScan: (_, { id, version, document }, ctx) =>
      payload(() => uploadRuptureScan(ctx, id, version, document), (step) => ({ step, errors: [] }), (errors) => ({ step: null, errors })),
    completeRupture: (_, { id, version }, ctx) =>
      payload(() => completeRupture(ctx, id, version), (rupture) => ({ rupture, errors: [], findings: [] }), ruptureFailed),
    cancelRupture: (_, { id, version, comment }, ctx) =>
      payload(() => cancelRupture(ctx, id, version, comment), (rupture) => ({ rupture, errors: [], findings: [] }), ruptureFailed),
    extendContract: (_, { contractId, version, input }, ctx) =>
      payload(
        () => extendContract(ctx, contractId, version, input),
        ({ contract, amendment, findings }) => ({ contract, amendment, findings: findings.map(toGqlFinding), errors: [] }),
        (errors, findings) => ({ contract: null, amendment: null, findings, errors }),
      ),
    changeCompanyTutor: (_, { contractId, version, input }, ctx) =>
      payload(() => changeCompanyTutor(ctx, contractId, version, input), ({ contract, change }) => ({ contract, change, errors: [] }), (errors) => ({ contract: null, change: null, errors })),
    startMissionAfterRupture: (_, { ruptureId }, ctx) =>
      payload(() => startMissionAfterRupture(ctx, ruptureId), (mission) => ({ mission, errors: [] }), (errors) => ({ mission: null, errors })),
  },
  Contract: {
    status: (c) => c.status,
    // The mediator's account (§5): not the company contacts, a party to it, nor a partner's token (MEDIATIONS).
    mediations: (c, _, ctx) => (mayRead(ctx.actor, 'MEDIATIONS') ? ctx.em.find(Mediation, { contract: c.id }, { orderBy: { heldOn: 'desc', createdAt: 'desc' } }) : []),
    ruptures: (c, _, ctx) => ctx.em.find(Rupture, { contract: c.id }, { orderBy: { createdAt: 'desc' } }),
    amendments: (c, _, ctx) => ctx.em.find(ContractAmendment, { contract: c.id }, { orderBy: { createdAt: 'asc' } }),
    tutorChanges: (c, _, ctx) => ctx.em.find(TutorChange, { contract: c.id }, { populate: ['previousTutor', 'newTutor'], orderBy: { createdAt: 'asc', id: 'asc' } }),
  },
  TutorChange: {
    previousTutorUntil: (c) => addDays(c.effectiveOn, -1),
    reason: (c, _, ctx) => (can(ctx.actor, 'tutoring:read') ? c.reason : null),
    recordedBy: (c) => c.createdByLabel,
  },
  StoredDocument: {
    contentBase64: async (d, _, ctx) => {
      if (!can(ctx.actor, 'rupture:documents')) return null;
      const loaded = await ctx.em.findOne(StoredDocument, d.id, { populate: ['content'] });
      return loaded ? Buffer.from(loaded.content).toString('base64') : null;
    },
  },
  YearChangeRow: {
    findings: (row) => row.findings.map(toGqlFinding),
  },
  Rupture: {
    steps: (r, _, ctx) => ruptureSteps(ctx, r),
  },
  RuptureStep: {
    // §5 sets no deadline for the rupture's documents: nothing is ever late (deprecated fields).
    dueDate: () => null,
    overdue: () => false,
    scan: (s, _, ctx) => (s.scanId ? ctx.em.findOne(StoredDocument, s.scanId) : null),
  },
};
