import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { closeOffer, listOffers, publishOffer } from './offer.service.js';

export const offerResolvers: Resolvers = {
  Query: {
    offers: (_, { state, first, offset }, ctx) => listOffers(ctx, state, first, offset),
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
  },
};
