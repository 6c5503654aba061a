import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { contractChecklist } from './contract-checklist.js';
import { checklistAttentionLimit, checklistOverdue } from './checklist-overdue.js';
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

  it('DUE_SOON from warnDays jours ouvrables before the due date, as the contract checklist warns (§3.4), not in calendar days', () => {
    // Due Monday 1 September 2025 (training from the 2nd): Tuesday 26 August is 5 jours ouvrables before (6 calendar days) — DUE_SOON; Monday 25 not.
    const due = { status: 'FC', signedOn: null, trainingStart: '2025-09-02' };
    expect(fcTrainingAgreement(due, '2025-08-25')).toMatchObject({ state: 'TO_DO', daysLeft: 7 });
    expect(fcTrainingAgreement(due, '2025-08-26')).toMatchObject({ state: 'DUE_SOON', daysLeft: 6 });
    // The Assomption (Friday 15 August) does not count: due Monday 18, DUE_SOON from Monday 11 (7 calendar days), not Saturday 9.
    const assomption = { status: 'FC', signedOn: null, trainingStart: '2025-08-19' };
    expect(fcTrainingAgreement(assomption, '2025-08-09')?.state).toBe('TO_DO');
    expect(fcTrainingAgreement(assomption, '2025-08-11')?.state).toBe('DUE_SOON');
    // The same convention as a CPRO's checklist item (« dès validation »): both warn on the same days.
    for (let day = 1; day <= 30; day += 1) {
      const today = `2025-08-${String(day).padStart(2, '0')}`;
      const follow = fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: null, itemDueDates: ['2025-08-18'] }, today)!;
      const flagged = checklistOverdue([{ code: 'TRAINING_AGREEMENT_SFCA', label: 'Convention', labelEn: 'Agreement', dueDate: '2025-08-18', done: false }], today).length > 0;
      expect(follow.state !== 'TO_DO', today).toBe(flagged);
    }
  });

  it('the attention limit is the last due date DUE_SOON or OVERDUE today', () => {
    // Wednesday 20 August 2025 + 5 jours ouvrables (the Sunday not counted): Tuesday 26, as the contract checklist's.
    const limit = fcTrainingAgreementAttentionLimit('2025-08-20', 5);
    expect(limit).toBe('2025-08-26');
    expect(limit).toBe(checklistAttentionLimit('2025-08-20', 5));
    for (const [due, inside] of [['2025-08-26', true], ['2025-08-27', false], ['2025-08-01', true]] as const) {
      const state = fcTrainingAgreement({ status: 'FC', signedOn: null, trainingStart: null, itemDueDates: [due] }, '2025-08-20', 5)!.state;
      expect(state === 'DUE_SOON' || state === 'OVERDUE').toBe(inside);
      expect(due <= limit).toBe(inside);
    }
    expect(() => fcTrainingAgreementAttentionLimit('2025-02-30')).toThrow(/today/);
  });
});
