import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { frenchPublicHolidays } from '../holidays/french-public-holidays.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkContract } from './check-contract.js';
import { latestRequestDay } from './check-validation-request.js';

/** A jour ouvrable, the slow way: not a Sunday, not one of the year's public holidays listed one by one. */
function isOuvrableSlow(iso: string, whitMondayHoliday: boolean): boolean {
  const day = toDayNumber(iso) as number;
  if (dayOfWeek(day) === 0) return false;
  return !frenchPublicHolidays(Number(iso.slice(0, 4)), { whitMondayHoliday }).some((h) => h.date === iso);
}

/** §3.3.3 by brute force: jours ouvrables from the day after the request to the DDC, day by day. */
function countSlow(requestDate: string, startDate: string, whitMondayHoliday: boolean): number {
  let count = 0;
  for (let d = addDays(requestDate, 1); d <= startDate; d = addDays(d, 1)) if (isOuvrableSlow(d, whitMondayHoliday)) count += 1;
  return count;
}

// Campaigns wide open, so that only the lead time speaks.
const data: ReferenceData = structuredClone(defaultReferenceData);
for (const c of data.campaigns) {
  c.opens = '2000-01-01';
  c.closes = '2099-12-31';
}
const lead = data.legal.validationLeadJoursOuvrables;
const options = { whitMondayHoliday: data.settings.whitMondayHoliday };

const DAY_2024 = toDayNumber('2024-01-01') as number;
const ddc = fc.integer({ min: DAY_2024, max: DAY_2024 + 4 * 366 }).map(fromDayNumber);
const leadFinding = (requestDate: string, startDate: string) =>
  checkContract(
    { cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-05-10', requestDate, startDate, endDate: addDays(startDate, 730) },
    { referenceData: data },
  ).findings.find((f) => f.code === 'VALIDATION_LEAD_TIME');

describe('VALIDATION_LEAD_TIME against a brute-force day count (§3.3, §3.3.3)', () => {
  it('fires exactly when fewer than 10 jours ouvrables run from the day after the request to the DDC', () => {
    fc.assert(
      fc.property(ddc, fc.integer({ min: 0, max: 30 }), (startDate, back) => {
        const requestDate = addDays(startDate, -back);
        const fired = leadFinding(requestDate, startDate) !== undefined;
        expect(fired).toBe(countSlow(requestDate, startDate, options.whitMondayHoliday) < lead);
      }),
      { numRuns: 600 },
    );
  });

  it('gives as the latest request day a jour ouvrable that is in time, with no later jour ouvrable in time', () => {
    fc.assert(
      fc.property(ddc, (startDate) => {
        const latest = latestRequestDay(startDate, lead, options);
        expect(isOuvrableSlow(latest, options.whitMondayHoliday)).toBe(true);
        expect(countSlow(latest, startDate, options.whitMondayHoliday)).toBeGreaterThanOrEqual(lead);
        let next = addDays(latest, 1);
        while (!isOuvrableSlow(next, options.whitMondayHoliday)) next = addDays(next, 1);
        expect(countSlow(next, startDate, options.whitMondayHoliday)).toBeLessThan(lead);
      }),
      { numRuns: 600 },
    );
  });

  it('words the message with that day, and the request made on it is not flagged', () => {
    fc.assert(
      fc.property(ddc, (startDate) => {
        const latest = latestRequestDay(startDate, lead, options);
        expect(leadFinding(latest, startDate)).toBeUndefined();
        const late = leadFinding(addDays(startDate, -1), startDate);
        expect(late?.window?.max).toBe(latest);
      }),
      { numRuns: 200 },
    );
  });
});
