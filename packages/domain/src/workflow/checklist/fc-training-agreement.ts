import { addDays, isIsoDate, toDayNumber, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import type { HolidayOptions } from '../../holidays/french-public-holidays.js';
import { workflowDefaults } from '../workflow-defaults.js';
import { checklistAttentionLimit } from './checklist-overdue.js';

/** Where the office stands with an FC student's convention de formation. */
export type FcTrainingAgreementState = 'SIGNED' | 'TO_DO' | 'DUE_SOON' | 'OVERDUE';

export interface FcTrainingAgreementInput {
  /** FI or FC; only FC students are concerned. */
  status: string | null | undefined;
  /** Day the convention de formation was signed (recorded by the office), or none yet. */
  signedOn: IsoDate | null | undefined;
  /** First day of the student's training (their cohort year's DDF): the convention precedes it. */
  trainingStart: IsoDate | null | undefined;
  /**
   * Due dates of the TRAINING_AGREEMENT_SFCA items of the student's contracts (contractChecklist):
   * a CPRO's is « dès validation », an FC internship's the day before its start.
   */
  itemDueDates?: readonly IsoDate[] | undefined;
}

export interface FcTrainingAgreement {
  /** Last day to have it signed (inclusive); null when neither a training start nor a contract item tells. */
  dueDate: IsoDate | null;
  state: FcTrainingAgreementState;
  /** Calendar days left before the due date (negative: overdue); null when signed or no due date. */
  daysLeft: number | null;
  ref: string;
}

export const FC_TRAINING_AGREEMENT_REF = '§2.1.1 note 5, §2.1.2 note 7';

/**
 * The convention de formation of a student in formation continue (§2.1.1 note 5, §2.1.2 note 7):
 * « La formation des étudiant(e)s en formation continue (FC) est TOUJOURS régie par une convention
 * de formation, qu'il y ait une immersion professionnelle ou pas, qu'elle se fasse en alternance ou
 * pas » — FC-CPRO, FC-CSTAGEALT, FC-CSTAGE and FC-SANS alike, handled with the SFCA of the FEG.
 * Null for an FI student (their contracts' own agreements are contract checklist items, note 4).
 * Due: the earliest of the day before the training starts and the due dates of the student's
 * contract items for it. State: SIGNED once recorded; otherwise OVERDUE past the due date,
 * DUE_SOON once the due date is within `warnDays` jours ouvrables — the contract checklist's warning
 * (checklistAttentionLimit, §3.4: a CPRO's convention with the SFCA is one of its items, « dès
 * validation »), so that the two never disagree on the same convention —, TO_DO before. O(number of items).
 */
export function fcTrainingAgreement(input: FcTrainingAgreementInput, today: IsoDate, warnDays: number = workflowDefaults.checklistWarnDays, options?: HolidayOptions): FcTrainingAgreement | null {
  const now = toDayNumber(today);
  if (now === null) throw new InputError('today', `not an ISO date: ${String(today)}`);
  if (input.status !== 'FC') return null;
  if (input.signedOn != null && !isIsoDate(input.signedOn)) throw new InputError('signedOn', `not an ISO date: ${String(input.signedOn)}`);
  if (input.trainingStart != null && !isIsoDate(input.trainingStart)) throw new InputError('trainingStart', `not an ISO date: ${String(input.trainingStart)}`);
  const candidates: IsoDate[] = [...(input.trainingStart ? [addDays(input.trainingStart, -1)] : [])];
  for (const [i, due] of (input.itemDueDates ?? []).entries()) {
    if (!isIsoDate(due)) throw new InputError(`itemDueDates.${i}`, `not an ISO date: ${String(due)}`);
    candidates.push(due);
  }
  const dueDate = candidates.length ? candidates.reduce((a, b) => (b < a ? b : a)) : null;
  const base = { dueDate, ref: FC_TRAINING_AGREEMENT_REF };
  if (input.signedOn) return { ...base, state: 'SIGNED', daysLeft: null };
  if (dueDate === null) return { ...base, state: 'TO_DO', daysLeft: null };
  const daysLeft = (toDayNumber(dueDate) as number) - now;
  return { ...base, daysLeft, state: daysLeft < 0 ? 'OVERDUE' : dueDate <= fcTrainingAgreementAttentionLimit(today, warnDays, options) ? 'DUE_SOON' : 'TO_DO' };
}

/** The two reminders of a convention not recorded (as the livret's): before its due date, then once late. */
export type FcTrainingAgreementReminderKind = 'BEFORE' | 'AFTER';

/**
 * The reminder a convention de formation calls for today: BEFORE while DUE_SOON, AFTER once
 * OVERDUE, none when signed, not yet due or without a due date (§2.1.1 note 5). Each is sent once
 * per due date: a contract that brings the due date forward starts its own steps.
 */
export function fcTrainingAgreementReminderKind(follow: FcTrainingAgreement | null): FcTrainingAgreementReminderKind | null {
  if (!follow) return null;
  return follow.state === 'DUE_SOON' ? 'BEFORE' : follow.state === 'OVERDUE' ? 'AFTER' : null;
}

/**
 * The last due date the office has to look at today: a convention not recorded is DUE_SOON or
 * OVERDUE exactly when its due date is on or before this day (what the dashboard counts and the
 * students list filters in one statement, instead of computing every FC student's state): the
 * contract checklist's own limit, `warnDays` jours ouvrables ahead (checklistAttentionLimit).
 */
export function fcTrainingAgreementAttentionLimit(today: IsoDate, warnDays: number = workflowDefaults.checklistWarnDays, options?: HolidayOptions): IsoDate {
  return checklistAttentionLimit(today, warnDays, options);
}
