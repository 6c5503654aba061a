import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import type { CalendarDefinition, HalfDayKind } from '../reference-data/reference-data.js';
import { calendarToRows } from './calendar-to-rows.js';
import { defaultCalendars } from './default-calendars.js';
import { diffCalendars } from './diff-calendars.js';
import { setHalfDays } from './edit-half-days.js';
import { generateCalendar } from './generate-calendar.js';
import { HALF_DAY_KINDS } from './generated-calendar.js';
import { countHalfDays } from './count-half-days.js';
import { revisionEntitlement } from './revision-entitlement.js';

const opts = { whitMondayHoliday: true };
const m1 = defaultCalendars.find((c) => c.code === 'M1-2025') as CalendarDefinition;
const from = toDayNumber(m1.from) as number;
const to = toDayNumber(m1.to) as number;

const halfDay = fc.record({ day: fc.integer({ min: from - 3, max: to + 3 }), half: fc.constantFrom<'AM' | 'PM'>('AM', 'PM') });
const kind = fc.constantFrom<HalfDayKind>(...HALF_DAY_KINDS);

describe('setHalfDays (footnotes 13–15: the manager edits the calendar)', () => {
  it('keeps the partition: every half-day one kind, the range set, the rest unchanged, the counts adding up', () => {
    const before = calendarToRows(generateCalendar(m1, opts));
    fc.assert(
      fc.property(halfDay, halfDay, kind, (a, b, k) => {
        const edited = setHalfDays(m1, { date: fromDayNumber(a.day), half: a.half }, { date: fromDayNumber(b.day), half: b.half }, k, opts);
        const calendar = generateCalendar(edited, opts);
        const after = calendarToRows(calendar);
        expect(after).toHaveLength(before.length);
        const lo = Math.min(2 * a.day + (a.half === 'PM' ? 1 : 0), 2 * b.day + (b.half === 'PM' ? 1 : 0));
        const hi = Math.max(2 * a.day + (a.half === 'PM' ? 1 : 0), 2 * b.day + (b.half === 'PM' ? 1 : 0));
        after.forEach((row, i) => {
          const day = from + i;
          const old = before[i]!;
          expect(row.am).toBe(2 * day >= lo && 2 * day <= hi ? k : old.am);
          expect(row.pm).toBe(2 * day + 1 >= lo && 2 * day + 1 <= hi ? k : old.pm);
        });
        const counts = countHalfDays(calendar, m1.from, m1.to);
        expect(counts.training + counts.company + counts.revision + counts.vacation + counts.publicHoliday + counts.rest).toBe(counts.total);
        expect(counts.total).toBe(2 * (to - from + 1));
      }),
      { numRuns: 60 },
    );
  });

  it('lists exactly the changed half-days in the diff', () => {
    fc.assert(
      fc.property(halfDay, halfDay, kind, (a, b, k) => {
        const before = generateCalendar(m1, opts);
        const after = generateCalendar(setHalfDays(m1, { date: fromDayNumber(a.day), half: a.half }, { date: fromDayNumber(b.day), half: b.half }, k, opts), opts);
        const diff = diffCalendars(before, after);
        let expected = 0;
        for (let h = 0; h < before.kinds.length; h += 1) if (before.kinds[h] !== after.kinds[h]) expected += 1;
        expect(diff).toHaveLength(expected);
        for (const change of diff) {
          expect(change.after).toBe(k);
          expect(change.before).not.toBe(k);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('sets two company half-days to training and reports just those two', () => {
    // 2025-10-08 is a Wednesday, at the OPA in the M1 pattern (Figure 4).
    const edited = setHalfDays(m1, { date: '2025-10-08', half: 'AM' }, { date: '2025-10-08', half: 'PM' }, 'TRAINING', opts);
    expect(diffCalendars(generateCalendar(m1, opts), generateCalendar(edited, opts))).toEqual([
      { date: '2025-10-08', half: 'AM', before: 'COMPANY', after: 'TRAINING' },
      { date: '2025-10-08', half: 'PM', before: 'COMPANY', after: 'TRAINING' },
    ]);
    expect(edited.weeklyPattern).toEqual(m1.weeklyPattern);
    expect(edited.blockedWeeks).toEqual(m1.blockedWeeks);
  });

  it('counts half-days outside one version as changed', () => {
    const shorter = generateCalendar({ ...m1, to: addDays(m1.to, -1) }, opts);
    expect(diffCalendars(shorter, generateCalendar(m1, opts))).toEqual([
      { date: m1.to, half: 'AM', before: null, after: 'COMPANY' },
      { date: m1.to, half: 'PM', before: null, after: 'COMPANY' },
    ]);
  });
});

describe('revisionEntitlement (§4.4.2, §4.4.3)', () => {
  // A calendar of plain weeks: Monday–Friday at the OPA, Saturday training in the morning.
  const plain = (days: number): CalendarDefinition => ({
    code: 'T', label: 'T', from: '2030-09-02', to: addDays('2030-09-02', days - 1),
    weeklyPattern: [['REST', 'REST'], ['COMPANY', 'COMPANY'], ['COMPANY', 'COMPANY'], ['COMPANY', 'COMPANY'], ['COMPANY', 'COMPANY'], ['COMPANY', 'COMPANY'], ['REST', 'REST']],
    blockedWeeks: [], vacations: [], companyFrom: null, exceptions: [], provisional: false,
  });

  it('opens 5 days per full 60 jours ouvrables worked for a CPRO, not before the 60th', () => {
    // Monday–Friday at the OPA; 1 and 11 November 2030 are public holidays, so the 60th day worked is 2030-11-26.
    const calendar = generateCalendar(plain(120), opts);
    const at = (end: string) => revisionEntitlement(calendar, { contractType: 'CPRO', startDate: '2030-09-02', endDate: end }, opts);
    const worked59 = at('2030-11-25')!;
    const worked60 = at('2030-11-26')!;
    expect(worked59.workedDays).toBe(59);
    expect(worked60.workedDays).toBe(60);
    expect(worked59.entitlementDays).toBe(0);
    expect(worked60.entitlementDays).toBe(5);
    expect(worked60.remainingHalfDays).toBe(10);
  });

  it('deducts the revision half-days of the calendar, never below zero', () => {
    const def = plain(120);
    const withRevisions = { ...def, exceptions: [{ date: '2030-09-03', half: 'DAY' as const, kind: 'REVISION' as const }, { date: '2030-09-04', half: 'AM' as const, kind: 'REVISION' as const }] };
    const result = revisionEntitlement(generateCalendar(withRevisions, opts), { contractType: 'CPRO', startDate: '2030-09-02', endDate: '2030-11-26' }, opts)!;
    expect(result.revisionHalfDays).toBe(3);
    expect(result.remainingHalfDays).toBe(7);
    const many = { ...def, exceptions: Array.from({ length: 8 }, (_, i) => ({ date: addDays('2030-09-02', i), half: 'DAY' as const, kind: 'REVISION' as const })) };
    expect(revisionEntitlement(generateCalendar(many, opts), { contractType: 'CPRO', startDate: '2030-09-02', endDate: '2030-11-26' }, opts)!.remainingHalfDays).toBe(0);
  });

  it('gives a CAPP no entitlement at the MIAGE (§4.4.1) but still counts its revision half-days', () => {
    const result = revisionEntitlement(generateCalendar(m1, opts), { contractType: 'CAPP', startDate: m1.from, endDate: m1.to }, opts)!;
    expect(result.entitlementDays).toBe(0);
    expect(result.revisionHalfDays).toBe(countHalfDays(generateCalendar(m1, opts), m1.from, m1.to).revision);
  });

  it('counts the contract’s weekdays outside the calendar as worked at the OPA, public holidays excluded (§4.4.2: "prévus par son contrat")', () => {
    // The calendar starts on Monday 2030-09-02; the contract starts 2 months earlier (Tableau 5, CPRO).
    const calendar = generateCalendar(plain(120), opts);
    const inside = revisionEntitlement(calendar, { contractType: 'CPRO', startDate: '2030-09-02', endDate: '2030-11-25' }, opts)!;
    const before = revisionEntitlement(calendar, { contractType: 'CPRO', startDate: '2030-07-01', endDate: '2030-11-25' }, opts)!;
    // July–August 2030: 45 weekdays, minus 15 August (a Thursday; 14 July is a Sunday).
    expect(before.workedDays - inside.workedDays).toBe(44);
    expect(inside.entitlementDays).toBe(0);
    expect(before.entitlementDays).toBe(5);
    // The calendar ends on Monday 2030-12-30: then Tuesday 31, Thursday 2 and Friday 3 January
    // count; 1 January (public holiday) and the weekend do not.
    const after = revisionEntitlement(calendar, { contractType: 'CPRO', startDate: '2030-12-30', endDate: '2031-01-05' }, opts)!;
    expect(after.workedDays).toBe(4);
    // A CAPP's days outside the calendar are counted alike, and still open nothing (§4.4.1).
    expect(revisionEntitlement(calendar, { contractType: 'CAPP', startDate: '2030-07-01', endDate: '2030-11-25' }, opts)).toMatchObject({ workedDays: before.workedDays, entitlementDays: 0 });
  });

  it('counts a day covered by two calendars once', () => {
    const calendar = generateCalendar(plain(120), opts);
    const once = revisionEntitlement([calendar], { contractType: 'CPRO', startDate: '2030-09-02', endDate: '2030-11-26' }, opts)!;
    expect(revisionEntitlement([calendar, calendar], { contractType: 'CPRO', startDate: '2030-09-02', endDate: '2030-11-26' }, opts)).toEqual(once);
  });
});
