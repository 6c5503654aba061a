import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { OfferAlertFrequency } from '@alternance/domain';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

/**
 * A student's choice of how the offers the MIAGE diffuses (§3.2) reach them by mail, and when
 * they last opened the offers page (what is « new » to them). No row: the default, a daily digest.
 */
export class OfferAlertSetting extends BaseEntity {
  studentId!: string;
  frequency: OfferAlertFrequency = 'DAILY';
  /** The previous visit of the offers page (offers published after it are shown as new). */
  offersSeenAt: Date | null = null;
}

export const OfferAlertSettingSchema = new EntitySchema<OfferAlertSetting, BaseEntity>({
  class: OfferAlertSetting,
  extends: BaseEntitySchema,
  properties: {
    studentId: { type: 'string', length: 36, unique: true },
    frequency: { type: 'string', length: 10 },
    offersSeenAt: { type: 'Date', nullable: true },
  },
});

/**
 * One offer mailed to one student (§3.2): unique per offer and student, inserted in the
 * transaction that queues the mail, so that a student never gets an offer twice, even when two
 * API instances run the sweep at once (the second fails on the key and queues nothing).
 */
export class OfferDelivery {
  id: string = randomUUID();
  offerId!: string;
  studentId!: string;
  /** IMMEDIATE (a mail for the offer) or DAILY (in a digest). */
  mode!: OfferAlertFrequency;
  sentAt!: Date;
}

export const OfferDeliverySchema = new EntitySchema<OfferDelivery>({
  class: OfferDelivery,
  uniques: [{ properties: ['offerId', 'studentId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    offerId: { type: 'string', length: 36 },
    studentId: { type: 'string', length: 36, index: true },
    mode: { type: 'string', length: 10 },
    sentAt: { type: 'Date' },
  },
});

/** A DAILY student's digest of a day: unique per student and day, the claim that makes it one a day across instances. */
export class OfferDigest {
  id: string = randomUUID();
  studentId!: string;
  day!: string;
  offers!: number;
  sentAt!: Date;
}

export const OfferDigestSchema = new EntitySchema<OfferDigest>({
  class: OfferDigest,
  uniques: [{ properties: ['studentId', 'day'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    studentId: { type: 'string', length: 36 },
    day: { type: 'string', length: 10 },
    offers: { type: 'integer' },
    sentAt: { type: 'Date' },
  },
});
