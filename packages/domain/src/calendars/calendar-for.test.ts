import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { calendarFor } from './calendar-for.js';
import { halfDayKind } from './half-day-kind.js';

describe('calendarFor', () => {
  it('generates a calendar of the reference data once and reuses it', () => {
    const first = calendarFor(defaultReferenceData, 'M1-2025');
    expect(first?.code).toBe('M1-2025');
    expect(calendarFor(defaultReferenceData, ' m1-2025 ')).toBe(first);
  });

  it('returns null for an unknown code', () => {
    expect(calendarFor(defaultReferenceData, 'L3G-2025')).toBeNull();
  });

  it('memoises per ReferenceData object and reads its Whit Monday setting', () => {
    const edited = { ...defaultReferenceData, settings: { ...defaultReferenceData.settings, whitMondayHoliday: false } };
    // 2026-05-25, Whit Monday, falls in the company weeks of M1 after the end of April.
    expect(halfDayKind(calendarFor(defaultReferenceData, 'M1-2025')!, '2026-05-25', 'AM')).toBe('PUBLIC_HOLIDAY');
    expect(halfDayKind(calendarFor(edited, 'M1-2025')!, '2026-05-25', 'AM')).toBe('COMPANY');
  });
});
