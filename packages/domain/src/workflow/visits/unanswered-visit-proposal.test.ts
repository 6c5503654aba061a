import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { unansweredVisitProposal } from './unanswered-visit-proposal.js';

const proposed = { state: 'PROPOSED' as const, slotDates: ['2026-01-14', '2026-01-20'], declined: false };

describe('unansweredVisitProposal (§4.6 note 34)', () => {
  it('the company tutor may still pick on the last slot’s day; from the day after, the proposal went unanswered', () => {
    expect(unansweredVisitProposal(proposed, '2026-01-20')).toBe(false);
    expect(unansweredVisitProposal(proposed, '2026-01-21')).toBe(true);
    // One slot still to come is enough, whatever the order they were offered in.
    expect(unansweredVisitProposal({ ...proposed, slotDates: ['2026-01-20', '2026-01-14'] }, '2026-01-15')).toBe(false);
  });
  it('an answer — a slot picked, or none suits with the availability — is not a silence', () => {
    expect(unansweredVisitProposal({ ...proposed, declined: true }, '2026-01-21')).toBe(false);
    expect(unansweredVisitProposal({ ...proposed, state: 'SCHEDULED' }, '2026-01-21')).toBe(false);
    expect(unansweredVisitProposal({ ...proposed, state: 'HELD' }, '2026-01-21')).toBe(false);
    expect(unansweredVisitProposal({ ...proposed, state: 'CANCELLED' }, '2026-01-21')).toBe(false);
    expect(unansweredVisitProposal({ ...proposed, slotDates: [] }, '2026-01-21')).toBe(false);
  });
  it('names the date that is not one', () => {
    expect(() => unansweredVisitProposal(proposed, '21/01/2026')).toThrow(InputError);
    expect(() => unansweredVisitProposal({ ...proposed, slotDates: ['2026-01-14', 'demain'] }, '2026-01-21')).toThrow(/slotDates/);
  });
});
