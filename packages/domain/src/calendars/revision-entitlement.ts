import { dayOfWeek, fromDayNumber, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { publicHolidayDays, type HolidayOptions } from '../holidays/french-public-holidays.js';
import { HALF_DAY_KINDS, type GeneratedCalendar } from './generated-calendar.js';

/** §4.4.2: 5 jours ouvrables of examination leave per tranche of 60 jours ouvrables worked. */
export const EXAM_LEAVE_DAYS_PER_TRANCHE = 5;
export const EXAM_LEAVE_TRANCHE_DAYS = 60;

export interface RevisionEntitlement {
  /** REVISION half-days of the calendar within the contract (§2.2.3, §4.4.3). */
  revisionHalfDays: number;
  /**
   * Jours ouvrables (Monday to Saturday, public holidays excluded) within the contract on
   * which work is planned: per the calendar, at the OPA or in training (training is
   * working time); outside the calendars (a contract starting before the DDF or ending
   * after the DFF), Monday to Friday at the OPA.
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
 *
 * The law counts the jours ouvrables "travaillés prévus par son contrat de travail": the
 * whole contract, so its days outside the calendars (a CPRO may start up to 2 months before
 * the DDF and end up to 2 months after the DFF, Tableau 5) count too, as the product reads
 * them everywhere: Monday to Friday at the OPA, public holidays (per `options`) excluded.
 */
export function revisionEntitlement(
  calendars: GeneratedCalendar | readonly GeneratedCalendar[],
  contract: { contractType: string; startDate: IsoDate; endDate: IsoDate },
  options: HolidayOptions,
): RevisionEntitlement | null {
  const start = toDayNumber(contract.startDate);
  const end = toDayNumber(contract.endDate);
  if (start === null || end === null || end < start) return null;
  const list = Array.isArray(calendars) ? (calendars as readonly GeneratedCalendar[]) : [calendars as GeneratedCalendar];
  let revisionHalfDays = 0;
  let workedDays = 0;
  // A Master contract spans two calendars: the tranches of 60 days run over the whole contract.
  // Each day is read from the first calendar covering it, so overlapping calendars count it once.
  let holidays: ReadonlySet<number> | null = null;
  let holidayYear = Number.NaN;
  for (let day = start; day <= end; day += 1) {
    const calendar = list.find((c) => day >= c.fromDay && day <= c.toDay);
    const weekday = dayOfWeek(day);
    if (calendar === undefined) {
      if (weekday === 0 || weekday === 6) continue;
      const year = Number(fromDayNumber(day).slice(0, 4));
      if (year !== holidayYear) {
        holidays = publicHolidayDays(year, options);
        holidayYear = year;
      }
      if (!holidays?.has(day)) workedDays += 1;
      continue;
    }
    const am = calendar.kinds[2 * (day - calendar.fromDay)] as number;
    const pm = calendar.kinds[2 * (day - calendar.fromDay) + 1] as number;
    if (am === REVISION) revisionHalfDays += 1;
    if (pm === REVISION) revisionHalfDays += 1;
    const ouvrable = weekday !== 0 && am !== HOLIDAY && pm !== HOLIDAY;
    if (ouvrable && (WORK.has(am) || WORK.has(pm))) workedDays += 1;
  }
  const cpro = contract.contractType.trim().toUpperCase() === 'CPRO';
  const entitlementDays = cpro ? EXAM_LEAVE_DAYS_PER_TRANCHE * Math.floor(workedDays / EXAM_LEAVE_TRANCHE_DAYS) : 0;
  return { revisionHalfDays, workedDays, entitlementDays, remainingHalfDays: Math.max(0, 2 * entitlementDays - revisionHalfDays) };
}
