import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { visitAfterContractEnd } from './visit-after-contract-end.js';

const lastDay = '2026-01-31';

describe('visitAfterContractEnd (§4.6, §5 note 35)', () => {
  it('a scheduled visit on the last day still takes place; the day after, it cannot', () => {
    expect(visitAfterContractEnd({ state: 'SCHEDULED', date: '2026-01-31', slotDates: ['2026-01-31'] }, lastDay)).toBe(false);
    expect(visitAfterContractEnd({ state: 'SCHEDULED', date: '2026-02-01', slotDates: ['2026-02-01'] }, lastDay)).toBe(true);
  });
  it('a proposed visit keeps going while one slot is within the contract', () => {
    expect(visitAfterContractEnd({ state: 'PROPOSED', date: null, slotDates: ['2026-01-31', '2026-02-05'] }, lastDay)).toBe(false);
    expect(visitAfterContractEnd({ state: 'PROPOSED', date: null, slotDates: ['2026-02-01', '2026-02-05'] }, lastDay)).toBe(true);
  });
  it('leaves visits held or cancelled as they are', () => {
    expect(visitAfterContractEnd({ state: 'HELD', date: '2026-02-10', slotDates: ['2026-02-10'] }, lastDay)).toBe(false);
    expect(visitAfterContractEnd({ state: 'CANCELLED', date: null, slotDates: ['2026-02-10'] }, lastDay)).toBe(false);
  });
  it('names the date that is not one', () => {
    expect(() => visitAfterContractEnd({ state: 'PROPOSED', date: null, slotDates: [] }, '31/01/2026')).toThrow(InputError);
    expect(() => visitAfterContractEnd({ state: 'SCHEDULED', date: null, slotDates: [] }, lastDay)).toThrow(/date/);
  });
});
