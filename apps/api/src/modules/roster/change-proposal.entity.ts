import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { Mission } from '../missions/mission.entities.js';

export type ProposalState = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** A correction of DDC/DFC/pay sent from a spreadsheet, applied only when the manager accepts it. */
export class ChangeProposal extends BaseEntity {
  mission!: Mission;
  /** The mission version the proposer read: accepting a proposal based on an older one is a conflict. */
  basedOnVersion!: number;
  startDate: string | null = null;
  endDate: string | null = null;
  monthlyGrossPayCents: number | null = null;
  comment: string | null = null;
  state: ProposalState = 'PENDING';
  proposedBy!: string;
  decidedBy: string | null = null;
  decidedAt: Date | null = null;
}

export const ChangeProposalSchema = new EntitySchema<ChangeProposal, BaseEntity>({
  class: ChangeProposal,
  extends: BaseEntitySchema,
  properties: {
    mission: { kind: 'm:1', entity: () => Mission, index: true },
    basedOnVersion: { type: 'integer' },
    startDate: { type: 'string', length: 10, nullable: true },
    endDate: { type: 'string', length: 10, nullable: true },
    monthlyGrossPayCents: { type: 'integer', nullable: true },
    comment: { type: 'text', nullable: true },
    state: { type: 'string', length: 20, index: true },
    proposedBy: { type: 'string', length: 36 },
    decidedBy: { type: 'string', length: 36, nullable: true },
    decidedAt: { type: 'Date', nullable: true },
  },
});
