import type { Cohort, Group, ReferenceData } from '../reference-data/reference-data.js';
import { IdentityMap } from '../reference-data/identity-map.js';
import { indexReferenceData } from '../reference-data/lookup.js';
import type { ContractType } from './contract-input.js';
import { isAlternanceContract } from './status-contract-pairs.js';

/**
 * The group of a cohort a student belongs to: the one named by `group`, else the one
 * the contract type implies (an L3I alternant is in the alternance group, §2.6), else
 * the cohort's mixed group (M1), else its first group.
 */
export function resolveGroup(
  cohort: Cohort,
  group: 'CLASSIC' | 'ALTERNANCE' | null,
  contractType: ContractType | null,
  data: ReferenceData,
): Group | null {
  return resolvedGroup(cohort, group, contractType, data).group;
}

/**
 * {@link resolveGroup}'s answer, kept per reference data, cohort and kind, with room for
 * what the admissibility rule derives from the group once (`pairs`, filled by that rule).
 */
export interface ResolvedGroup {
  group: Group | null;
  /** Per status–contract pair index, the admissibility flags of check-admissibility.ts; null until it computes them. */
  pairs: Uint8Array | null;
}

/** {@link resolveGroup} with the kept answer. */
export function resolvedGroup(
  cohort: Cohort,
  group: 'CLASSIC' | 'ALTERNANCE' | null,
  contractType: ContractType | null,
  data: ReferenceData,
): ResolvedGroup {
  const wanted = group ?? (contractType === null ? null : isAlternanceContract(contractType) ? 'ALTERNANCE' : 'CLASSIC');
  // The answer depends on the cohort and the wanted kind only: found once, not on every roster row.
  let byCohort = data === lastData ? lastByCohort : cache.get(data);
  if (!byCohort) cache.set(data, (byCohort = new IdentityMap()));
  lastData = data;
  lastByCohort = byCohort;
  let byKind = byCohort.get(cohort);
  if (!byKind) byCohort.set(cohort, (byKind = [undefined, undefined, undefined]));
  // By the kind's slot, not a keyed look-up: ALTERNANCE, CLASSIC, none.
  // Another kind (an untyped caller's) is looked up each time, as before, and not kept.
  if (wanted !== 'ALTERNANCE' && wanted !== 'CLASSIC' && wanted !== null) return { group: findGroup(cohort, wanted, data), pairs: null };
  const slot = wanted === 'ALTERNANCE' ? 0 : wanted === 'CLASSIC' ? 1 : 2;
  let found = byKind[slot];
  if (found === undefined) byKind[slot] = found = { group: findGroup(cohort, wanted, data), pairs: null };
  return found;
}

/**
 * The look-up itself, once per cohort and kind. Apart from resolveGroup: its closures
 * capture `wanted`, and a function whose locals a closure captures allocates their
 * context on every call, even when the closures are not reached.
 */
function findGroup(cohort: Cohort, wanted: string | null, data: ReferenceData): Group | null {
  const index = indexReferenceData(data);
  const groups = cohort.groups.map((code) => index.groups.get(code)).filter((g): g is Group => g !== undefined);
  return groups.find((g) => g.kind === wanted) ?? groups.find((g) => g.kind === 'MIXED') ?? groups[0] ?? null;
}

/** Per reference data and cohort, the group of each wanted kind (ALTERNANCE, CLASSIC, none), undefined until found. */
type GroupsByKind = [ResolvedGroup | undefined, ResolvedGroup | undefined, ResolvedGroup | undefined];
const cache = new WeakMap<ReferenceData, IdentityMap<Cohort, GroupsByKind>>();
// The last ReferenceData, compared by identity before the WeakMap: a roster asks with the same one on every row.
let lastData: ReferenceData | null = null;
let lastByCohort: IdentityMap<Cohort, GroupsByKind> | null = null;
