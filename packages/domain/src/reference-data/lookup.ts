import type { Cohort, Group, Programme, ReferenceData } from './reference-data.js';

/**
 * Indexes of one ReferenceData, built once per object and reused: checking a roster
 * of thousands of rows must not scan the arrays per row.
 */
export interface ReferenceIndex {
  cohorts: Map<string, Cohort>;
  groups: Map<string, Group>;
  programmes: Map<string, Programme>;
  /**
   * The codes {@link findCohort} last found, as given, and their cohorts (same index, at most
   * eight): a roster names a few cohorts on every row, and a code compared with the few seen —
   * the same string object on most rows — costs less than hashing it into the map.
   */
  recentCohortCodes: string[];
  recentCohorts: Cohort[];
}

const cache = new WeakMap<ReferenceData, ReferenceIndex>();

// The last ReferenceData indexed, compared by identity before the WeakMap: a roster asks with the same one on every row.
let lastData: ReferenceData | null = null;
let lastIndex: ReferenceIndex | null = null;

export function indexReferenceData(data: ReferenceData): ReferenceIndex {
  if (data === lastData && lastIndex !== null) return lastIndex;
  let index = cache.get(data);
  if (!index) {
    index = {
      cohorts: new Map(data.cohorts.map((c) => [c.code.toUpperCase(), c])),
      groups: new Map(data.groups.map((g) => [g.code, g])),
      programmes: new Map(data.programmes.map((p) => [p.code, p])),
      recentCohortCodes: [],
      recentCohorts: [],
    };
    cache.set(data, index);
  }
  lastData = data;
  lastIndex = index;
  return index;
}

export function findCohort(data: ReferenceData, code: string): Cohort | undefined {
  const index = indexReferenceData(data);
  const codes = index.recentCohortCodes;
  for (let i = 0; i < codes.length; i += 1) if (codes[i] === code) return index.recentCohorts[i];
  const cohorts = index.cohorts;
  const cohort = cohorts.get(code) ?? cohorts.get(code.trim().toUpperCase());
  // Only a text (a code found is one) and only what was found: an unknown code is looked up each time.
  if (cohort !== undefined && typeof code === 'string' && codes.length < RECENT_COHORTS) {
    codes.push(code);
    index.recentCohorts.push(cohort);
  }
  return cohort;
}

/** How many codes {@link findCohort} keeps before it only asks the map. */
const RECENT_COHORTS = 8;
