import type { IsoDate } from '../../dates/iso-date.js';
import type { Cohort, CohortYear } from '../../reference-data/reference-data.js';

/** The academic year of a training year, named by its DDF: '2025-2026' for a DDF in September 2025. */
export function academicYearOf(yearDdf: IsoDate): string {
  const start = Number(yearDdf.slice(0, 4));
  return `${start}-${start + 1}`;
}

/** The cohort's training year of `academicYear` ('2025-2026'), or null when the cohort has none that year. */
export function trainingYearOf(cohort: Cohort, academicYear: string): CohortYear | null {
  return cohort.years.find((y) => academicYearOf(y.ddf) === academicYear) ?? null;
}

/** The cohort's training year in progress on `date` (DDF to DFF), else the next one to start, else the last. */
export function trainingYearOn(cohort: Cohort, date: IsoDate): CohortYear | null {
  return cohort.years.find((y) => y.ddf <= date && date <= y.dff) ?? cohort.years.find((y) => date < y.ddf) ?? cohort.years[cohort.years.length - 1] ?? null;
}

/** The academic year a day belongs to: September to August ('2025-2026' from 1 September 2025 to 31 August 2026). */
export function academicYearOn(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}
