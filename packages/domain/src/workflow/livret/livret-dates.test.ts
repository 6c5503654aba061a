import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { livretDates, type LivretDatesInput } from './livret-dates.js';

const base: LivretDatesInput = {
  trainingStart: '2025-09-04',
  soutenance: '2026-09-04',
  common: { firstVisit: '2026-02-13', secondVisit: '2026-06-12' },
  commonDates: false,
  visits: { first: null, second: null },
  overrides: { firstVisit: null, secondVisit: null, soutenance: null },
};
const ends = (input: LivretDatesInput) => livretDates(input).map((p) => [p.to, p.endSource]);

describe('livretDates (§4.7)', () => {
  it('uses the common dates until the alternant’s visits are planned', () => {
    expect(ends(base)).toEqual([['2026-02-13', 'COMMON'], ['2026-06-12', 'COMMON'], ['2026-09-04', 'COMMON']]);
  });
  it('follows the alternant’s own visits', () => {
    expect(ends({ ...base, visits: { first: '2026-01-20', second: '2026-05-05' } })).toEqual([['2026-01-20', 'VISIT'], ['2026-05-05', 'VISIT'], ['2026-09-04', 'COMMON']]);
  });
  it('ignores the visits when the programme runs on common dates', () => {
    expect(ends({ ...base, commonDates: true, visits: { first: '2026-01-20', second: '2026-05-05' } })[0]).toEqual(['2026-02-13', 'COMMON']);
  });
  it('lets the manager’s override win, common dates or not', () => {
    const overrides = { firstVisit: '2026-01-30', secondVisit: null, soutenance: '2026-09-10' };
    expect(ends({ ...base, commonDates: true, visits: { first: '2026-01-20', second: null }, overrides })).toEqual([['2026-01-30', 'OVERRIDE'], ['2026-06-12', 'COMMON'], ['2026-09-10', 'OVERRIDE']]);
    expect(livretDates({ ...base, overrides })[1].from).toBe('2026-01-31');
  });
  it('refuses an override that puts the periods out of order, naming the date', () => {
    expect(() => livretDates({ ...base, overrides: { firstVisit: '2026-07-01', secondVisit: null, soutenance: null } })).toThrow(InputError);
  });
});
