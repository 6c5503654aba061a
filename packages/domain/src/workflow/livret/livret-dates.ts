import type { IsoDate } from '../../dates/iso-date.js';
import { livretPeriods, type LivretPeriod } from './livret-periods.js';

/** Where the end of a period comes from: the manager's override, the alternant's visit, the programme's common date. */
export type LivretDateSource = 'OVERRIDE' | 'VISIT' | 'COMMON';

export interface LivretDatedPeriod extends LivretPeriod {
  endSource: LivretDateSource;
}

export interface LivretDatesInput {
  /** DDF of the year. */
  trainingStart: IsoDate;
  /** The cohort's soutenance (end-of-year defence), reference data of the livret. */
  soutenance: IsoDate;
  /** The programme's common visit dates (§4.7 "En pratique"). */
  common: { firstVisit: IsoDate; secondVisit: IsoDate };
  /** The setting that puts everyone on the common dates, as the office does today. */
  commonDates: boolean;
  /** The alternant's own visits (§4.6), once planned. */
  visits: { first: IsoDate | null; second: IsoDate | null };
  /** The manager's corrections, which win over everything else. */
  overrides: { firstVisit: IsoDate | null; secondVisit: IsoDate | null; soutenance: IsoDate | null };
}

/**
 * The alternant's three livret periods (§4.7): each end is the manager's override if any,
 * else the alternant's own visit (unless the programme runs on common dates), else the
 * programme's common date. Throws the InputError of livretPeriods when dates are out of order.
 */
export function livretDates(input: LivretDatesInput): [LivretDatedPeriod, LivretDatedPeriod, LivretDatedPeriod] {
  const pick = (override: IsoDate | null, visit: IsoDate | null): { date: IsoDate | null; source: LivretDateSource } => {
    if (override) return { date: override, source: 'OVERRIDE' };
    if (!input.commonDates && visit) return { date: visit, source: 'VISIT' };
    return { date: null, source: 'COMMON' };
  };
  const first = pick(input.overrides.firstVisit, input.visits.first);
  const second = pick(input.overrides.secondVisit, input.visits.second);
  const soutenance = input.overrides.soutenance ?? input.soutenance;
  const [p1, p2, p3] = livretPeriods({
    trainingStart: input.trainingStart,
    firstVisit: first.date,
    secondVisit: second.date,
    finalDefence: soutenance,
    defaults: input.common,
  });
  return [
    { ...p1, endSource: first.source },
    { ...p2, endSource: second.source },
    { ...p3, endSource: input.overrides.soutenance ? 'OVERRIDE' : 'COMMON' },
  ];
}
