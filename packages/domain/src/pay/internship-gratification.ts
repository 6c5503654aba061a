import { calendarFor } from '../calendars/calendar-for.js';
import { countHalfDaysInDays } from '../calendars/count-half-days.js';
import { COMPANY_FOR_ALTERNANT_COLUMN, PREFIX_COLUMNS, type GeneratedCalendar } from '../calendars/generated-calendar.js';
import type { Finding } from '../contracts/contract-input.js';
import { formatEuros } from '../dates/format-date.js';
import { fromDayNumber, isoFromParts, parts, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { civilInto, dayFromCivil, monthLength } from '../dates/civil-days.js';
import { makeFinding } from '../findings/make-finding.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import type { Cohort, LegalParameters, ReferenceData, Settings } from '../reference-data/reference-data.js';
import { ceilCents } from './ceil-cents.js';
import { InputError } from '../findings/input-error.js';
import { payTables, valueOn } from './pay-tables.js';
import { IdentityMap } from '../reference-data/identity-map.js';
import { countWorkingDays } from '../holidays/business-day-index.js';

export interface InternshipGratificationInput {
  cohort: string;
  /** DDC of the internship agreement. */
  startDate: IsoDate;
  /** DFC of the internship agreement. */
  endDate: IsoDate;
  /** Hours of a company day (default: settings.internshipHoursPerDay). */
  hoursPerDay?: number | undefined;
}

export interface InternshipMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Company days of the alternance calendar in the month, within the internship (may end in ,5). */
  companyDays: number;
  /** Minimum gratification of the month in euros, rounded up to the cent. */
  minimum: number;
}

export interface InternshipGratification {
  /** Length in full-time-equivalent days: company days only (§4.2.3). */
  fteDays: number;
  /** Whether a gratification is due (settings.internshipThreshold). */
  due: boolean;
  /** Every calendar month the internship touches, in order. */
  months: InternshipMonth[];
}

/** What each `settings.internshipThreshold` means (§4.2.3; domain-rules.md §8), with the figures of the legal parameters. */
const THRESHOLDS: Record<Settings['internshipThreshold'], (fteDays: number, hoursPerDay: number, limits: LegalParameters['internshipGratificationThreshold']) => boolean> = {
  // The guide: due when the full-time-equivalent length is more than 8 weeks of 5 days.
  GUIDE_8_WEEKS: (fteDays, _hoursPerDay, limits) => fteDays > limits.guideFteDays,
  // The law: more than 2 months, i.e. 44 days of 7 h of presence: due from the 309th hour.
  LAW_2_MONTHS: (fteDays, hoursPerDay, limits) => fteDays * hoursPerDay > limits.lawHours,
};

/** A cohort year's calendar, in force from `fromDay` to `toDay` (day numbers, infinite at the ends). */
interface YearSpan {
  fromDay: number;
  toDay: number;
  calendar: GeneratedCalendar;
}

/**
 * Minimum gratification of a work-study internship (CSTAGEALT, §4.2.3).
 *
 * The length is counted without training time ("1 an à 50 % ≡ 6 mois à temps complet"):
 * the full-time-equivalent days are the alternant's company days in the cohort's
 * alternance calendar (weekday COMPANY and VACATION half-days ÷ 2; training, revision,
 * public holidays and weekends do not count). Each year of the cohort uses its own
 * calendar, from its DDF to the day before the next year's DDF.
 *
 * The minimum of a month is hourly minimum × hours per day × company days of the month
 * ("gratification horaire × volume horaire quotidien × nombre de jours ouvrés travaillés"),
 * each day priced with the hourly minimum in force on it, rounded up to the cent.
 *
 * Throws a InputError on an unknown cohort, unreadable dates, the DFC before the DDC,
 * a bad `hoursPerDay` or a cohort year without an alternance calendar; a plain RangeError
 * when no hourly minimum is in force on a company day.
 */
