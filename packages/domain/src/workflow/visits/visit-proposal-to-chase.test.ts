import { describe, expect, it } from 'vitest';
import { visitProposalToChase } from './visit-proposal-to-chase.js';

const proposed = { state: 'PROPOSED' as const, slotDates: ['2026-01-14', '2026-01-20'], declined: false };

describe('visitProposalToChase (§4.6 note 34)', () => {
  it('a proposal still awaited is not to chase; from the day after its last slot it is', () => {
    expect(visitProposalToChase(proposed, '2026-01-20')).toBeNull();
    expect(visitProposalToChase(proposed, '2026-01-21')).toBe('UNANSWERED');
  });
  it('a declined proposal is to chase at once, until other slots are offered', () => {
    expect(visitProposalToChase({ ...proposed, declined: true }, '2026-01-10')).toBe('DECLINED');
    expect(visitProposalToChase({ ...proposed, declined: true }, '2026-01-21')).toBe('DECLINED');
  });
  it('a visit scheduled, held or cancelled is not', () => {
    for (const state of ['SCHEDULED', 'HELD', 'CANCELLED'] as const) expect(visitProposalToChase({ ...proposed, state, declined: true }, '2026-01-21')).toBeNull();
  });
});
