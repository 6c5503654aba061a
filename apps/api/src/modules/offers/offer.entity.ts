import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { Organisation } from '../people/people.entities.js';

export type OfferState = 'PUBLISHED' | 'CLOSED';

/** An offer the programme published (§3.2): its reference is mandatory on a matching mission. */
export class Offer extends BaseEntity {
  reference!: string;
  title!: string;
  description = '';
  organisation: Organisation | null = null;
  cohort: string | null = null;
  contractType: string | null = null;
  state: OfferState = 'PUBLISHED';
  closedAt: Date | null = null;
  /** When it was published (the API's clock): what the diffusion mails and the offers page calls new (§3.2). Null for offers published before the diffusion existed, never mailed. */
  publishedAt: Date | null = null;
}

export const OfferSchema = new EntitySchema<Offer, BaseEntity>({
  class: Offer,
  extends: BaseEntitySchema,
  properties: {
    reference: { type: 'string', length: 60, unique: true },
    title: { type: 'string', length: 300 },
    description: { type: 'text' },
    organisation: { kind: 'm:1', entity: () => Organisation, nullable: true },
    cohort: { type: 'string', length: 40, nullable: true },
    contractType: { type: 'string', length: 20, nullable: true },
    state: { type: 'string', length: 20, index: true },
    closedAt: { type: 'Date', nullable: true },
    publishedAt: { type: 'Date', nullable: true, index: true },
  },
});
