import { checkRuptureLastDay, formatDateFr } from '@alternance/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { authorize, missionScope } from '../../policy/policy.js';
import { BusinessError, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { User } from '../auth/auth.entities.js';
import { Contract } from '../contracts/contract.entities.js';
import { recordChange } from '../integration/change-feed.js';
import { ExternalId } from '../integration/external-id.entity.js';
import { enqueueMail } from '../mail/outbox.js';
import { studentName } from './contract-access.js';
import { ruptureDeclaredMail } from './lifecycle-mails.js';
import { Rupture } from './lifecycle.entities.js';

export interface RuptureDeclarationInput {
  /** The partner's identifier of the contract (its source: the token's partner)… */
  externalId?: string | null;
  /** …or our contract id. */
  contractId?: string | null;
  /** The exact last day of the contract the partner recorded, that day included (§5, note 35). */
  lastDay: string;
  reason: string;
}

const PARTNER_LABEL: Record<string, string> = { cfa: 'CFA', sfca: 'SFCA' };

/**
 * A CFA/SFCA's system declares a rupture it recorded (issue 14). The guide has the rupture go
 * through the manager (§5: the bordereau comes from the responsable, documents are sent to the
 * CFA or DDETS/OPCO, a copy to the responsable): so the declaration opens a rupture REQUESTED
 * with the partner's last day, for the office to engage and complete; the contract stays active
 * until then. The managers are mailed. Declaring the same rupture again returns it unchanged —
 * while it is open, and once the office has completed or cancelled it (a partner that pushes
 * what it knows every night must not reopen it nor mail the managers again).
 */
export async function declareRupture(ctx: ServiceContext, input: RuptureDeclarationInput): Promise<Rupture> {
  try {
    return await declareOnce(ctx, input);
  } catch (error) {
    // Two declarations of one contract at once (a retry sent before the first answered): the
    // unique open_for refuses the second's insert; run again, it finds the first's rupture.
    if (error instanceof UniqueConstraintViolationException && /rupture[._]open_for/.test(error.message)) return declareOnce(ctx, input);
    throw error;
  }
}

async function declareOnce(ctx: ServiceContext, input: RuptureDeclarationInput): Promise<Rupture> {
  const actor = authorize(ctx.actor, 'rupture:declare');
  const source = actor.kind === 'TOKEN' ? (actor.partner ?? null) : null;
  const check = new InputCheck();
  const lastDay = check.date('lastDay', input.lastDay);
  if (!input.lastDay) check.fail('lastDay', 'Champ obligatoire : lastDay (dernier jour du contrat, inclus).');
  const reason = check.text('reason', input.reason, 5_000, { required: true });
  if (!input.externalId === !input.contractId) check.fail('externalId', 'externalId : donnez l’identifiant du contrat chez vous (ou contractId), l’un des deux.');
  if (input.externalId && !source) check.fail('externalId', 'externalId : seul un jeton de partenaire (cfa, sfca) désigne un contrat par son identifiant.');
  check.done();
  return unitOfWork(ctx, async () => {
    const id = input.contractId ?? (await ctx.em.findOne(ExternalId, { source: source!, entityType: 'CONTRACT', externalId: input.externalId! }))?.entityId ?? null;
    const field = input.contractId ? 'contractId' : 'externalId';
    const contract = id && /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(Contract, { id, mission: missionScope(actor) }, { populate: ['student', 'mission'] }) : null;
    if (!contract) throw missing('Contrat', input.contractId ?? input.externalId!, field);
    const open = await ctx.em.findOne(Rupture, { openFor: contract.id });
    if (open) {
      // A retry of the same declaration is not an error: the partner gets the rupture back.
      if (open.declaredBySource === source && open.declaredLastDay === lastDay) return open;
      throw new BusinessError([{ code: 'RUPTURE_ALREADY_OPEN', field, message: `Une rupture est déjà en cours pour ce contrat (état ${open.state}) : le responsable de l’alternance la suit.` }]);
    }
    // Already declared, and settled by the office since: the partner gets it back with its state.
    const settled = await ctx.em.findOne(Rupture, { contract: contract.id, declaredBySource: source, declaredLastDay: lastDay, state: { $in: ['COMPLETED', 'CANCELLED'] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    if (settled) return settled;
    if (contract.status !== 'ACTIVE') throw new BusinessError([{ code: 'CONTRACT_NOT_ACTIVE', field, message: 'Ce contrat est déjà rompu.' }]);
    const finding = checkRuptureLastDay({ lastDay, startDate: contract.startDate, endDate: contract.endDate });
    if (finding) throw new BusinessError([{ code: finding.code, field: 'lastDay', message: finding.message }], [finding]);
    const rupture = Object.assign(new Rupture(), {
      contract,
      requestedByRole: actor.role,
      requestedById: actor.id,
      requestedByLabel: actor.label,
      reason: reason!,
      plannedEndDate: contract.endDate,
      declaredBySource: source,
      declaredLastDay: lastDay,
    });
    ctx.em.persist(rupture);
    const now = ctx.clock.now();
    const partner = PARTNER_LABEL[source ?? ''] ?? source ?? actor.label;
    const managers = await ctx.em.find(User, { role: 'MANAGER', active: true }, { fields: ['email'] });
    for (const m of managers) {
      enqueueMail(ctx.em, m.email, 'RUPTURE_DECLARED', ruptureDeclaredMail({ studentName: studentName(contract), partner, lastDay: formatDateFr(lastDay!), reason: reason!, link: `${ctx.publicUrl}/contrats/${contract.id}` }), contract.mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'Rupture', entityId: rupture.id, action: 'DECLARE', fields: ['reason', 'declaredLastDay'], comment: `Contrat ${contract.id}${source ? ` (${source})` : ''}` }, now);
    await recordChange(ctx.em, { type: 'CONTRACT_UPDATED', entityType: 'Contract', entityId: contract.id, contractType: contract.contractType, data: { contractId: contract.id, missionId: contract.mission.id, ruptureId: rupture.id, fields: ['ruptureDeclared'], source } }, now);
    return rupture;
  });
}
