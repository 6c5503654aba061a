import { EntitySchema } from '@mikro-orm/core';
import type { UserError } from '../../shared/errors.js';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

/** CHECKING → WRITING → DONE, or FAILED (errors say why; nothing was written). */
export type RosterImportJobState = 'CHECKING' | 'WRITING' | 'DONE' | 'FAILED';

/**
 * A roster import running in the background, kept in the database (not in the process) so
 * that any API instance can answer its progress while the one that runs it works.
 */
export class RosterImportJob extends BaseEntity {
  state: RosterImportJobState = 'CHECKING';
  /** Rows in the file. */
  total = 0;
  /** Rows checked so far (all of them once WRITING). */
  processed = 0;
  /** Rows written: set only when DONE (all or nothing). */
  imported = 0;
  errors: UserError[] = [];
  createdBy!: string;
  finishedAt: Date | null = null;
}

export const RosterImportJobSchema = new EntitySchema<RosterImportJob, BaseEntity>({
  class: RosterImportJob,
  extends: BaseEntitySchema,
  properties: {
    state: { type: 'string', length: 10, index: true },
    total: { type: 'integer' },
    processed: { type: 'integer' },
    imported: { type: 'integer' },
    errors: { type: 'json' },
    createdBy: { type: 'string', length: 36 },
    finishedAt: { type: 'Date', nullable: true },
  },
});
