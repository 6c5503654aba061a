import { describe, expect, it } from 'vitest';
import { allPartiesConfirmed } from './all-parties-confirmed.js';

describe('allPartiesConfirmed (§3.3.3)', () => {
  it('is false while nobody has been asked', () => {
    expect(allPartiesConfirmed([])).toBe(false);
  });

  it('is false while one party is pending, true when the last one confirms', () => {
    const pending = [
      { party: 'COMPANY_TUTOR_1' as const, confirmedOn: '2025-06-10' },
      { party: 'HR_CONTACT' as const, confirmedOn: null },
    ];
    expect(allPartiesConfirmed(pending)).toBe(false);
    expect(allPartiesConfirmed([pending[0]!, { party: 'HR_CONTACT', confirmedOn: '2025-06-11' }])).toBe(true);
    expect(allPartiesConfirmed([pending[0]!, { party: 'HR_CONTACT' }])).toBe(false);
  });
});
