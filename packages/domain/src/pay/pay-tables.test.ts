import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { payTables, valueOn } from './pay-tables.js';

const day = (iso: string): number => toDayNumber(iso) as number;

describe('payTables', () => {
  it('prices the monthly SMIC in cents by effective date, like inForce', () => {
    const smic = payTables(defaultReferenceData).smicMonthlyCents;
    expect(valueOn(smic, day('2023-12-31'))).toBeNull();
    expect(valueOn(smic, day('2024-01-01'))).toBe(176692);
    expect(valueOn(smic, day('2025-12-31'))).toBe(180180);
    expect(valueOn(smic, day('2026-01-01'))).toBe(182303);
    expect(valueOn(smic, day('2026-05-31'))).toBe(182303);
    expect(valueOn(smic, day('2026-06-01'))).toBe(186702);
    expect(valueOn(payTables(defaultReferenceData).internshipHourlyCents, day('2026-01-01'))).toBe(450);
  });

  it('sorts entries and keeps the first listed of two with the same date, as inForce', () => {
    const data: ReferenceData = {
      ...defaultReferenceData,
      legal: { ...defaultReferenceData.legal, smicHourly: [{ from: '2026-01-01', value: 12 }, { from: '2024-01-01', value: 11.88 }, { from: '2026-01-01', value: 13 }] },
    };
    const smic = payTables(data).smicMonthlyCents;
    expect(smic.days).toEqual([day('2024-01-01'), day('2026-01-01')]);
    expect(valueOn(smic, day('2026-02-01'))).toBe(182000); // 12 × 35 × 52 / 12
  });

  it('is built once per reference data object', () => {
    expect(payTables(defaultReferenceData)).toBe(payTables(defaultReferenceData));
  });

  it('refuses an unreadable effective date', () => {
    const data: ReferenceData = { ...defaultReferenceData, legal: { ...defaultReferenceData.legal, cproGrid: [{ from: '2019-13-01', value: { smicRates: {}, smcRates: {} } }] } };
    expect(() => payTables(data)).toThrow(/legal.cproGrid/);
  });
});
