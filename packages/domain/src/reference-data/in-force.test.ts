import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './default-reference-data.js';
import { changesWithin, inForce } from './in-force.js';

const smic = defaultReferenceData.legal.smicHourly;

describe('inForce', () => {
  it('takes the value whose effective date is the latest not after the day', () => {
    expect(inForce(smic, '2023-12-31')).toBeNull();
    expect(inForce(smic, '2024-01-01')).toBe(11.65);
    expect(inForce(smic, '2024-10-31')).toBe(11.65);
    expect(inForce(smic, '2024-11-01')).toBe(11.88);
    expect(inForce(smic, '2025-12-31')).toBe(11.88);
    expect(inForce(smic, '2026-01-01')).toBe(12.02);
    expect(inForce(smic, '2026-06-01')).toBe(12.31);
  });

  it('does not depend on the order of the entries', () => {
    expect(inForce([...smic].reverse(), '2026-03-01')).toBe(12.02);
  });

  it('lists the changes inside a period', () => {
    expect(changesWithin(smic, '2025-09-01', '2026-09-04')).toEqual(['2026-01-01', '2026-06-01']);
    expect(changesWithin(smic, '2026-01-01', '2026-05-31')).toEqual([]);
  });
});

describe('defaultReferenceData', () => {
  it('is JSON-serialisable', () => {
    expect(JSON.parse(JSON.stringify(defaultReferenceData))).toEqual(defaultReferenceData);
  });

  it('closes the 2025 campaign on 2025-10-31 and has no jury date', () => {
    expect(defaultReferenceData.campaigns.find((c) => c.code === '2025')).toEqual({ code: '2025', opens: '2025-05-15', closes: '2025-10-31' });
    expect(defaultReferenceData.cohorts.every((c) => c.previousYearJuryDate === null)).toBe(true);
  });

  it('gives the guide’s monthly SMIC from the hourly rate (35 h × 52 / 12)', () => {
    const monthly = (hourly: number) => Math.round(hourly * 35 * 52 / 12 * 100) / 100;
    expect(smic.map((e) => monthly(e.value))).toEqual([1766.92, 1801.8, 1823.03, 1867.02]);
  });

  it('refers only to groups, programmes, calendars and campaigns it defines', () => {
    const d = defaultReferenceData;
    for (const cohort of d.cohorts) {
      expect(d.campaigns.map((c) => c.code)).toContain(cohort.campaign);
      for (const g of cohort.groups) expect(d.groups.map((x) => x.code)).toContain(g);
      for (const y of cohort.years) {
        expect(d.programmes.map((p) => p.code)).toContain(y.programme);
        if (y.calendar !== null) expect(d.calendars.map((c) => c.code)).toContain(y.calendar);
        expect(y.ddf >= cohort.ddf && y.dff <= cohort.dff).toBe(true);
      }
    }
  });
});
