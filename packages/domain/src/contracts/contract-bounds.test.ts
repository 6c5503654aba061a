import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { plainFinding } from '../findings/lazy-finding.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkEndDate } from './check-end-date.js';
import { checkStartDate } from './check-start-date.js';
import { checkValidationRequest } from './check-validation-request.js';
import { readContractFacts } from './contract-facts.js';
import type { Finding } from './contract-input.js';
import { contractBounds, type ContractBounds } from './contract-windows.js';

function withData(change: (data: ReferenceData) => void): ReferenceData {
  const data = structuredClone(defaultReferenceData);
  change(data);
  return data;
}

// Reference data where every bound of the DDC and DFC rules is in play: a jury, a next
// training year, a campaign closing before the type window's end.
const bounded = withData((d) => {
  for (const c of d.cohorts) {
    c.previousYearJuryDate = '2025-07-10';
    // Within a few days of the DFF, so that the next training year narrows some DFC windows.
    c.nextTrainingStart = `${c.dff.slice(0, 8)}10`;
  }
  for (const c of d.campaigns) c.closes = '2025-09-20';
});
// Texts the day numbers cannot stand for: the rules compare the texts, as before.
const unreadable = withData((d) => {
  for (const c of d.cohorts) c.previousYearJuryDate = '10/07/2025';
  for (const c of d.campaigns) c.closes = 'fin octobre';
});

/** The findings, messages worded, or the error thrown (an unreadable jury date throws when a finding is worded, as before). */
function outcome(check: () => Finding[]): unknown {
  try {
    return check().map((f) => plainFinding(f));
  } catch (error) {
    return String(error);
  }
}
/** The same bounds with their day numbers switched off: the rules' text comparisons, unchanged from before. */
const byTexts = (b: ContractBounds): ContractBounds => ({ ...b, startByDays: false, endByDays: false });

describe('contract bounds as day numbers', () => {
  // The DDC and DFC rules answer the common case from day numbers (issue 15, fourth pass):
  // the same findings, windows and messages as the ISO texts compared before.
  it('give the DDC, DFC and request rules the findings of the text comparisons (property)', () => {
    const row = fc.record({
      data: fc.constantFrom(defaultReferenceData, bounded, unreadable),
      cohort: fc.constantFrom(...defaultReferenceData.cohorts.map((c) => c.code)),
      contractType: fc.constantFrom('CAPP', 'CPRO', 'CSTAGEALT'),
      start: fc.integer({ min: -200, max: 200 }),
      length: fc.integer({ min: -60, max: 1_200 }),
      validation: fc.option(fc.integer({ min: -40, max: 40 }), { nil: undefined }),
      continuing: fc.boolean(),
      noStart: fc.boolean(),
      request: fc.integer({ min: -150, max: 10 }),
    });
    fc.assert(
      fc.property(row, (r) => {
        const cohort = r.data.cohorts.find((c) => c.code === r.cohort)!;
        const ddf = toDayNumber(cohort.ddf) as number;
        const startDay = ddf + r.start;
        const input = {
          cohort: r.cohort,
          status: r.contractType === 'CPRO' ? 'FC' : 'FI',
          contractType: r.contractType,
          startDate: r.noStart ? undefined : fromDayNumber(startDay),
          endDate: fromDayNumber(startDay + r.length),
          validationDate: r.validation === undefined ? undefined : fromDayNumber(startDay + r.validation),
          requestDate: fromDayNumber(startDay + r.request),
          continuing: r.continuing,
        };
        const { facts } = readContractFacts(input, r.data);
        const bounds = contractBounds(cohort, facts.contractType, r.data)!;
        expect(outcome(() => checkStartDate(facts, bounds, r.data, []))).toEqual(outcome(() => checkStartDate(facts, byTexts(bounds), r.data, [])));
        expect(outcome(() => checkEndDate(facts, bounds, r.data, []))).toEqual(outcome(() => checkEndDate(facts, byTexts(bounds), r.data, [])));
        // The validation request with the cohort's lookups found with the bounds, or found again.
        expect(outcome(() => checkValidationRequest(facts, r.data, [], bounds.lookups))).toEqual(outcome(() => checkValidationRequest(facts, r.data, [])));
      }),
      { numRuns: 2_000 },
    );
  });

  it('fall back to the texts where a bound is unreadable, and keep the windows', () => {
    const cohort = unreadable.cohorts[0]!;
    const bounds = contractBounds(cohort, 'CAPP', unreadable)!;
    expect(bounds.startByDays).toBe(false);
    expect(bounds.endByDays).toBe(true);
    const ok = contractBounds(defaultReferenceData.cohorts[0]!, 'CAPP', defaultReferenceData)!;
    expect(ok.startByDays).toBe(true);
    expect(ok.startMinDay).toBe(toDayNumber(ok.windows.startDate.min));
    expect(ok.endMaxDay).toBe(toDayNumber(ok.windows.endDate.max));
    expect(contractBounds(defaultReferenceData.cohorts[0]!, 'CSTAGE', defaultReferenceData)).toBeNull();
  });
});
