import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { livretFollowsNewContract } from './livret-follows-new-contract.js';

// The M1 year of MASTER-2025: training from 01/09/2025, soutenance on 02/09/2026.
const year = { trainingStart: '2025-09-01', soutenance: '2026-09-02' };

describe('livretFollowsNewContract (§4.7, §5)', () => {
  it('passes the livret to a contract starting during the year, up to the soutenance itself', () => {
    expect(livretFollowsNewContract(year, { startDate: '2026-02-01', endDate: '2027-09-03' })).toBe(true);
    expect(livretFollowsNewContract(year, { startDate: '2026-09-02', endDate: '2027-09-03' })).toBe(true);
  });
  it('leaves it from the day after the soutenance: that year is over', () => {
    expect(livretFollowsNewContract(year, { startDate: '2026-09-03', endDate: '2027-09-03' })).toBe(false);
  });
  it('passes it to a contract started before the training and ending on its first day, not the day before', () => {
    expect(livretFollowsNewContract(year, { startDate: '2025-08-01', endDate: '2025-09-01' })).toBe(true);
    expect(livretFollowsNewContract(year, { startDate: '2025-08-01', endDate: '2025-08-31' })).toBe(false);
  });
  it('names the date that is not one', () => {
    expect(() => livretFollowsNewContract(year, { startDate: '2026-02-30', endDate: '2027-09-03' })).toThrow(InputError);
    expect(() => livretFollowsNewContract({ ...year, soutenance: 'juin' }, { startDate: '2026-02-01', endDate: '2027-09-03' })).toThrow(/soutenance|juin/);
  });
});
