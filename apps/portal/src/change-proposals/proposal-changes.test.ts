import { describe, expect, it } from 'vitest';
import { proposalChanges } from './proposal-changes';

const mission = { startDate: '2025-09-01', endDate: '2027-08-31', monthlyGrossPay: 1200 };

describe('proposalChanges', () => {
  it('marks a field that names another value than the mission', () => {
    const changes = proposalChanges({ startDate: '2025-09-15', endDate: '2027-08-31', monthlyGrossPay: 1250.5 }, mission);
    expect(changes.map((c) => [c.field, c.differs])).toEqual([
      ['startDate', true],
      ['endDate', false],
      ['monthlyGrossPay', true],
    ]);
    expect(changes[0]).toMatchObject({ current: '2025-09-01', proposed: '2025-09-15' });
  });

  it('treats a null proposed value as "unchanged", and pay equal to the cent as the same', () => {
    const changes = proposalChanges({ startDate: null, endDate: null, monthlyGrossPay: 1200.001 }, mission);
    expect(changes.every((c) => !c.differs)).toBe(true);
  });

  it('sees a value proposed where the mission has none', () => {
    const changes = proposalChanges({ endDate: '2027-06-30', monthlyGrossPay: 900 }, { startDate: null, endDate: null, monthlyGrossPay: null });
    expect(changes.filter((c) => c.differs).map((c) => c.field)).toEqual(['endDate', 'monthlyGrossPay']);
  });
});
