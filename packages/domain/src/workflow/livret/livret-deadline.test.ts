import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { livretDueDate, livretReminderKind } from './livret-deadline.js';

describe('livretDueDate (§4.7, end of period + grace)', () => {
  it('adds the grace period to the period’s last day', () => {
    expect(livretDueDate({ to: '2026-02-13' }, 0)).toBe('2026-02-13');
    expect(livretDueDate({ to: '2026-02-13' }, 7)).toBe('2026-02-20');
  });
  it('refuses a negative or fractional grace', () => {
    expect(() => livretDueDate({ to: '2026-02-13' }, -1)).toThrow(InputError);
    expect(() => livretDueDate({ to: '2026-02-13' }, 1.5)).toThrow(InputError);
  });
});

describe('livretReminderKind', () => {
  it('BEFORE from N days before the due date through the due date, AFTER from the day after', () => {
    expect(livretReminderKind('2026-02-20', '2026-02-12', 7)).toBeNull();
    expect(livretReminderKind('2026-02-20', '2026-02-13', 7)).toBe('BEFORE');
    expect(livretReminderKind('2026-02-20', '2026-02-20', 7)).toBe('BEFORE');
    expect(livretReminderKind('2026-02-20', '2026-02-21', 7)).toBe('AFTER');
  });
  it('refuses an unreadable day', () => {
    expect(() => livretReminderKind('2026-02-20', '20/02/2026', 7)).toThrow(InputError);
  });
});