export function internshipGratification(
  input: InternshipGratificationInput,
  options?: { referenceData?: ReferenceData | undefined },
): InternshipGratification {
  const data = options?.referenceData ?? defaultReferenceData;
  const cohort = typeof input.cohort === 'string' ? findCohort(data, input.cohort) : undefined;
  if (!cohort) throw new InputError('cohort', `unknown cohort ${JSON.stringify(input.cohort)}`);
  const startDay = readDay(input.startDate, 'startDate');
  const endDay = readDay(input.endDate, 'endDate');
  if (endDay < startDay) throw new InputError('endDate', `end date ${input.endDate} is before the start date ${input.startDate}`);
  const hoursPerDay = input.hoursPerDay ?? data.settings.internshipHoursPerDay;
  if (typeof hoursPerDay !== 'number' || !Number.isFinite(hoursPerDay) || hoursPerDay <= 0 || hoursPerDay > 24) {
    throw new InputError('hoursPerDay', `not a number of hours a day: ${JSON.stringify(hoursPerDay)}`);
  }
  const spans = yearSpans(cohort, data);
  // The company half-days of the alternance calendar, year by year of the cohort.
  const companyHalfDays = (from: number, to: number): number => {
    let halfDays = 0;
    for (const span of spans) {
      const spanFrom = Math.max(from, span.fromDay);
      const spanTo = Math.min(to, span.toDay);
      if (spanFrom <= spanTo) halfDays += countHalfDaysInDays(span.calendar, spanFrom, spanTo).companyForAlternant;
    }
    return halfDays;
  };
  return gratificationByMonth(input.startDate, startDay, endDay, hoursPerDay, data, companyHalfDays);
}

/**
 * §4.2.3's months from the company half-days `companyHalfDays(from, to)` counts between two day
 * numbers: each month's company days and minimum (hourly minimum × hours a day × days, each day at
 * the minimum in force on it), and whether the gratification is due over the whole (THRESHOLDS).
 */
function gratificationByMonth(startDate: IsoDate, startDay: number, endDay: number, hoursPerDay: number, data: ReferenceData, companyHalfDays: (from: number, to: number) => number): InternshipGratification {
  const hourly = payTables(data).internshipHourlyCents;
  const months: InternshipMonth[] = [];
  let totalHalfDays = 0;
  let [year, month] = parts(startDate);
  for (;;) {
    const monthStart = Date.UTC(year, month - 1, 1) / 86_400_000;
    const monthEnd = Date.UTC(year, month, 0) / 86_400_000;
    if (monthStart > endDay) break;
    const to = Math.min(monthEnd, endDay);
    let halfDays = 0;
    let cents = 0;
    // Split where a new hourly minimum comes into force: each day at its own price.
    let pieceFrom = Math.max(monthStart, startDay);
    while (pieceFrom <= to) {
      const nextChange = hourly.days.find((day) => day > pieceFrom);
      const pieceTo = nextChange === undefined ? to : Math.min(to, nextChange - 1);
      const company = companyHalfDays(pieceFrom, pieceTo);
      if (company > 0) {
        const rate = valueOn(hourly, pieceFrom);
        if (rate === null) throw new RangeError(`legal.internshipMinimumHourly: no minimum in force on ${fromDayNumber(pieceFrom)}`);
        halfDays += company;
        cents += (rate * hoursPerDay * company) / 2;
      }
      pieceFrom = pieceTo + 1;
    }
    totalHalfDays += halfDays;
    months.push({ month: isoFromParts(year, month, 1).slice(0, 7), companyDays: halfDays / 2, minimum: ceilCents(cents) / 100 });
    if (month === 12) {
      year += 1;
      month = 1;
    } else {
      month += 1;
    }
  }
  const fteDays = totalHalfDays / 2;
  return { fteDays, due: THRESHOLDS[data.settings.internshipThreshold](fteDays, hoursPerDay, data.legal.internshipGratificationThreshold), months };
}

