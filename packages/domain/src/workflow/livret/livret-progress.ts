import type { IsoDate } from '../../dates/iso-date.js';
import type { LivretPeriod, LivretPeriodNumber } from './livret-periods.js';
import { livretSheetState, type LivretSheetState } from './livret-sheet-state.js';

/** The mandatory sheets whose completion is followed (§4.7): objectives, the tutor's grid, the self-evaluation. */
export const FOLLOWED_SHEETS = ['OBJECTIVES', 'TUTOR_EVALUATION', 'SELF_EVALUATION'] as const;
export type FollowedSheet = (typeof FOLLOWED_SHEETS)[number];

export interface LivretForProgress {
  periods: readonly LivretPeriod[];
  /** `${period}:${code}` of the submitted sheets. */
  submitted: ReadonlySet<string>;
}

export type LivretCounts = Record<LivretSheetState, number>;

export interface LivretPeriodProgress {
  period: LivretPeriodNumber;
  sheets: Record<FollowedSheet, LivretCounts>;
  /** Alternants whose three followed sheets of this period are all done. */
  complete: number;
}

const zero = (): LivretCounts => ({ DONE: 0, UPCOMING: 0, MISSING: 0, LATE: 0 });

/** Completion of a cohort's livrets per period: how many of each mandatory sheet are done, missing, late or upcoming. */
export function livretProgress(livrets: readonly LivretForProgress[], graceDays: number, today: IsoDate): LivretPeriodProgress[] {
  return ([1, 2, 3] as const).map((number) => {
    const sheets = { OBJECTIVES: zero(), TUTOR_EVALUATION: zero(), SELF_EVALUATION: zero() };
    let complete = 0;
    for (const livret of livrets) {
      const period = livret.periods.find((p) => p.number === number);
      if (!period) continue;
      let done = 0;
      for (const code of FOLLOWED_SHEETS) {
        const state = livretSheetState(livret.submitted.has(`${number}:${code}`), period, graceDays, today);
        sheets[code][state] += 1;
        if (state === 'DONE') done += 1;
      }
      if (done === FOLLOWED_SHEETS.length) complete += 1;
    }
    return { period: number, sheets, complete };
  });
}
