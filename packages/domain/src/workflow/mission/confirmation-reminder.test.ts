import { describe, expect, it } from 'vitest';
import { confirmationReminderDay } from './confirmation-reminder.js';

const holidays = { whitMondayHoliday: true };

describe('confirmationReminderDay', () => {
  it('is N jours ouvrables after the request, skipping Sundays and public holidays', () => {
    // Friday 7 November 2025 + 3 jours ouvrables: Sat 8, Mon 10, (Tue 11 holiday) Wed 12.
    expect(confirmationReminderDay({ sentOn: '2025-11-07', remindersSent: 0 }, holidays, { confirmationReminderJoursOuvrables: 3 })).toBe('2025-11-12');
    expect(confirmationReminderDay({ sentOn: '2025-07-01', remindersSent: 0 }, holidays)).toBe('2025-07-04');
  });
  it('stops after the last reminder, or when reminders are switched off', () => {
    expect(confirmationReminderDay({ sentOn: '2025-07-01', remindersSent: 1 }, holidays, { confirmationReminderMax: 2 })).toBe('2025-07-04');
    expect(confirmationReminderDay({ sentOn: '2025-07-01', remindersSent: 2 }, holidays, { confirmationReminderMax: 2 })).toBeNull();
    expect(confirmationReminderDay({ sentOn: '2025-07-01', remindersSent: 0 }, holidays, { confirmationReminderJoursOuvrables: 0 })).toBeNull();
  });
});
