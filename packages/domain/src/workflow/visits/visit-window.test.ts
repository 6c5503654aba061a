import { describe, expect, it } from 'vitest';
import { visitWindow } from './visit-window.js';

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
