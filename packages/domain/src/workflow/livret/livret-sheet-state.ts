import type { IsoDate } from '../../dates/iso-date.js';
import type { LivretPeriod } from './livret-periods.js';
import { livretDueDate } from './livret-deadline.js';

/** DONE: submitted; UPCOMING: its period has not started; MISSING: not submitted, still on time; LATE: past its due date. */
export type LivretSheetState = 'DONE' | 'UPCOMING' | 'MISSING' | 'LATE';

/** Where a mandatory sheet of a period stands on `today` (§4.7), the due date including the grace period. */
export function livretSheetState(submitted: boolean, period: LivretPeriod, graceDays: number, today: IsoDate): LivretSheetState {
  if (submitted) return 'DONE';
  if (today < period.from) return 'UPCOMING';
  return today > livretDueDate(period, graceDays) ? 'LATE' : 'MISSING';
}
