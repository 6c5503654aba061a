import { addMonths } from '../dates/iso-date.js';
import type { Cohort, ReferenceData } from '../reference-data/reference-data.js';
import type { ContractType, DateWindow } from './contract-input.js';

export interface ContractWindows {
  startDate: DateWindow;
  endDate: DateWindow;
}

const OPEN: DateWindow = { min: null, max: null };
const OPEN_WINDOWS: ContractWindows = { startDate: OPEN, endDate: OPEN };

/** Windows per ReferenceData, cohort and type (CAPP, CPRO, CSTAGEALT by index): they depend on nothing else, and a roster asks for them on every row. */
const cache = new WeakMap<ReferenceData, Map<Cohort, (ContractWindows | undefined)[]>>();
// The last ReferenceData, compared by identity before the WeakMap: a roster asks with the same one on every row.
let lastData: ReferenceData | null = null;
let lastByCohort: Map<Cohort, (ContractWindows | undefined)[]> | null = null;

/**
 * The type windows of Tableau 5 for a cohort and contract type — the tightest bounds
 * from the type rule alone, before the campaign, validation and jury narrowing.
 * MASTER-2025 CAPP → DDC 2025-06-01..2025-12-01, DFC 2027-09-03..2027-11-03.
 */
export function contractWindows(cohort: Cohort, contractType: ContractType | null, data: ReferenceData): ContractWindows {
  const type = contractType === 'CAPP' ? 0 : contractType === 'CPRO' ? 1 : contractType === 'CSTAGEALT' ? 2 : -1;
  if (type < 0) return OPEN_WINDOWS;
  let byCohort = data === lastData ? lastByCohort : cache.get(data);
  if (!byCohort) cache.set(data, (byCohort = new Map()));
  lastData = data;
  lastByCohort = byCohort;
  let byType = byCohort.get(cohort);
  if (!byType) byCohort.set(cohort, (byType = [undefined, undefined, undefined]));
  let windows = byType[type];
  if (!windows) byType[type] = windows = computeWindows(cohort, contractType as 'CAPP' | 'CPRO' | 'CSTAGEALT', data);
  return windows;
}

function computeWindows(cohort: Cohort, contractType: 'CAPP' | 'CPRO' | 'CSTAGEALT', data: ReferenceData): ContractWindows {
  const rule = data.contractDateRules[contractType];
  return {
    startDate: { min: addMonths(cohort.ddf, -rule.startMonthsBeforeDdf), max: addMonths(cohort.ddf, rule.startMonthsAfterDdf) },
    endDate: {
      min: rule.endMinMonthsAfterDff === null ? null : addMonths(cohort.dff, rule.endMinMonthsAfterDff),
      max: addMonths(cohort.dff, rule.endMaxMonthsAfterDff),
    },
  };
}
