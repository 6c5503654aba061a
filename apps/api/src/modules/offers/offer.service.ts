import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck, pageOffset } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { CONTRACT_TYPES, pageSize, upsertOrganisation, type OrganisationInput } from '../missions/mission.service.js';
import { Organisation } from '../people/people.entities.js';
import { Offer, type OfferState } from './offer.entity.js';

export async function listOffers(ctx: ServiceContext, state: OfferState | null | undefined, first?: number | null, offset?: number | null): Promise<Offer[]> {
  authorize(ctx.actor, 'offers:read');
  return ctx.em.find(Offer, state ? { state } : {}, { populate: ['organisation'], orderBy: { reference: 'asc' }, limit: pageSize(first), offset: pageOffset(offset) });
}

export interface OfferInput {
  reference: string;
  title: string;
  description?: string | null;
  organisationId?: string | null;
  /** The OPA by its SIRET (created on first use): what lets a fiche of that OPA match the offer (§3.2). */
  organisation?: OrganisationInput | null;
  cohort?: string | null;
  contractType?: string | null;
}

export async function publishOffer(ctx: ServiceContext, input: OfferInput): Promise<Offer> {
  const actor = authorize(ctx.actor, 'offers:manage');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck('input.');
    const reference = check.text('reference', input.reference, 60, { required: true });
    const title = check.text('title', input.title, 300, { required: true });
    const description = check.text('description', input.description, 10_000) ?? '';
    const contractType = check.oneOf('contractType', input.contractType, CONTRACT_TYPES);
    const cohort = check.oneOf('cohort', input.cohort, (await ctx.referenceData()).cohorts.map((c) => c.code));
    if (input.organisationId && input.organisation) check.fail('organisation', 'OPA : donnez soit son identifiant, soit sa raison sociale et son SIRET, pas les deux.');
    const given = input.organisation ? await upsertOrganisation(ctx, input.organisation, check, 'organisation') : null;
    check.done();
    if (await ctx.em.findOne(Offer, { reference })) throw new BusinessError([{ code: 'DUPLICATE', field: 'input.reference', message: `La référence ${reference} existe déjà.` }]);
    const organisation = given ?? (input.organisationId ? await ctx.em.findOne(Organisation, input.organisationId) : null);
    if (input.organisationId && !organisation) throw missing('OPA', input.organisationId, 'input.organisationId');
    const offer = new Offer();
    Object.assign(offer, { reference, title, description, organisation, cohort, contractType, publishedAt: ctx.clock.now() });
    ctx.em.persist(offer);
    audit(ctx.em, actor, { entityType: 'Offer', entityId: offer.id, action: 'PUBLISH', fields: ['reference', 'title'] }, ctx.clock.now());
    return offer;
  });
}

export async function closeOffer(ctx: ServiceContext, id: string, version: number): Promise<Offer> {
  const actor = authorize(ctx.actor, 'offers:manage');
  return unitOfWork(ctx, async () => {
    const offer = await ctx.em.findOne(Offer, id, { populate: ['organisation'] });
    if (!offer) throw missing('Offre', id);
    if (offer.version !== version) throw conflict('Cette offre', 'modifiée');
    if (offer.state === 'CLOSED') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'Offre déjà close.' }]);
    offer.state = 'CLOSED';
    offer.closedAt = ctx.clock.now();
    audit(ctx.em, actor, { entityType: 'Offer', entityId: offer.id, action: 'CLOSE', fields: ['state'] }, ctx.clock.now());
    return offer;
  });
}
