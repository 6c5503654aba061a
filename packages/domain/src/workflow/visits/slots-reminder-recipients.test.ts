import { describe, expect, it } from 'vitest';
import { slotsReminderRecipients } from './slots-reminder-recipients.js';

describe('slotsReminderRecipients (§4.6 note 34)', () => {
  const visit = { state: 'PROPOSED' as const, slotDates: ['2026-01-14', '2026-01-20'], declinedBy: ['t1'] };
  it('goes to the tutors who have not declined, while a slot is on today or later', () => {
    expect(slotsReminderRecipients(visit, ['t1', 't2'], '2026-01-20')).toEqual({ recipients: ['t2'] });
    expect(slotsReminderRecipients({ ...visit, declinedBy: [] }, ['t1', 't2'], '2026-01-10')).toEqual({ recipients: ['t1', 't2'] });
  });
  it('refuses once every slot is past, every tutor declined, or the visit is no longer proposed', () => {
    expect(slotsReminderRecipients(visit, ['t1', 't2'], '2026-01-21')).toEqual({ refusal: 'SLOTS_PAST' });
    expect(slotsReminderRecipients(visit, ['t1'], '2026-01-10')).toEqual({ refusal: 'ALL_DECLINED' });
    expect(slotsReminderRecipients({ ...visit, state: 'SCHEDULED' }, ['t1', 't2'], '2026-01-10')).toEqual({ refusal: 'NOT_PROPOSED' });
  });
});
