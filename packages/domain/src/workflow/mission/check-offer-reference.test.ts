import { describe, expect, it } from 'vitest';
import { checkOfferReference } from './check-offer-reference.js';

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
