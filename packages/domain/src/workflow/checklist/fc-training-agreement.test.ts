import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { contractChecklist } from './contract-checklist.js';
import { fcTrainingAgreement, fcTrainingAgreementAttentionLimit, fcTrainingAgreementReminderKind } from './fc-training-agreement.js';

describe('fcTrainingAgreement (§2.1.1 note 5, §2.1.2 note 7)', () => {
  it('concerns every FC student, never an FI one', () => {
    expect(fcTrainingAgreement({ status: 'FI', signedOn: null, trainingStart: '2025-09-01' }, '2025-08-31')).toBeNull();
    expect(fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: '2025-09-01' }, '2025-06-01')).toEqual({
      dueDate: '2025-08-31',
      state: 'TO_DO',
      daysLeft: 91,
      ref: '§2.1.1 note 5, §2.1.2 note 7',
    });
  });

  it('FC-SANS (no immersion): due the day before the training starts; due soon within the warning days, then overdue', () => {
    const sans = { status: 'FC', signedOn: null, trainingStart: '2025-09-01' };
    expect(fcTrainingAgreement(sans, '2025-08-25')?.state).toBe('TO_DO');
    expect(fcTrainingAgreement(sans, '2025-08-26')).toMatchObject({ state: 'DUE_SOON', daysLeft: 5 });
    expect(fcTrainingAgreement(sans, '2025-08-31')).toMatchObject({ state: 'DUE_SOON', daysLeft: 0 });
    expect(fcTrainingAgreement(sans, '2025-09-01')).toMatchObject({ state: 'OVERDUE', daysLeft: -1 });
    expect(fcTrainingAgreement(sans, '2025-09-01', 0)).toMatchObject({ state: 'OVERDUE' });
  });

  it('once signed it is SIGNED, whatever the day', () => {
    expect(fcTrainingAgreement({ status: 'FC', signedOn: '2025-07-10', trainingStart: '2025-09-01' }, '2026-03-02')).toEqual({
      dueDate: '2025-08-31',
      state: 'SIGNED',
      daysLeft: null,
      ref: '§2.1.1 note 5, §2.1.2 note 7',
    });
  });

  it('FC-CPRO: the contract item « dès validation » comes first', () => {
    const [item] = contractChecklist({ contractType: 'CPRO', foreign: false, status: 'FC', validationDate: '2025-06-10', startDate: '2025-09-01' }).filter(
      (i) => i.code === 'TRAINING_AGREEMENT_SFCA',
    );
    expect(item?.dueDate).toBe('2025-06-16');
    expect(fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: '2025-09-01', itemDueDates: [item!.dueDate] }, '2025-06-17')).toMatchObject({
      dueDate: '2025-06-16',
      state: 'OVERDUE',
    });
  });

  it('without a training start nor a contract it is still to do, with no due date', () => {
    expect(fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: null }, '2025-06-01')).toEqual({ dueDate: null, state: 'TO_DO', daysLeft: null, ref: '§2.1.1 note 5, §2.1.2 note 7' });
  });

  it('refuses a malformed date, naming it', () => {
    expect(() => fcTrainingAgreement({ status: 'FC', signedOn: '2025-13-01', trainingStart: null }, '2025-06-01')).toThrow(InputError);
    expect(() => fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: null, itemDueDates: ['x'] }, '2025-06-01')).toThrow(/itemDueDates\.0/);
    expect(() => fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: null }, 'today')).toThrow(/today/);
  });

  it('calls for a reminder before the due date (DUE_SOON) and once late (OVERDUE), none otherwise', () => {
    const at = (today: string, signedOn: string | null = null) => fcTrainingAgreementReminderKind(fcTrainingAgreement({ status: 'FC', signedOn, trainingStart: '2025-09-01' }, today));
    expect(at('2025-08-01')).toBeNull(); // TO_DO: due 2025-08-31, 30 days left
    expect(at('2025-08-26')).toBe('BEFORE'); // 5 days left: DUE_SOON
    expect(at('2025-08-31')).toBe('BEFORE');
    expect(at('2025-09-01')).toBe('AFTER');
    expect(at('2025-09-01', '2025-08-20')).toBeNull();
    expect(fcTrainingAgreementReminderKind(fcTrainingAgreement({ status: 'FI', signedOn: null, trainingStart: '2025-09-01' }, '2025-09-01'))).toBeNull();
    expect(fcTrainingAgreementReminderKind(fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: null }, '2025-09-01'))).toBeNull();
  });

  it('the attention limit is the last due date DUE_SOON or OVERDUE today', () => {
    const limit = fcTrainingAgreementAttentionLimit('2025-08-20', 5);
    expect(limit).toBe('2025-08-25');
    for (const [due, inside] of [['2025-08-25', true], ['2025-08-26', false], ['2025-08-01', true]] as const) {
      const state = fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: null, itemDueDates: [due] }, '2025-08-20', 5)!.state;
      expect(state === 'DUE_SOON' || state === 'OVERDUE').toBe(inside);
      expect(due <= limit).toBe(inside);
    }
    expect(() => fcTrainingAgreementAttentionLimit('2025-02-30')).toThrow(/today/);
  });
});
