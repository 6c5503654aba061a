import { formatDateFr } from '@alternance/domain';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { contractFor } from './contract-access.js';
import { Mediation } from './lifecycle.entities.js';

export interface MediationInput {
  difficulty: string;
  actions: string;
  outcome: string;
  heldOn: string;
}

const OUTCOMES = ['RESOLVED', 'ONGOING', 'FAILED'] as const;

/**
 * The academic tutor (of their alternants) or the manager records a mediation: the
 * difficulty, what was done and how it ended (§5: try it before any rupture).
 */
export async function recordMediation(ctx: ServiceContext, contractId: string, input: MediationInput): Promise<Mediation> {
  return unitOfWork(ctx, async () => {
    const { actor, contract } = await contractFor(ctx, 'mediation:record', contractId);
    const check = new InputCheck('input.');
    const difficulty = check.text('difficulty', input.difficulty, 5_000, { required: true });
    const actions = check.text('actions', input.actions, 5_000, { required: true });
    const outcome = check.oneOf('outcome', input.outcome, OUTCOMES);
    const heldOn = check.date('heldOn', input.heldOn);
    if (heldOn && heldOn > ctx.clock.today()) check.fail('heldOn', `La médiation ne peut pas être datée après aujourd’hui (${formatDateFr(ctx.clock.today())}).`);
    check.done();
    const mediation = new Mediation();
    mediation.contract = contract;
    mediation.difficulty = difficulty!;
    mediation.actions = actions!;
    mediation.outcome = outcome!;
    mediation.heldOn = heldOn!;
    mediation.mediatorRole = actor.role;
    mediation.mediatorId = actor.id;
    mediation.mediatorLabel = actor.label;
    ctx.em.persist(mediation);
    audit(ctx.em, actor, { entityType: 'Mediation', entityId: mediation.id, action: 'RECORD', fields: ['difficulty', 'actions', 'outcome', 'heldOn'], comment: `Contrat ${contract.id}` }, ctx.clock.now());
    return mediation;
  });
}
