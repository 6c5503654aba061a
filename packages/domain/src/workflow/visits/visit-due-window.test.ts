import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import { checkLateVisit } from './check-late-visit.js';
import { lateVisitContractBounds, visitDueWindow } from './visit-due-window.js';

// M1 of 2025-2026: 1st visit 2026-01-01 – 2026-02-28 (59 days), 2nd 2026-04-01 – 2026-05-31 (§4.6).
const ddf = '2025-09-01';
const due = (n: 1 | 2, start: string, lastDay: string) => visitDueWindow(n, 'M1', ddf, { start, lastDay });

describe('visitDueWindow (§4.6, note 34; §10, §5 note 35)', () => {
  it('a contract running through the year: the usual window', () => {
    expect(due(1, '2025-09-01', '2026-08-31')).toEqual({ from: '2026-01-01', to: '2026-02-28', endedByContract: false, shiftedByStart: false });
    expect(visitDueWindow(2, 'M1', ddf, null)).toMatchObject({ from: '2026-04-01', to: '2026-05-31' });
  });

  it('no visit is asked for once the contract ended before the window opens (its last day included)', () => {
    expect(due(2, '2025-09-01', '2026-03-31')).toBeNull();
    expect(due(2, '2025-09-01', '2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-04-01', endedByContract: true, shiftedByStart: false });
  });

  it('a contract ending within the window: the visit is due by its last day', () => {
    expect(due(1, '2025-09-01', '2026-02-10')).toEqual({ from: '2026-01-01', to: '2026-02-10', endedByContract: true, shiftedByStart: false });
    expect(due(1, '2025-09-01', '2026-02-28')).toEqual({ from: '2026-01-01', to: '2026-02-28', endedByContract: false, shiftedByStart: false });
  });

  it('a contract starting late gets as many days as the usual window, from its start', () => {
    expect(due(1, '2026-01-01', '2026-08-31')).toEqual({ from: '2026-01-01', to: '2026-02-28', endedByContract: false, shiftedByStart: false });
    expect(due(1, '2026-01-02', '2026-08-31')).toEqual({ from: '2026-01-02', to: '2026-03-01', endedByContract: false, shiftedByStart: true });
    expect(due(1, '2026-02-15', '2026-08-31')).toEqual({ from: '2026-02-15', to: '2026-04-14', endedByContract: false, shiftedByStart: true });
    // Starting after the window: due all the same, from the start.
    expect(due(1, '2026-03-16', '2026-08-31')).toEqual({ from: '2026-03-16', to: '2026-05-13', endedByContract: false, shiftedByStart: true });
  });

  it('names the contract date that is wrong', () => {
    expect(() => due(1, '15/02/2026', '2026-08-31')).toThrow(InputError);
    expect(() => due(1, '2026-02-15', '2026-02-14')).toThrow(/contract.lastDay/);
  });
});

describe('checkLateVisit with the contract (§4.6)', () => {
  const late = (n: 1 | 2, start: string, lastDay: string, today: string) => checkLateVisit({ visitNumber: n, programme: 'M1', yearDdf: ddf, held: false, contract: { start, lastDay } }, today).map((f) => f.code);

  it('a contract broken in March shows no late 2nd visit in June', () => {
    expect(late(2, '2025-09-01', '2026-03-15', '2026-06-15')).toEqual([]);
    expect(late(2, '2025-09-01', '2026-08-31', '2026-06-15')).toEqual(['VISIT_LATE']);
  });

  it('a contract starting on 15 February: its 1st visit is late from 15 April, not 1 March', () => {
    expect(late(1, '2026-02-15', '2026-08-31', '2026-03-01')).toEqual([]);
    expect(late(1, '2026-02-15', '2026-08-31', '2026-04-14')).toEqual([]);
    expect(late(1, '2026-02-15', '2026-08-31', '2026-04-15')).toEqual(['VISIT_LATE']);
  });

  it('a contract ended within the window: late from the day after its last day, and says so', () => {
    expect(late(1, '2025-09-01', '2026-02-10', '2026-02-10')).toEqual([]);
    const [finding] = checkLateVisit({ visitNumber: 1, programme: 'M1', yearDdf: ddf, held: false, contract: { start: '2025-09-01', lastDay: '2026-02-10' } }, '2026-02-11');
    expect(finding).toMatchObject({ code: 'VISIT_LATE', window: { min: '2026-01-01', max: '2026-02-10' } });
    expect(finding?.message).toBe('1re visite en retard : le contrat a pris fin le 10/02/2026 sans qu’elle ait eu lieu.');
  });

  it('says when a late start moved the due day', () => {
    const [finding] = checkLateVisit({ visitNumber: 1, programme: 'M1', yearDdf: ddf, held: false, contract: { start: '2026-02-15', lastDay: '2026-08-31' } }, '2026-04-15');
    expect(finding?.message).toBe('1re visite en retard : le contrat ayant commencé le 15/02/2026, elle était attendue au plus tard le 14/04/2026 et n’a pas eu lieu.');
  });
});

describe('lateVisitContractBounds', () => {
  it('says what checkLateVisit says, for every start, last day and today around the windows', () => {
    const days = (from: string, count: number, step: number) => Array.from({ length: count }, (_, i) => addDays(from, i * step));
    const starts = ['2025-09-01', '2025-12-31', '2026-01-01', '2026-01-02', '2026-02-15', '2026-03-16', '2026-05-20'];
    const lastDays = ['2025-12-31', '2026-01-01', '2026-02-10', '2026-02-28', '2026-03-31', '2026-04-01', '2026-05-31', '2026-08-31'];
    for (const n of [1, 2] as const) {
      for (const today of days('2025-12-20', 40, 7)) {
        const b = lateVisitContractBounds(n, 'M1', ddf, today);
        for (const start of starts) {
          for (const lastDay of lastDays.filter((l) => l >= start)) {
            const bySql = b !== null && lastDay >= b.lastDayFrom && (lastDay < b.lastDayBefore || (b.startBefore !== null && start < b.startBefore));
            const byRule = checkLateVisit({ visitNumber: n, programme: 'M1', yearDdf: ddf, held: false, contract: { start, lastDay } }, today).length > 0;
            expect({ n, today, start, lastDay, late: bySql }).toEqual({ n, today, start, lastDay, late: byRule });
          }
        }
      }
    }
  });

  it('is null without usual months, and until the usual window has opened', () => {
    expect(lateVisitContractBounds(1, 'M1', ddf, '2026-03-01', { visitMonths: { first: {}, second: {} } })).toBeNull();
    expect(lateVisitContractBounds(1, 'M1', ddf, '2026-01-01')).toBeNull();
    expect(lateVisitContractBounds(1, 'M1', ddf, '2026-01-02')).toEqual({ lastDayFrom: '2026-01-01', lastDayBefore: '2026-01-02', startBefore: null });
  });
});
