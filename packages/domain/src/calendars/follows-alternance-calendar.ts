import { resolveGroup } from '../contracts/resolve-group.js';
import { isAlternanceContract } from '../contracts/status-contract-pairs.js';
import type { ContractType } from '../contracts/contract-input.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort, indexReferenceData } from '../reference-data/lookup.js';
import type { ReferenceData } from '../reference-data/reference-data.js';

export interface CalendarFollower {
  cohort: string;
  /** The student's group: its code (`L3I-CLASSIC`, as on a student record) or its kind (`CLASSIC`, as on a mission); null: unknown. */
  group?: string | null;
  /** The contract or mission type, when there is one. */
  contractType?: string | null;
}

/**
 * Whether a student follows their cohort's alternance calendars (§2.2, §2.2.1–2.2.2): those
 * of the alternance rhythm do — every alternant, and in the M1's mixed groups the
 * non-alternants too (« pour toutes et tous »); the L3I's classic group does not (its teaching
 * « d'un bloc », then the internship « d'un bloc »: Figure 6 is the alternance group's
 * calendar), nor a cohort without calendars (L3G). An alternance contract (CAPP, CPRO,
 * CSTAGEALT) always follows it (§2.2.1: the L3I alternants are « obligatoirement » in the
 * alternance rhythm); otherwise the group decides, inferred from the contract type when
 * unknown. An unknown cohort has no calendar: false.
 */
export function followsAlternanceCalendar(student: CalendarFollower, options: { referenceData?: ReferenceData } = {}): boolean {
  const data = options.referenceData ?? defaultReferenceData;
  const cohort = findCohort(data, student.cohort);
  if (!cohort || !cohort.years.some((y) => y.calendar !== null)) return false;
  const type = student.contractType?.trim().toUpperCase() ?? null;
  if (isAlternanceContract(type as ContractType | null)) return true;
  const wanted = student.group?.trim().toUpperCase() ?? null;
  const byCode = wanted === null ? undefined : indexReferenceData(data).groups.get(wanted) ?? data.groups.find((g) => g.code.toUpperCase() === wanted);
  const group = byCode && cohort.groups.includes(byCode.code)
    ? byCode
    : resolveGroup(cohort, wanted === 'CLASSIC' || wanted === 'ALTERNANCE' ? wanted : null, type as ContractType | null, data);
  return group ? group.rhythm === 'ALTERNANCE' : true;
}
