import { describe, expect, it } from 'vitest';
import { checkOfferReference, checkOfferReferenceKnown, offerNamedBy, offersMatchingFiche } from './check-offer-reference.js';

const offers = [{ reference: 'OFF-2025-012' }];

describe('checkOfferReference (§3.2 Attention)', () => {
  it('does not fire when the mission matches no published offer', () => {
    expect(checkOfferReference({ matchingPublishedOffers: [] })).toBeNull();
    expect(checkOfferReference({ offerReference: 'anything', matchingPublishedOffers: [] })).toBeNull();
  });

  it('fires when a matching offer exists and no reference is given', () => {
    for (const offerReference of [undefined, null, '', '   ']) {
      const finding = checkOfferReference({ offerReference, matchingPublishedOffers: offers });
      expect(finding).toMatchObject({ code: 'OFFER_REFERENCE_REQUIRED', severity: 'error', subject: 'offerReference' });
      expect(finding?.message).toContain('OFF-2025-012');
    }
  });

  it('fires on a wrong reference, not on the right one however spaced or cased', () => {
    expect(checkOfferReference({ offerReference: 'OFF-2025-013', matchingPublishedOffers: offers })?.message).toContain('ne correspond pas');
    expect(checkOfferReference({ offerReference: 'OFF-2025-012', matchingPublishedOffers: offers })).toBeNull();
    expect(checkOfferReference({ offerReference: ' off-2025 -012 ', matchingPublishedOffers: offers })).toBeNull();
  });

  it('accepts any of several matching offers', () => {
    const two = [...offers, { reference: 'OFF-2025-020' }];
    expect(checkOfferReference({ offerReference: 'OFF-2025-020', matchingPublishedOffers: two })).toBeNull();
  });
});

describe('checkOfferReferenceKnown (§3.2 « afin que nous puissions la supprimer »)', () => {
  const published = [
    { reference: 'OFF-2025-001', organisationSiret: '12345678901234', organisationName: 'Calanques SA' },
    { reference: 'OFF-2025-002', organisationSiret: null, organisationName: null },
  ];

  it('says nothing without a reference, nor on a reference that names a published offer of the fiche’s OPA or of no recorded OPA', () => {
    for (const offerReference of [undefined, null, '', '  ']) expect(checkOfferReferenceKnown({ offerReference, siret: '12345678901234', publishedOffers: published })).toBeNull();
    expect(checkOfferReferenceKnown({ offerReference: ' off-2025-001 ', siret: '123 456 789 01234', publishedOffers: published })).toBeNull();
    expect(checkOfferReferenceKnown({ offerReference: 'OFF-2025-002', siret: '99999999999999', publishedOffers: published })).toBeNull();
    // The fiche names no OPA yet: nothing to compare.
    expect(checkOfferReferenceKnown({ offerReference: 'OFF-2025-001', siret: null, publishedOffers: published })).toBeNull();
  });

  it('warns on a reference that names no published offer', () => {
    const finding = checkOfferReferenceKnown({ offerReference: 'OFF-2025-0001', siret: '12345678901234', publishedOffers: published });
    expect(finding).toMatchObject({ code: 'OFFER_REFERENCE_UNKNOWN', severity: 'warning', subject: 'offerReference', ref: '§3.2' });
    expect(finding?.message).toContain('ne correspond à aucune offre');
    expect(checkOfferReferenceKnown({ offerReference: 'OFF-2025-001', publishedOffers: [] })?.code).toBe('OFFER_REFERENCE_UNKNOWN');
  });

  it('warns on the reference of another OPA’s offer, naming that OPA', () => {
    const finding = checkOfferReferenceKnown({ offerReference: 'OFF-2025-001', siret: '55555555555555', publishedOffers: published });
    expect(finding).toMatchObject({ code: 'OFFER_REFERENCE_UNKNOWN', severity: 'warning' });
    expect(finding?.message).toContain('Calanques SA');
  });

  it('offerNamedBy finds the offer however spaced or cased', () => {
    expect(offerNamedBy(' off - 2025-002', published)?.reference).toBe('OFF-2025-002');
    expect(offerNamedBy('OFF-2025-003', published)).toBeNull();
    expect(offerNamedBy(null, published)).toBeNull();
  });
});

describe('offersMatchingFiche (§3.2)', () => {
  const offers = [
    { reference: 'A', organisationSiret: '12345678901234', cohort: null, contractType: null },
    { reference: 'B', organisationSiret: '12345678901234', cohort: 'M2-2025', contractType: 'CAPP' },
    { reference: 'C', organisationSiret: '99999999999999', cohort: null, contractType: null },
    { reference: 'D', organisationSiret: null, cohort: null, contractType: null },
  ];
  it('matches by the OPA’s SIRET, and by cohort and contract type only when the offer names them', () => {
    expect(offersMatchingFiche(offers, { cohort: 'M2-2025', contractType: 'CAPP', siret: '123 456 789 01234' }).map((o) => o.reference)).toEqual(['A', 'B']);
    expect(offersMatchingFiche(offers, { cohort: 'M2-2025', contractType: 'CPRO', siret: '12345678901234' }).map((o) => o.reference)).toEqual(['A']);
    expect(offersMatchingFiche(offers, { cohort: 'L3I-2025', contractType: 'CAPP', siret: '12345678901234' }).map((o) => o.reference)).toEqual(['A']);
  });
  it('matches nothing without a SIRET', () => {
    expect(offersMatchingFiche(offers, { cohort: 'M2-2025', contractType: 'CAPP', siret: '' })).toEqual([]);
    expect(offersMatchingFiche(offers, { cohort: 'M2-2025', contractType: 'CAPP' })).toEqual([]);
  });
});
