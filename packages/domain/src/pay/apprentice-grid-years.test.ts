import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData, Settings } from '../reference-data/reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import { apprenticeGridYears, gridYearOn } from './apprentice-grid-years.js';
import { InputError } from '../findings/input-error.js';

function withSwitch(gridYearSwitch: Settings['gridYearSwitch']): ReferenceData {
  return { ...defaultReferenceData, settings: { ...defaultReferenceData.settings, gridYearSwitch } };
}

const master = findCohort(defaultReferenceData, 'MASTER-2025');
if (!master) throw new Error('MASTER-2025 missing');

function steps(data: ReferenceData, start: string): [string | null, number][] {
  return apprenticeGridYears(master as NonNullable<typeof master>, start, data).map((s) => [s.from, s.gridYear]);
}

describe('apprenticeGridYears (§4.2, "En pratique" and remark)', () => {
  it('places L3I in the 3rd year and M2 in the 2nd, with no switch', () => {
    const l3i = findCohort(defaultReferenceData, 'L3I-2025');
    const m2 = findCohort(defaultReferenceData, 'M2-2025');
    expect(l3i && apprenticeGridYears(l3i, '2025-09-01', defaultReferenceData).map((s) => s.gridYear)).toEqual([3]);
    expect(m2 && apprenticeGridYears(m2, '2025-09-01', defaultReferenceData).map((s) => s.gridYear)).toEqual([2]);
  });

  it('moves a Master contract to the 2nd year at the M2 DDF by default', () => {
    expect(steps(defaultReferenceData, '2025-09-01')).toEqual([[null, 1], ['2026-09-03', 2]]);
  });

  it('or on the first of the following month', () => {
    expect(steps(withSwitch('FIRST_OF_MONTH_AFTER_M2_DDF'), '2025-09-01')).toEqual([[null, 1], ['2026-10-01', 2]]);
  });

  it("or on the contract's anniversary (29 February → 28 February)", () => {
    const data = withSwitch('CONTRACT_ANNIVERSARY');
    expect(steps(data, '2025-06-01')).toEqual([[null, 1], ['2026-06-01', 2]]);
    expect(steps(data, '2024-02-29')).toEqual([[null, 1], ['2025-02-28', 2]]);
  });

  it('finds the year of a day', () => {
    const s = apprenticeGridYears(master, '2025-09-01', defaultReferenceData);
    const day = (iso: string): number => toDayNumber(iso) as number;
    expect(gridYearOn(s, day('2025-06-01'))).toBe(1);
    expect(gridYearOn(s, day('2026-09-02'))).toBe(1);
    expect(gridYearOn(s, day('2026-09-03'))).toBe(2);
    expect(gridYearOn(s, day('2027-11-03'))).toBe(2);
  });

  it('refuses a cohort whose programme has no apprentice grid (L3G)', () => {
    const l3g = findCohort(defaultReferenceData, 'L3G-2025');
    expect(() => l3g && apprenticeGridYears(l3g, '2025-09-01', defaultReferenceData)).toThrow(InputError);
  });
});