/**
 * GRATIFICATION_BELOW_MINIMUM (§4.2.3) when a gratification is due and the agreed monthly
 * amount is below the minimum of some month of the internship (the first such month is
 * named). Null when no gratification is due, the amount reaches every minimum, or the
 * gratification cannot be computed (bad input: checkContract reports it on its own).
 */
export function checkGratification(
  input: InternshipGratificationInput & { monthlyGrossPay: number },
  options?: { referenceData?: ReferenceData | undefined },
): Finding | null {
  if (!Number.isFinite(input.monthlyGrossPay)) return null;
  let result: InternshipGratification;
  try {
    result = internshipGratification(input, options);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
  if (!result.due) return null;
  const payCents = Math.round(input.monthlyGrossPay * 100);
  const below = result.months.filter((m) => Math.round(m.minimum * 100) > payCents);
  const first = below[0];
  if (!first) return null;
  const [y, m] = [Number(first.month.slice(0, 4)), Number(first.month.slice(5, 7))];
  const days = String(first.companyDays).replace('.', ',');
  const fte = String(result.fteDays).replace('.', ',');
  const others = below.length - 1;
  const moreFr = others === 0 ? '' : `, ainsi que ${others} autre${others > 1 ? 's' : ''} mois`;
  const moreEn = others === 0 ? '' : `, and in ${others} other month${others > 1 ? 's' : ''}`;
  return makeFinding('GRATIFICATION_BELOW_MINIMUM', 'monthlyGrossPay', {
    fr:
      `La gratification mensuelle convenue (${formatEuros(input.monthlyGrossPay)}) est inférieure au minimum de ` +
      `${formatEuros(first.minimum)} en ${MONTHS_FR[m - 1] ?? ''} ${y} (${days} jours en entreprise)${moreFr} ; ` +
      `le stage dure ${fte} jours équivalent temps complet, une gratification est due.`,
    en:
      `The agreed monthly gratification (€${input.monthlyGrossPay.toFixed(2)}) is below the minimum of ` +
      `€${first.minimum.toFixed(2)} in ${first.month} (${first.companyDays} company days)${moreEn}; ` +
      `the internship lasts ${result.fteDays} full-time-equivalent days, so a gratification is due.`,
  });
}

/**
 * Whether {@link checkGratification} reports GRATIFICATION_BELOW_MINIMUM for these facts —
 * the same months, pieces, prices and sums as {@link internshipGratification}, in the same
 * order (so the same floating-point results), read from the calendars' prefix sums with
 * nothing allocated: checkContract asks it of every CSTAGEALT row, and builds the months
 * only when the message is read. Dates are day numbers, already read; `hoursPerDay` is
 * the row's (null: the settings').
 */
export function gratificationBelowMinimum(cohort: Cohort, startDay: number, endDay: number, hoursPerDayInput: number | null, payCents: number, data: ReferenceData): boolean {
  if (endDay < startDay || !Number.isFinite(payCents)) return false;
  const hoursPerDay = hoursPerDayInput ?? data.settings.internshipHoursPerDay;
  if (typeof hoursPerDay !== 'number' || !Number.isFinite(hoursPerDay) || hoursPerDay <= 0 || hoursPerDay > 24) return false;
  const spans = cachedYearSpans(cohort, data);
  if (spans === null) return false;
  const hourly = payTables(data).internshipHourlyCents;
  const changes = hourly.days;
  let totalHalfDays = 0;
  let below = false;
  civilInto(startDay, CIVIL);
  let year = CIVIL[0];
  let month = CIVIL[1];
  for (;;) {
    // Day numbers of the month's first and last days: the values of Date.UTC, without a
    // Date (which reads years 0–99 as 1900–1999: those years keep it).
    const monthStart = year >= 100 ? dayFromCivil(year, month, 1) : Date.UTC(year, month - 1, 1) / 86_400_000;
    const monthEnd = year >= 100 ? monthStart + monthLength(year, month) - 1 : Date.UTC(year, month, 0) / 86_400_000;
    if (monthStart > endDay) break;
    const from = Math.max(monthStart, startDay);
    const to = Math.min(monthEnd, endDay);
    let halfDays = 0;
    let cents = 0;
    for (let s = 0; s < spans.length; s += 1) {
      const span = spans[s] as YearSpan;
      const spanTo = Math.min(to, span.toDay);
      let pieceFrom = Math.max(from, span.fromDay);
      while (pieceFrom <= spanTo) {
        let next = -1;
        for (let c = 0; c < changes.length; c += 1) {
          if ((changes[c] as number) > pieceFrom) {
            next = changes[c] as number;
            break;
          }
        }
        const pieceTo = next === -1 ? spanTo : Math.min(spanTo, next - 1);
        const company = companyHalfDays(span.calendar, pieceFrom, pieceTo);
        if (company > 0) {
          const rate = valueOn(hourly, pieceFrom);
          if (rate === null) return false;
          halfDays += company;
          cents += (rate * hoursPerDay * company) / 2;
        }
        pieceFrom = pieceTo + 1;
      }
    }
    totalHalfDays += halfDays;
    if (Math.round((ceilCents(cents) / 100) * 100) > payCents) below = true;
    if (month === 12) {
      year += 1;
      month = 1;
    } else {
      month += 1;
    }
  }
  return below && THRESHOLDS[data.settings.internshipThreshold](totalHalfDays / 2, hoursPerDay, data.legal.internshipGratificationThreshold);
}

const CIVIL: [number, number, number] = [0, 0, 0];

/** countHalfDaysInDays(…).companyForAlternant, without its object. */
function companyHalfDays(calendar: GeneratedCalendar, fromDay: number, toDay: number): number {
  const first = Math.max(fromDay, calendar.fromDay);
  const last = Math.min(toDay, calendar.toDay);
  if (last < first) return 0;
  const prefix = calendar.prefix;
  return (
    (prefix[2 * (last - calendar.fromDay + 1) * PREFIX_COLUMNS + COMPANY_FOR_ALTERNANT_COLUMN] as number) -
    (prefix[2 * (first - calendar.fromDay) * PREFIX_COLUMNS + COMPANY_FOR_ALTERNANT_COLUMN] as number)
  );
}

const spansCache = new WeakMap<ReferenceData, IdentityMap<Cohort, YearSpan[] | null>>();

/** yearSpans once per reference data and cohort; null where it throws (a year without calendar). */
function cachedYearSpans(cohort: Cohort, data: ReferenceData): YearSpan[] | null {
  let byCohort = spansCache.get(data);
  if (!byCohort) spansCache.set(data, (byCohort = new IdentityMap()));
  let spans = byCohort.get(cohort);
  if (spans === undefined) {
    try {
      spans = yearSpans(cohort, data);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      spans = null;
    }
    byCohort.set(cohort, spans);
  }
  return spans;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Each year of the cohort with its calendar, from its DDF (the first: from always) to the next year's DDF. */
function yearSpans(cohort: Cohort, data: ReferenceData): YearSpan[] {
  if (cohort.years.length === 0) throw new InputError('cohort', `cohort ${cohort.code} has no training year`);
  return cohort.years.map((year, index) => {
    const calendar = year.calendar === null ? null : calendarFor(data, year.calendar);
    if (!calendar) throw new InputError('cohort', `cohort ${cohort.code}: no alternance calendar for ${year.programme}`);
    const next = cohort.years[index + 1];
    const fromDay = index === 0 ? Number.NEGATIVE_INFINITY : (toDayNumber(year.ddf) ?? Number.NEGATIVE_INFINITY);
    const toDay = next === undefined ? Number.POSITIVE_INFINITY : (toDayNumber(next.ddf) ?? Number.POSITIVE_INFINITY) - 1;
    return { fromDay, toDay, calendar };
  });
}

function readDay(value: unknown, field: string): number {
  const day = toDayNumber(value);
  if (day === null) throw new InputError(field, `not a date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return day;
}

/**
 * The hours per day a form proposes for a contract type. Only an internship's gratification
 * counts them (§4.2.3 « volume horaire quotidien »), on the settings' default when none is
 * given; a contract (§4.2.1, §4.2.2) is paid by the month on the 35-hour SMIC, so none.
 */
export function defaultHoursPerDay(contractType: string, data: ReferenceData = defaultReferenceData): number | null {
  return contractType === 'CSTAGE' || contractType === 'CSTAGEALT' ? data.settings.internshipHoursPerDay : null;
}

/** An internship's gratification with what it is priced with. */
export interface ContractGratification extends InternshipGratification {
  /** Company hours a day: the contract's, else settings.internshipHoursPerDay. */
  hoursPerDay: number;
  /** Hourly minimum in force on the first day, in euros (a later change re-prices the months after it). */
  hourlyMinimum: number;
}

/**
 * The minimum gratification of an internship contract (§4.2.3), for what the student's and the
 * company contacts' contract pages show: a CSTAGEALT by {@link internshipGratification} (company
 * days of the alternance calendar); a classic internship (CSTAGE, done « d'un bloc » at the host
 * organisation, §2.2) with every jour ouvré of the internship in company (Monday–Friday except
 * public holidays), the same hourly minimum, threshold and monthly formula. Null for any other
 * contract type, without dates, or when it cannot be computed (checkContract says why).
 */
export function contractGratification(
  input: { contractType: string; cohort: string; startDate: IsoDate | null | undefined; endDate: IsoDate | null | undefined; hoursPerDay?: number | null | undefined },
  options?: { referenceData?: ReferenceData | undefined },
): ContractGratification | null {
  const { contractType, cohort, startDate, endDate } = input;
  if ((contractType !== 'CSTAGEALT' && contractType !== 'CSTAGE') || typeof startDate !== 'string' || typeof endDate !== 'string') return null;
  const data = options?.referenceData ?? defaultReferenceData;
  const hoursPerDay = input.hoursPerDay ?? undefined;
  try {
    const result =
      contractType === 'CSTAGEALT'
        ? internshipGratification({ cohort, startDate, endDate, hoursPerDay }, { referenceData: data })
        : classicInternshipGratification({ startDate, endDate, hoursPerDay }, data);
    const hourly = valueOn(payTables(data).internshipHourlyCents, readDay(startDate, 'startDate'));
    if (hourly === null) return null;
    return { ...result, hoursPerDay: hoursPerDay ?? data.settings.internshipHoursPerDay, hourlyMinimum: hourly / 100 };
  } catch (error) {
    if (error instanceof InputError || error instanceof RangeError) return null;
    throw error;
  }
}

/** A classic internship's months: every jour ouvré in company, each priced with the hourly minimum in force on it. */
function classicInternshipGratification(input: { startDate: IsoDate; endDate: IsoDate; hoursPerDay: number | undefined }, data: ReferenceData): InternshipGratification {
  const startDay = readDay(input.startDate, 'startDate');
  const endDay = readDay(input.endDate, 'endDate');
  if (endDay < startDay) throw new InputError('endDate', `end date ${input.endDate} is before the start date ${input.startDate}`);
  const hoursPerDay = input.hoursPerDay ?? data.settings.internshipHoursPerDay;
  if (!Number.isFinite(hoursPerDay) || hoursPerDay <= 0 || hoursPerDay > 24) throw new InputError('hoursPerDay', `not a number of hours a day: ${JSON.stringify(hoursPerDay)}`);
  const holidays = { whitMondayHoliday: data.settings.whitMondayHoliday };
  return gratificationByMonth(input.startDate, startDay, endDay, hoursPerDay, data, (from, to) => 2 * countWorkingDays(from, to, 5, holidays));
}
