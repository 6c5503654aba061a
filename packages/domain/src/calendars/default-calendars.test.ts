import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { inForce } from '../reference-data/in-force.js';
import { calendarFor } from './calendar-for.js';
import { countHalfDays } from './count-half-days.js';
import { defaultCalendars } from './default-calendars.js';
import { generateCalendar } from './generate-calendar.js';
import { halfDayKind } from './half-day-kind.js';

const opts = { whitMondayHoliday: true };

describe('defaultCalendars', () => {
  it('has one calendar per alternance year of the default cohorts, spanning its DDF–DFF', () => {
    for (const cohort of defaultReferenceData.cohorts) {
      for (const year of cohort.years) {
        if (year.calendar === null) continue;
        const def = defaultCalendars.find((c) => c.code === year.calendar);
        expect(def, year.calendar).toBeDefined();
        expect([def?.from, def?.to]).toEqual([year.ddf, year.dff]);
      }
    }
  });

  it('gives each programme a plausible length of training half-day (3–4.5 h)', () => {
    for (const def of defaultCalendars) {
      const programme = defaultReferenceData.programmes.find((p) => p.code === def.code.split('-')[0]);
      const hours = inForce(programme?.rates ?? [], def.from)?.trainingHours ?? 0;
      const training = countHalfDays(generateCalendar(def, opts), def.from, def.to).training;
      expect(hours / training, def.code).toBeGreaterThanOrEqual(3);
      expect(hours / training, def.code).toBeLessThanOrEqual(4.5);
    }
  });

  it('has 12–20 revision half-days, all on training half-days of the pattern (§2.2.3)', () => {
    for (const def of defaultCalendars) {
      const cal = generateCalendar(def, opts);
      const withoutExceptions = generateCalendar({ ...def, exceptions: [] }, opts);
      const revision = countHalfDays(cal, def.from, def.to).revision;
      expect(revision, def.code).toBeGreaterThanOrEqual(12);
      expect(revision, def.code).toBeLessThanOrEqual(20);
      for (const e of def.exceptions.filter((x) => x.kind === 'REVISION')) {
        const halves = e.half === 'DAY' ? (['AM', 'PM'] as const) : [e.half];
        for (const half of halves) expect(halfDayKind(withoutExceptions, e.date, half), `${def.code} ${e.date} ${half}`).toBe('TRAINING');
      }
    }
  });

  it('puts no exception on a public holiday or in a vacation', () => {
    for (const def of defaultCalendars) {
      const withoutExceptions = generateCalendar({ ...def, exceptions: [] }, opts);
      for (const e of def.exceptions) {
        expect(['PUBLIC_HOLIDAY', 'VACATION', 'REST'], `${def.code} ${e.date}`).not.toContain(halfDayKind(withoutExceptions, e.date, e.half === 'PM' ? 'PM' : 'AM'));
      }
    }
  });

  it('starts M1 with 4 weeks fully in training (§3.3.2 remark)', () => {
    const m1 = calendarFor(defaultReferenceData, 'M1-2025')!;
    // 4 × (5 weekdays × 2 + Saturday morning).
    expect(countHalfDays(m1, '2025-09-01', '2025-09-28')).toMatchObject({ training: 44, company: 0 });
  });

  it('is at the OPA from the end of May in L3I and the end of April in M1 (Figures 3, 4)', () => {
    const l3i = calendarFor(defaultReferenceData, 'L3I-2025')!;
    const m1 = calendarFor(defaultReferenceData, 'M1-2025')!;
    expect(countHalfDays(l3i, '2026-05-25', '2026-07-03')).toMatchObject({ training: 0, revision: 0 });
    expect(countHalfDays(m1, '2026-04-27', '2026-08-31')).toMatchObject({ training: 0, revision: 0 });
  });

  it('stays provisional until the official calendars are entered', () => {
    expect(defaultCalendars.every((c) => c.provisional)).toBe(true);
  });
});
