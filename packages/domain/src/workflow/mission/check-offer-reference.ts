import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';

export interface OfferReferenceInput {
  /** The reference the student typed in the fiche de validation. */
  offerReference?: string | null | undefined;
  /** The programme's published offers this mission matches (the caller decides what matches). */
  matchingPublishedOffers: readonly { reference: string }[];
}

/** References compare without case and surrounding or inner spaces: "off-2025 - 12" is "OFF-2025-12". */
function normalise(reference: string): string {
  return reference.replace(/\s+/g, '').toUpperCase();
}

/**
 * OFFER_REFERENCE_REQUIRED when the mission matches an offer the programme published and
 * the fiche gives no reference, or one that is not among the matching offers (§3.2,
 * "Attention": the reference is mandatory even for a mission found without the
 * programme's help, so that the offer can be withdrawn).
 */
export function checkOfferReference(input: OfferReferenceInput): WorkflowFinding | null {
  const offers = input.matchingPublishedOffers;
  if (offers.length === 0) return null;
  const given = input.offerReference ? normalise(input.offerReference) : '';
  if (given !== '' && offers.some((o) => normalise(o.reference) === given)) return null;
  const expected = offers.map((o) => o.reference).join(', ');
  return workflowFinding(
    'OFFER_REFERENCE_REQUIRED',
    { subject: 'offerReference' },
    given === ''
      ? {
          fr: `Cette mission correspond à une offre diffusée par la MIAGE : indiquer sa référence (${expected}).`,
          en: `This mission matches an offer published by the programme: give its reference (${expected}).`,
        }
      : {
          fr: `La référence « ${input.offerReference ?? ''} » ne correspond pas à l’offre diffusée par la MIAGE à laquelle correspond cette mission (${expected}).`,
          en: `Reference "${input.offerReference ?? ''}" is not that of the published offer this mission matches (${expected}).`,
        },
  );
}
