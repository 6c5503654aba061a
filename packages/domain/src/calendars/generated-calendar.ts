import type { IsoDate } from '../dates/iso-date.js';
import type { HalfDayKind } from '../reference-data/reference-data.js';

/** The kinds in their storage order: `GeneratedCalendar.kinds` holds indexes into this list. */
export const HALF_DAY_KINDS: readonly HalfDayKind[] = ['TRAINING', 'COMPANY', 'REVISION', 'VACATION', 'PUBLIC_HOLIDAY', 'REST'];

/** Column of the prefix sums counting COMPANY and VACATION half-days from Monday to Friday. */
export const COMPANY_FOR_ALTERNANT_COLUMN = HALF_DAY_KINDS.length;
/** Columns per half-day in `GeneratedCalendar.prefix`. */
export const PREFIX_COLUMNS = HALF_DAY_KINDS.length + 1;

/**
 * A calendar definition expanded to one kind per half-day, with prefix sums so that any
 * range is counted in O(1). Built once per definition (see `calendarFor`), then read-only.
 */
export interface GeneratedCalendar {
  code: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
  /** Day numbers (toDayNumber) of `from` and `to`. */
  fromDay: number;
  toDay: number;
  provisional: boolean;
  /** Index into HALF_DAY_KINDS of half-day `2 × (day − fromDay) + (0 for AM, 1 for PM)`. */
  kinds: Uint8Array;
  /**
   * `prefix[h × PREFIX_COLUMNS + c]`: half-days before half-day `h` of kind `c` (column
   * COMPANY_FOR_ALTERNANT_COLUMN: weekday COMPANY or VACATION). Length (kinds.length + 1) × PREFIX_COLUMNS.
   */
  prefix: Int32Array;
}

/** Half-days of each kind in a range. */
export interface HalfDayCounts {
  training: number;
  company: number;
  revision: number;
  vacation: number;
  publicHoliday: number;
  rest: number;
  /** All half-days of the range within the calendar: the sum of the six kinds. */
  total: number;
  /**
   * Half-days an alternant spends at the OPA: COMPANY plus VACATION, Monday to Friday
   * (university vacations are company time for alternants, §2.2.1).
   */
  companyForAlternant: number;
}

/** One day of a calendar, as exported to and imported from a spreadsheet. */
export interface CalendarRow {
  date: IsoDate;
  am: HalfDayKind;
  pm: HalfDayKind;
}
