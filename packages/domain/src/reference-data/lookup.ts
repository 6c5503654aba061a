import type { Cohort, Group, Programme, ReferenceData } from './reference-data.js';

/**
 * Indexes of one ReferenceData, built once per object and reused: checking a roster
 * of thousands of rows must not scan the arrays per row.
 */
export interface ReferenceIndex {
  cohorts: Map<string, Cohort>;
  groups: Map<string, Group>;
  programmes: Map<string, Programme>;
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
    };
    cache.set(data, index);
  }
  lastData = data;
  lastIndex = index;
  return index;
}

export function findCohort(data: ReferenceData, code: string): Cohort | undefined {
  const cohorts = indexReferenceData(data).cohorts;
  return cohorts.get(code) ?? cohorts.get(code.trim().toUpperCase());
}
