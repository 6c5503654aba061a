import { describe, expect, it } from 'vitest';
import { defaultCalendars } from './default-calendars.js';
import { calendarFromRows } from './calendar-from-rows.js';
import { calendarToRows } from './calendar-to-rows.js';
import { generateCalendar } from './generate-calendar.js';

const opts = { whitMondayHoliday: true };
const m1 = defaultCalendars.find((c) => c.code === 'M1-2025')!;

describe('calendarToRows', () => {
  it('gives one row per day with both halves', () => {
    const rows = calendarToRows(generateCalendar(m1, opts));
    expect(rows).toHaveLength(367); // 2025-09-01 … 2026-09-02
    expect(rows[0]).toEqual({ date: '2025-09-01', am: 'TRAINING', pm: 'TRAINING' });
    expect(rows.find((r) => r.date === '2026-01-10')).toEqual({ date: '2026-01-10', am: 'REVISION', pm: 'REST' });
    expect(rows.at(-1)).toEqual({ date: '2026-09-02', am: 'COMPANY', pm: 'COMPANY' });
  });
});

describe('calendarFromRows', () => {
  it('round-trips a default calendar to the same half-days, keeping the labels', () => {
    for (const def of defaultCalendars) {
      const rows = calendarToRows(generateCalendar(def, opts));
      const rebuilt = calendarFromRows(def, rows, opts);
      expect(calendarToRows(generateCalendar(rebuilt, opts))).toEqual(rows);
      expect(rebuilt.exceptions.every((e) => e.label !== undefined)).toBe(true);
    }
  });

  it('turns edited half-days into exceptions', () => {
    const base = { ...m1, exceptions: [] };
    const rows = calendarToRows(generateCalendar(base, opts)).filter((r) => r.date >= '2025-10-06' && r.date <= '2025-10-08');
    const edited = rows.map((r) =>
      r.date === '2025-10-06' ? { ...r, pm: 'REVISION' as const } : r.date === '2025-10-08' ? { ...r, am: 'TRAINING' as const, pm: 'TRAINING' as const } : r,
    );
    expect(calendarFromRows(base, edited, opts).exceptions).toEqual([
      { date: '2025-10-06', half: 'PM', kind: 'REVISION' },
      { date: '2025-10-08', half: 'DAY', kind: 'TRAINING' },
    ]);
  });

  it('rejects the whole import on one bad row', () => {
    expect(() => calendarFromRows(m1, [{ date: '2025-09-31', am: 'REST', pm: 'REST' }], opts)).toThrow(/Row 1/);
    expect(() => calendarFromRows(m1, [{ date: '2025-09-01', am: 'REST', pm: 'REST' }, { date: '2026-09-03', am: 'REST', pm: 'REST' }], opts)).toThrow(/Row 2/);
    expect(() => calendarFromRows(m1, [{ date: '2025-09-01', am: 'NAP' as 'REST', pm: 'REST' }], opts)).toThrow(RangeError);
  });
});
