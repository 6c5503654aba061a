import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { checkVisit, usualVisitMonths } from './check-visit.js';

function codes(date: string, visitNumber: 1 | 2, programme = 'M1', isCompanyDay: boolean | null = true): string[] {
  return checkVisit({ date, visitNumber, programme, isCompanyDay }).map((f) => f.code);
}

describe('checkVisit (§4.6)', () => {
  it('1st visit: January/February, boundaries included', () => {
    expect(codes('2025-12-31', 1)).toEqual(['VISIT_OUT_OF_PERIOD']);
    expect(codes('2026-01-01', 1)).toEqual([]);
    expect(codes('2026-02-28', 1)).toEqual([]);
    expect(codes('2026-03-01', 1)).toEqual(['VISIT_OUT_OF_PERIOD']);
  });

  it('2nd visit: April/May for L3I and M1, June too for M2', () => {
    expect(codes('2026-03-31', 2, 'L3I')).toEqual(['VISIT_OUT_OF_PERIOD']);
    expect(codes('2026-04-01', 2, 'L3I')).toEqual([]);
    expect(codes('2026-05-31', 2, 'M1')).toEqual([]);
    expect(codes('2026-06-01', 2, 'M1')).toEqual(['VISIT_OUT_OF_PERIOD']);
    expect(codes('2026-06-01', 2, 'M2')).toEqual([]);
    expect(codes('2026-06-30', 2, 'M2')).toEqual([]);
    expect(codes('2026-07-01', 2, 'M2')).toEqual(['VISIT_OUT_OF_PERIOD']);
    expect(codes('2026-03-31', 2, 'M2')).toEqual(['VISIT_OUT_OF_PERIOD']);
  });

  it('words the usual months', () => {
    const [finding] = checkVisit({ date: '2026-06-02', visitNumber: 2, programme: 'L3I', isCompanyDay: true });
    expect(finding).toMatchObject({ severity: 'warning', subject: 'visit.date', message: '2de visite le 02/06/2026 : elle a lieu usuellement en avril/mai (L3I).' });
  });

  it('VISIT_NOT_ON_COMPANY_DAY, an error (note 34: "forcément"), when the calendar puts the alternant in training that day', () => {
    expect(codes('2026-01-15', 1, 'M1', false)).toEqual(['VISIT_NOT_ON_COMPANY_DAY']);
    expect(codes('2026-01-15', 1, 'M1', true)).toEqual([]);
    expect(codes('2026-03-15', 1, 'M1', false)).toEqual(['VISIT_OUT_OF_PERIOD', 'VISIT_NOT_ON_COMPANY_DAY']);
    const [finding] = checkVisit({ date: '2026-01-15', visitNumber: 1, programme: 'M1', isCompanyDay: false });
    expect(finding).toMatchObject({ severity: 'error', ref: '§4.6, note 34', subject: 'visit.date' });
    expect(finding!.message).toContain('n’est pas en entreprise selon son calendrier d’alternance');
  });

  it('VISIT_NOT_ON_COMPANY_DAY is only a warning on a provisional calendar (the guide’s patterns, not the published dates)', () => {
    const [finding] = checkVisit({ date: '2026-01-15', visitNumber: 1, programme: 'M1', isCompanyDay: false, calendarProvisional: true });
    expect(finding).toMatchObject({ code: 'VISIT_NOT_ON_COMPANY_DAY', severity: 'warning' });
    expect(finding!.message).toContain('encore provisoire');
    expect(checkVisit({ date: '2026-01-15', visitNumber: 1, programme: 'M1', isCompanyDay: true, calendarProvisional: true })).toEqual([]);
  });

  it('says nothing of the day when no calendar is published for it (isCompanyDay null)', () => {
    expect(codes('2026-01-15', 1, 'M1', null)).toEqual([]);
    expect(codes('2026-03-15', 1, 'M1', null)).toEqual(['VISIT_OUT_OF_PERIOD']);
  });

  it('reads the months from the options', () => {
    const visitMonths = { first: { default: [12, 1] }, second: { default: [5] } };
    expect(checkVisit({ date: '2025-12-10', visitNumber: 1, programme: 'M1', isCompanyDay: true }, { visitMonths })).toEqual([]);
    expect(usualVisitMonths(2, 'M2', { visitMonths })).toEqual([5]);
    expect(usualVisitMonths(2, 'M2')).toEqual([4, 5, 6]);
  });

  it('throws on an unreadable date or visit number', () => {
    expect(() => checkVisit({ date: '2026-02-30', visitNumber: 1, programme: 'M1', isCompanyDay: true })).toThrow(InputError);
    expect(() => checkVisit({ date: '2026-02-03', visitNumber: 3 as 1, programme: 'M1', isCompanyDay: true })).toThrow(/visitNumber/);
  });
});
