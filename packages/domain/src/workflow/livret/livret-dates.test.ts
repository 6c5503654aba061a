import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates/iso-date.js';
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

  it('property: whatever the visits and overrides, the periods partition the year or the dates are refused', () => {
    const day = (offset: number) => addDays('2025-09-04', offset);
    const maybe = fc.option(fc.integer({ min: -30, max: 400 }), { nil: null });
    fc.assert(
      fc.property(maybe, maybe, maybe, maybe, maybe, fc.boolean(), (v1, v2, o1, o2, os, commonDates) => {
        const input: LivretDatesInput = {
          ...base,
          commonDates,
          visits: { first: v1 === null ? null : day(v1), second: v2 === null ? null : day(v2) },
          overrides: { firstVisit: o1 === null ? null : day(o1), secondVisit: o2 === null ? null : day(o2), soutenance: os === null ? null : day(os) },
        };
        let periods;
        try {
          periods = livretDates(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        expect(periods[0].from).toBe(input.trainingStart);
        expect(periods[1].from).toBe(addDays(periods[0].to, 1));
        expect(periods[2].from).toBe(addDays(periods[1].to, 1));
        for (const p of periods) expect(p.from <= p.to).toBe(true);
        if (o1 !== null) expect(periods[0].endSource).toBe('OVERRIDE');
        if (commonDates && o1 === null) expect(periods[0].endSource).toBe('COMMON');
      }),
    );
  });
});
