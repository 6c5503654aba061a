import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { can } from '../../policy/policy.js';
import { myOfferAlerts, recordOffersVisit, setOfferAlerts } from './offer-alert.service.js';
import { closeOffer, listOffers, publishOffer } from './offer.service.js';

export const offerResolvers: Resolvers = {
  Query: {
    offers: (_, { state, first, offset }, ctx) => listOffers(ctx, state, first, offset),
    myOfferAlerts: (_, __, ctx) => myOfferAlerts(ctx),
  },
  Offer: {
    sentTo: (offer, _, ctx) => (ctx.actor && can(ctx.actor, 'offers:manage') ? ctx.loaders.offerSentTo(offer.id) : null),
  },
  Mutation: {
    publishOffer: (_, { input }, ctx) =>
      payload(
        () => publishOffer(ctx, input),
        (offer) => ({ offer, errors: [] }),
        (errors) => ({ offer: null, errors }),
      ),
    closeOffer: (_, { id, version }, ctx) =>
      payload(
        () => closeOffer(ctx, id, version),
        (offer) => ({ offer, errors: [] }),
        (errors) => ({ offer: null, errors }),
      ),
    setOfferAlerts: (_, { frequency, version }, ctx) =>
      payload(
        () => setOfferAlerts(ctx, frequency, version),
        (alerts) => ({ alerts, errors: [] }),
        (errors) => ({ alerts: null, errors }),
      ),
    recordOffersVisit: (_, __, ctx) => recordOffersVisit(ctx),
  },
};
