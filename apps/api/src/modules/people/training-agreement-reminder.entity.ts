import type { FcTrainingAgreementReminderKind } from '@alternance/domain';
import { EntitySchema } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * The claim of one reminder of an FC student's convention de formation (§2.1.1 note 5): unique
 * per student, due date and step (BEFORE, AFTER), inserted in the transaction that queues its
 * mails — a second sweep, on this instance or another, fails on the key and sends nothing.
 */
export class TrainingAgreementReminder {
  id: string = randomUUID();
  studentId!: string;
  dueDate!: string;
  kind!: FcTrainingAgreementReminderKind;
  sentAt!: Date;
}

export const TrainingAgreementReminderSchema = new EntitySchema<TrainingAgreementReminder>({
  class: TrainingAgreementReminder,
  uniques: [{ properties: ['studentId', 'dueDate', 'kind'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    studentId: { type: 'string', length: 36 },
    dueDate: { type: 'string', length: 10 },
    kind: { type: 'string', length: 6 },
    sentAt: { type: 'Date' },
  },
});
