import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

export type OutboxState = 'PENDING' | 'SENT' | 'FAILED';

/** A mail written in the same transaction as the change that causes it, delivered later. */
export class OutboxMail extends BaseEntity {
  to!: string;
  subject!: string;
  text!: string;
  template!: string;
  missionId: string | null = null;
  state: OutboxState = 'PENDING';
  attempts = 0;
  nextAttemptAt: Date = new Date();
  lastError: string | null = null;
  sentAt: Date | null = null;
  /**
   * The personal-link token of this mail, kept apart from its text (which holds
   * `/lien/[masqué]`) only until delivery, then dropped: no reader of the outbox ever sees it.
   */
  linkToken: string | null = null;
  /**
   * An iCalendar invitation (RFC 5545) sent with the mail as its calendar part (visits, §4.6):
   * METHOD REQUEST or CANCEL. It carries no secret, so it is kept as sent.
   */
  calendarEvent: OutboxCalendarEvent | null = null;
  /**
   * The mail's own headers, sent as they are (the offer mails' List-Unsubscribe and
   * List-Unsubscribe-Post, RFC 8058, §3.2). No secret: a personal-link token never goes here.
   */
  headers: Record<string, string> | null = null;
}

export interface OutboxCalendarEvent {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

export const OutboxMailSchema = new EntitySchema<OutboxMail, BaseEntity>({
  class: OutboxMail,
  extends: BaseEntitySchema,
  indexes: [{ properties: ['state', 'nextAttemptAt'] }],
  properties: {
    to: { type: 'string', length: 254 },
    subject: { type: 'string', length: 300 },
    text: { type: 'text' },
    template: { type: 'string', length: 60 },
    missionId: { type: 'string', length: 36, nullable: true, index: true },
    state: { type: 'string', length: 20 },
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: { type: 'Date' },
    lastError: { type: 'text', nullable: true },
    sentAt: { type: 'Date', nullable: true },
    linkToken: { type: 'string', length: 100, nullable: true, lazy: true },
    calendarEvent: { type: 'json', nullable: true },
    headers: { type: 'json', nullable: true },
  },
});
