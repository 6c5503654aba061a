import { describe, expect, it } from 'vitest';
import { academicTutorDeadline } from './academic-tutor-deadline.js';

describe('academicTutorDeadline (§4.6)', () => {
  it('is 10 November of the DDF’s year ("au plus tard début novembre")', () => {
    expect(academicTutorDeadline('2025-09-01')).toBe('2025-11-10');
    expect(academicTutorDeadline('2025-09-04')).toBe('2025-11-10');
    expect(academicTutorDeadline('2026-09-03')).toBe('2026-11-10');
  });

  it('takes another deadline as an option and rejects impossible ones', () => {
    expect(academicTutorDeadline('2025-09-01', { deadline: { month: 10, day: 31 } })).toBe('2025-10-31');
    expect(() => academicTutorDeadline('2025-09-01', { deadline: { month: 11, day: 31 } })).toThrow(/deadline/);
    expect(() => academicTutorDeadline('01/09/2025')).toThrow(/ddf/);
  });
});
