import { describe, expect, it } from 'vitest';
import { frenchPublicHolidays, isPublicHoliday } from './french-public-holidays.js';

const withWhit = { whitMondayHoliday: true };
const withoutWhit = { whitMondayHoliday: false };

// The official calendar (service-public.fr), written out year by year.
const official: Record<number, string[]> = {
  2024: ['2024-01-01', '2024-04-01', '2024-05-01', '2024-05-08', '2024-05-09', '2024-05-20', '2024-07-14', '2024-08-15', '2024-11-01', '2024-11-11', '2024-12-25'],
  2025: ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-08', '2025-05-29', '2025-06-09', '2025-07-14', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25'],
  2026: ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
  2027: ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'],
  2028: ['2028-01-01', '2028-04-17', '2028-05-01', '2028-05-08', '2028-05-25', '2028-06-05', '2028-07-14', '2028-08-15', '2028-11-01', '2028-11-11', '2028-12-25'],
  2029: ['2029-01-01', '2029-04-02', '2029-05-01', '2029-05-08', '2029-05-10', '2029-05-21', '2029-07-14', '2029-08-15', '2029-11-01', '2029-11-11', '2029-12-25'],
  2030: ['2030-01-01', '2030-04-22', '2030-05-01', '2030-05-08', '2030-05-30', '2030-06-10', '2030-07-14', '2030-08-15', '2030-11-01', '2030-11-11', '2030-12-25'],
};
const whitMondays: Record<number, string> = {
  2024: '2024-05-20', 2025: '2025-06-09', 2026: '2026-05-25', 2027: '2027-05-17', 2028: '2028-06-05', 2029: '2029-05-21', 2030: '2030-06-10',
};

describe('frenchPublicHolidays', () => {
  for (const [year, dates] of Object.entries(official)) {
    it(`lists the 11 official holidays of ${year} in date order`, () => {
      expect(frenchPublicHolidays(Number(year), withWhit).map((h) => h.date)).toEqual(dates);
    });
    it(`drops only Whit Monday in ${year} when it is worked`, () => {
      const whit = whitMondays[Number(year)];
      expect(frenchPublicHolidays(Number(year), withoutWhit).map((h) => h.date)).toEqual(dates.filter((d) => d !== whit));
    });
  }

  it('names the holidays in French', () => {
    expect(frenchPublicHolidays(2026, withWhit)).toEqual([
      { date: '2026-01-01', name: 'Jour de l’an' },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du Travail' },
      { date: '2026-05-08', name: 'Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice 1918' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });

  it('keeps both names when Ascension falls on 1 May (2008)', () => {
    expect(frenchPublicHolidays(2008, withWhit).filter((h) => h.date === '2008-05-01').map((h) => h.name)).toEqual(['Fête du Travail', 'Ascension']);
  });

  it('returns copies, so a caller cannot corrupt the memo', () => {
    const first = frenchPublicHolidays(2025, withWhit);
    (first[0] as { name: string }).name = 'x';
    expect(frenchPublicHolidays(2025, withWhit)[0]?.name).toBe('Jour de l’an');
  });
});

describe('isPublicHoliday', () => {
  it('is true on the holiday and false the days around it', () => {
    expect(isPublicHoliday('2025-05-28', withWhit)).toBe(false);
    expect(isPublicHoliday('2025-05-29', withWhit)).toBe(true);
    expect(isPublicHoliday('2025-05-30', withWhit)).toBe(false);
    expect(isPublicHoliday('2025-12-25', withWhit)).toBe(true);
    expect(isPublicHoliday('2025-12-26', withWhit)).toBe(false);
  });

  it('follows the Whit Monday setting', () => {
    expect(isPublicHoliday('2026-05-25', withWhit)).toBe(true);
    expect(isPublicHoliday('2026-05-25', withoutWhit)).toBe(false);
  });

  it('is false for an unreadable date', () => {
    expect(isPublicHoliday('2025-02-30', withWhit)).toBe(false);
    expect(isPublicHoliday('', withWhit)).toBe(false);
  });
});
