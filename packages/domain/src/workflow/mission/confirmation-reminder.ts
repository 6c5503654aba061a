import type { IsoDate } from '../../dates/iso-date.js';
import { addJoursOuvrables } from '../../holidays/add-jours-ouvrables.js';
import type { HolidayOptions } from '../../holidays/french-public-holidays.js';
import { workflowDefaults, type WorkflowSettings } from '../workflow-defaults.js';

export interface ReminderInput {
  /** The day the request (or the previous reminder) was sent. */
  sentOn: IsoDate;
  /** Reminders already sent for this request. */
  remindersSent: number;
}

/**
 * The day a company contact who has not answered a confirmation request (§3.3.3: the
 * process takes at most 10 jours ouvrables) is reminded: `confirmationReminderJoursOuvrables`
 * jours ouvrables after the request or the previous reminder, while fewer than
 * `confirmationReminderMax` were sent; null once they all were. Figures from reference data.
 */
export function confirmationReminderDay(
  input: ReminderInput,
  holidays: HolidayOptions,
  settings: Partial<Pick<WorkflowSettings, 'confirmationReminderJoursOuvrables' | 'confirmationReminderMax'>> = {},
): IsoDate | null {
  const after = settings.confirmationReminderJoursOuvrables ?? workflowDefaults.confirmationReminderJoursOuvrables;
  const max = settings.confirmationReminderMax ?? workflowDefaults.confirmationReminderMax;
  if (input.remindersSent >= max || after <= 0) return null;
  return addJoursOuvrables(input.sentOn, after, holidays);
}
