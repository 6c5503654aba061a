import { dayOfWeek, toDayNumber } from '../dates/iso-date.js';
import { publicHolidayDays, type HolidayOptions } from '../holidays/french-public-holidays.js';
import type { CalendarDefinition, HalfDayKind } from '../reference-data/reference-data.js';
import { COMPANY_FOR_ALTERNANT_COLUMN, HALF_DAY_KINDS, PREFIX_COLUMNS, type GeneratedCalendar } from './generated-calendar.js';

const K = Object.fromEntries(HALF_DAY_KINDS.map((kind, i) => [kind, i])) as Record<HalfDayKind, number>;

function isWeekday(day: number): boolean {
  const wd = dayOfWeek(day);
  return wd >= 1 && wd <= 5;
}

function mustDay(iso: string, what: string, code: string): number {
  const day = toDayNumber(iso);
  if (day === null) throw new RangeError(`Calendar ${code}: ${what} is not an ISO date: ${String(iso)}`);
  return day;
}

function kindIndex(kind: string, code: string): number {
  const index = K[kind as HalfDayKind];
  if (index === undefined) throw new RangeError(`Calendar ${code}: unknown half-day kind ${kind}`);
  return index;
}

/**
 * Expands a calendar definition (§2.2.2) into one kind per half-day from `def.from` to
 * `def.to`. Layers, each overriding the previous ones (domain-rules §6, §2.2.1):
 *
 * 1. the weekly pattern;
 * 2. blocked weeks: Monday–Friday all TRAINING, Saturday and Sunday keep the pattern;
 * 3. vacations: Monday–Friday VACATION (company time for alternants, vacation for the
 *    others), Saturday and Sunday REST;
 * 4. `companyFrom` to the end: Monday–Friday COMPANY, Saturday and Sunday REST;
 * 5. French public holidays, whatever the weekday: PUBLIC_HOLIDAY;
 * 6. exceptions, last: an exception names its date and half explicitly, so it wins even
 *    over a public holiday (e.g. a Whit Monday worked as journée de solidarité).
 *
 * Periods and exceptions outside the calendar are ignored. Throws a RangeError on an
 * unreadable date or kind, or when `to` precedes `from`.
 */
export function generateCalendar(def: CalendarDefinition, options: HolidayOptions): GeneratedCalendar {
  const fromDay = mustDay(def.from, 'from', def.code);
  const toDay = mustDay(def.to, 'to', def.code);
  if (toDay < fromDay) throw new RangeError(`Calendar ${def.code}: to (${def.to}) precedes from (${def.from})`);
  const days = toDay - fromDay + 1;
  const kinds = new Uint8Array(days * 2);
  const set = (day: number, am: number, pm: number): void => {
    kinds[2 * (day - fromDay)] = am;
    kinds[2 * (day - fromDay) + 1] = pm;
  };
  const eachDay = (from: string, to: string, what: string, apply: (day: number) => void): void => {
    const first = Math.max(fromDay, mustDay(from, what, def.code));
    const last = Math.min(toDay, mustDay(to, what, def.code));
    for (let day = first; day <= last; day += 1) apply(day);
  };

  const pattern = def.weeklyPattern.map(([am, pm]) => [kindIndex(am, def.code), kindIndex(pm, def.code)] as const);
  for (let day = fromDay; day <= toDay; day += 1) {
    const [am, pm] = pattern[dayOfWeek(day)] ?? [K.REST, K.REST];
    set(day, am, pm);
  }
  for (const week of def.blockedWeeks) {
    eachDay(week.from, week.to, 'blocked week', (day) => {
      if (isWeekday(day)) set(day, K.TRAINING, K.TRAINING);
    });
  }
  for (const vacation of def.vacations) {
    eachDay(vacation.from, vacation.to, 'vacation', (day) => {
      if (isWeekday(day)) set(day, K.VACATION, K.VACATION);
      else set(day, K.REST, K.REST);
    });
  }
  if (def.companyFrom !== null) {
    eachDay(def.companyFrom, def.to, 'companyFrom', (day) => {
      if (isWeekday(day)) set(day, K.COMPANY, K.COMPANY);
      else set(day, K.REST, K.REST);
    });
  }
  const firstYear = Number(def.from.slice(0, 4));
  const lastYear = Number(def.to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const day of publicHolidayDays(year, options)) {
      if (day >= fromDay && day <= toDay) set(day, K.PUBLIC_HOLIDAY, K.PUBLIC_HOLIDAY);
    }
  }
  for (const exception of def.exceptions) {
    const day = mustDay(exception.date, 'exception', def.code);
    if (day < fromDay || day > toDay) continue;
    const kind = kindIndex(exception.kind, def.code);
    const at = 2 * (day - fromDay);
    if (exception.half !== 'PM') kinds[at] = kind;
    if (exception.half !== 'AM') kinds[at + 1] = kind;
  }

  const prefix = new Int32Array((kinds.length + 1) * PREFIX_COLUMNS);
  for (let h = 0; h < kinds.length; h += 1) {
    const base = h * PREFIX_COLUMNS;
    for (let c = 0; c < PREFIX_COLUMNS; c += 1) prefix[base + PREFIX_COLUMNS + c] = prefix[base + c] as number;
    const kind = kinds[h] as number;
    prefix[base + PREFIX_COLUMNS + kind] = (prefix[base + PREFIX_COLUMNS + kind] as number) + 1;
    if ((kind === K.COMPANY || kind === K.VACATION) && isWeekday(fromDay + (h >> 1))) {
      const at = base + PREFIX_COLUMNS + COMPANY_FOR_ALTERNANT_COLUMN;
      prefix[at] = (prefix[at] as number) + 1;
    }
  }

  return { code: def.code, label: def.label, from: def.from, to: def.to, fromDay, toDay, provisional: def.provisional, kinds, prefix };
}
