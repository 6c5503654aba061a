import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { calendarFor } from './calendar-for.js';
import { halfDayKind } from './half-day-kind.js';
import { isAtCompany } from './is-at-company.js';

const calendar = calendarFor(defaultReferenceData, 'M1-2025')!;

describe('isAtCompany (note 34)', () => {
  it('true on a company half-day, false on a training one, per the alternance calendar', () => {
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10));
    const company = days.find((d) => halfDayKind(calendar, d, 'AM') === 'COMPANY')!;
    const training = days.find((d) => halfDayKind(calendar, d, 'AM') === 'TRAINING')!;
    expect(isAtCompany(calendar, company, 'AM')).toBe(true);
    expect(isAtCompany(calendar, training, 'AM')).toBe(false);
  });

  it('null outside the calendar', () => {
    expect(isAtCompany(calendar, '2020-01-06', 'AM')).toBeNull();
  });
});
