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

/** A published offer as {@link checkOfferReferenceKnown} reads it: its reference and, when recorded, its OPA. */
export interface PublishedOfferFacts {
  reference: string;
  organisationSiret?: string | null | undefined;
  organisationName?: string | null | undefined;
}

export interface OfferReferenceKnownInput {
  /** The reference the student typed in the fiche de validation. */
  offerReference?: string | null | undefined;
  /** The SIRET of the OPA the fiche names (null while none is given). */
  siret?: string | null | undefined;
  /** Every offer the programme publishes now. */
  publishedOffers: readonly PublishedOfferFacts[];
}

/** The published offer a reference names (references compare as in {@link checkOfferReference}), if any. */
export function offerNamedBy<T extends { reference: string }>(reference: string | null | undefined, offers: readonly T[]): T | null {
  const given = reference ? normalise(reference) : '';
  if (given === '') return null;
  return offers.find((o) => normalise(o.reference) === given) ?? null;
}

/**
 * OFFER_REFERENCE_UNKNOWN (warning) when the fiche gives a reference that names none of the
 * offers the programme publishes, or names the offer of another OPA than the fiche's. §3.2
 * asks for the reference « afin que nous puissions la supprimer »: a mistyped one removes
 * nothing and leaves the offer on the list. A warning, not an error: the offer may have been
 * closed meanwhile, and the manager decides. An empty reference says nothing here
 * ({@link checkOfferReference} speaks when a matching offer exists).
 */
export function checkOfferReferenceKnown(input: OfferReferenceKnownInput): WorkflowFinding | null {
  const reference = input.offerReference?.trim() ?? '';
  if (reference === '') return null;
  const offer = offerNamedBy(reference, input.publishedOffers);
  if (!offer) {
    return workflowFinding(
      'OFFER_REFERENCE_UNKNOWN',
      { subject: 'offerReference' },
      {
        fr: `La référence « ${reference} » ne correspond à aucune offre diffusée par la MIAGE en ce moment : vérifiez-la dans la liste des offres, ou laissez le champ vide si votre mission n’y figure pas (§3.2).`,
        en: `Reference "${reference}" names none of the offers the programme publishes now: check it in the list of offers, or leave the field empty if your mission is not there (§3.2).`,
      },
    );
  }
  const siret = input.siret?.replace(/\s+/g, '') ?? '';
  if (offer.organisationSiret && siret !== '' && offer.organisationSiret !== siret) {
    const name = offer.organisationName ?? offer.organisationSiret;
    return workflowFinding(
      'OFFER_REFERENCE_UNKNOWN',
      { subject: 'offerReference' },
      {
        fr: `La référence « ${reference} » est celle d’une offre de ${name}, pas de l’OPA de cette fiche (SIRET ${siret}) : vérifiez la référence ou l’OPA (§3.2).`,
        en: `Reference "${reference}" is that of an offer of ${name}, not of this fiche's OPA (SIRET ${siret}): check the reference or the OPA (§3.2).`,
      },
    );
  }
  return null;
}

/** A published offer as the matching reads it: the OPA's SIRET, and the cohort and contract type it may name. */
export interface MatchableOffer {
  reference: string;
  cohort?: string | null | undefined;
  contractType?: string | null | undefined;
  organisationSiret?: string | null | undefined;
}

/**
 * The published offers a fiche matches (§3.2): same OPA by SIRET, and the offer's cohort and
 * contract type when it names them. What {@link checkOfferReference} is given, in the API and
 * in the student's browser alike.
 */
export function offersMatchingFiche<T extends MatchableOffer>(offers: readonly T[], fiche: { cohort: string; contractType: string; siret?: string | null | undefined }): T[] {
  const siret = fiche.siret?.replace(/\s+/g, '') ?? '';
  if (siret === '') return [];
  return offers.filter((o) => o.organisationSiret === siret && (o.cohort == null || o.cohort === fiche.cohort) && (o.contractType == null || o.contractType === fiche.contractType));
}
