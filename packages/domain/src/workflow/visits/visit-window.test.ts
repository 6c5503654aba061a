import { describe, expect, it } from 'vitest';
import { visitWindow } from './visit-window.js';
import { checkLateVisit } from './check-late-visit.js';

describe('visitWindow (§4.6)', () => {
  it('1st visit: January 1st to the end of February of the year after the DDF', () => {
    expect(visitWindow(1, 'M1', '2025-09-01')).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(visitWindow(1, 'L3I', '2027-09-01')).toEqual({ from: '2028-01-01', to: '2028-02-29' });
  });

  it('2nd visit: April/May, June too for the M2', () => {
    expect(visitWindow(2, 'M1', '2025-09-01')).toEqual({ from: '2026-04-01', to: '2026-05-31' });
    expect(visitWindow(2, 'M2', '2025-09-04')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('orders months across the new year and follows reference data', () => {
    const visitMonths = { first: { default: [12, 1] }, second: { default: [] } };
    expect(visitWindow(1, 'M1', '2025-09-01', { visitMonths })).toEqual({ from: '2025-12-01', to: '2026-01-31' });
    expect(visitWindow(2, 'M1', '2025-09-01', { visitMonths })).toBeNull();
  });

  it('refuses an unreadable DDF', () => {
    expect(() => visitWindow(1, 'M1', '2025-13-01')).toThrow(/ddf/);
  });
});

describe('how many visits a year (§3.1 « 1 ou 2 visites … selon l’année de formation », §4.6 « chaque année 2 visites »)', () => {
  it('asks two visits of every programme by default: both windows, M2 included', () => {
    for (const programme of ['L3I', 'M1', 'M2']) {
      expect(visitWindow(1, programme, '2025-09-01')).not.toBeNull();
      expect(visitWindow(2, programme, '2025-09-01')).not.toBeNull();
    }
  });

  it('one visit for a programme whose reference data gives its 2nd visit no usual months: no 2nd window, never late', () => {
    const options = { visitMonths: { first: { default: [1, 2] }, second: { default: [4, 5], M1: [] } } };
    expect(visitWindow(2, 'M1', '2025-09-01', options)).toBeNull();
    expect(checkLateVisit({ visitNumber: 2, programme: 'M1', yearDdf: '2025-09-01', held: false }, '2026-07-01', options)).toEqual([]);
    expect(checkLateVisit({ visitNumber: 2, programme: 'M2', yearDdf: '2025-09-01', held: false }, '2026-07-01', options)).toHaveLength(1);
  });
});
