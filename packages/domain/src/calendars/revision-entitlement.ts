import { dayOfWeek, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { HALF_DAY_KINDS, type GeneratedCalendar } from './generated-calendar.js';

/** §4.4.2: 5 jours ouvrables of examination leave per tranche of 60 jours ouvrables worked. */
export const EXAM_LEAVE_DAYS_PER_TRANCHE = 5;
export const EXAM_LEAVE_TRANCHE_DAYS = 60;

export interface RevisionEntitlement {
  /** REVISION half-days of the calendar within the contract (§2.2.3, §4.4.3). */
  revisionHalfDays: number;
  /**
   * Jours ouvrables (Monday to Saturday, public holidays excluded) within the contract on
   * which the calendar plans work, at the OPA or in training (training is working time).
   */
  workedDays: number;
  /** Examination-leave days the contract opens: 5 per full 60 worked (CPRO only, §4.4.2); 0 for a CAPP (§4.4.1). */
  entitlementDays: number;
  /** Entitlement in half-days minus the revision half-days the calendar already gives, never below 0 (§4.4.3). */
  remainingHalfDays: number;
}

const WORK = new Set(['TRAINING', 'COMPANY', 'REVISION', 'VACATION'].map((k) => HALF_DAY_KINDS.indexOf(k as never)));
const HOLIDAY = HALF_DAY_KINDS.indexOf('PUBLIC_HOLIDAY');
const REVISION = HALF_DAY_KINDS.indexOf('REVISION');

/**
 * Revision half-days an alternant is given by the calendar and what remains of the CPRO
 * examination leave (loi 2015-990 art. 296, quoted in §4.4.2) once they are deducted
 * (§4.4.3: the calendar's revision half-days count against it). For a CAPP the legal
 * 5 days apply only with specific CFA teaching, which the MIAGE does not organise (§4.4.1):
 * the entitlement is 0. Null for unreadable dates or an inverted range.
 */
export function revisionEntitlement(
  calendars: GeneratedCalendar | readonly GeneratedCalendar[],
  contract: { contractType: string; startDate: IsoDate; endDate: IsoDate },
): RevisionEntitlement | null {
  const start = toDayNumber(contract.startDate);
  const end = toDayNumber(contract.endDate);
  if (start === null || end === null || end < start) return null;
  let revisionHalfDays = 0;
  let workedDays = 0;
  // A Master contract spans two calendars: the tranches of 60 days run over the whole contract.
  for (const calendar of Array.isArray(calendars) ? calendars : [calendars as GeneratedCalendar]) {
    const first = Math.max(start, calendar.fromDay);
    const last = Math.min(end, calendar.toDay);
    for (let day = first; day <= last; day += 1) {
      const am = calendar.kinds[2 * (day - calendar.fromDay)] as number;
      const pm = calendar.kinds[2 * (day - calendar.fromDay) + 1] as number;
      if (am === REVISION) revisionHalfDays += 1;
      if (pm === REVISION) revisionHalfDays += 1;
      const ouvrable = dayOfWeek(day) !== 0 && am !== HOLIDAY && pm !== HOLIDAY;
      if (ouvrable && (WORK.has(am) || WORK.has(pm))) workedDays += 1;
    }
  }
  const cpro = contract.contractType.trim().toUpperCase() === 'CPRO';
  const entitlementDays = cpro ? EXAM_LEAVE_DAYS_PER_TRANCHE * Math.floor(workedDays / EXAM_LEAVE_TRANCHE_DAYS) : 0;
  return { revisionHalfDays, workedDays, entitlementDays, remainingHalfDays: Math.max(0, 2 * entitlementDays - revisionHalfDays) };
}
