import { describe, expect, it } from 'vitest';
import { checklistAttentionLimit, checklistOverdue } from './checklist-overdue.js';

const item = { code: 'URSSAF_REGISTRATION', label: 'Déclaration URSSAF', labelEn: 'URSSAF registration', dueDate: '2025-08-31', done: false };

describe('checklistOverdue (§3.4, Figure 15)', () => {
  it('fires from warnDays (5) before the due date, not the day before that', () => {
    expect(checklistOverdue([item], '2025-08-25')).toEqual([]);
    expect(checklistOverdue([item], '2025-08-26')).toEqual([
      {
        code: 'CHECKLIST_OVERDUE',
        severity: 'warning',
        subject: 'URSSAF_REGISTRATION',
        message: 'Déclaration URSSAF : à faire au plus tard le 31/08/2025 (dans 4 jour(s) ouvrable(s)).',
        messageEn: 'URSSAF registration: due by 31/08/2025 (in 4 working day(s)).',
        ref: '§3.4, Figure 15',
        window: { min: null, max: '2025-08-31' },
      },
    ]);
  });

  it('fires on the due date and after it, worded as late from the next day', () => {
    expect(checklistOverdue([item], '2025-08-31')[0]?.message).toContain('dans 0 jour(s) ouvrable(s)');
    expect(checklistOverdue([item], '2025-09-01')[0]?.message).toBe('Déclaration URSSAF : en retard depuis le 31/08/2025.');
  });

  it('§3.4: an item « à faire sans délai » (validated after the DDC) says so, due and late from the validation on', () => {
    const sansDelai = { ...item, dueDate: '2025-09-16', sansDelai: true };
    // Wednesday 10 September + 5 jours ouvrables is the due date (the Sunday not counted): flagged from that day; not the day before.
    expect(checklistOverdue([sansDelai], '2025-09-09')).toEqual([]);
    expect(checklistOverdue([sansDelai], '2025-09-10')[0]?.message).toContain('dans 5 jour(s) ouvrable(s)');
    expect(checklistOverdue([sansDelai], '2025-09-11')[0]?.message).toBe(
      'Déclaration URSSAF : à faire sans délai, le contrat ayant commencé avant la validation de la mission : au plus tard le 16/09/2025 (dans 4 jour(s) ouvrable(s)).',
    );
    const late = checklistOverdue([sansDelai], '2025-09-17')[0];
    expect(late?.message).toBe('Déclaration URSSAF : en retard depuis le 16/09/2025 (à faire sans délai, le contrat ayant commencé avant la validation de la mission).');
    expect(late?.messageEn).toBe('URSSAF registration: overdue since 16/09/2025 (to do without delay, the contract having started before the mission was validated).');
    expect(checklistOverdue([{ ...sansDelai, done: true }], '2025-09-17')).toEqual([]);
  });

  it('« dans N jour(s) ouvrable(s) »: counted as the warning is (§3.4), from tomorrow to the due date — Sundays and public holidays left out', () => {
    // Tuesday 26 August 2025 to Sunday 31: Wednesday to Saturday, 4 (calendar: 5).
    expect(checklistOverdue([item], '2025-08-26')[0]?.message).toContain('(dans 4 jour(s) ouvrable(s))');
    // Monday 11 August to Monday 18: Friday 15 is the Assomption, Sunday 17 not ouvrable: 5 (calendar: 7) — and flagged, as 5 ≤ warnDays.
    const assomption = { ...item, dueDate: '2025-08-18' };
    expect(checklistOverdue([assomption], '2025-08-11')[0]?.message).toContain('(dans 5 jour(s) ouvrable(s))');
    expect(checklistOverdue([assomption], '2025-08-09')).toEqual([]);
  });

  it('never fires for a done item', () => {
    expect(checklistOverdue([{ ...item, done: true }], '2025-09-15')).toEqual([]);
  });

  it('takes warnDays as a parameter', () => {
    expect(checklistOverdue([item], '2025-08-30', 0)).toEqual([]);
    expect(checklistOverdue([item], '2025-08-31', 0)).toHaveLength(1);
  });

  it('reports each item on its own', () => {
    const other = { ...item, code: 'HIRING_DECLARATION', dueDate: '2025-09-30' };
    expect(checklistOverdue([item, other, { ...other, code: 'MEDICAL_VISIT', dueDate: '2025-08-01' }], '2025-08-28').map((f) => f.subject)).toEqual([
      'URSSAF_REGISTRATION',
      'MEDICAL_VISIT',
    ]);
  });

  it('throws on an unreadable date', () => {
    expect(() => checklistOverdue([item], '28/08/2025')).toThrow(/today/);
    expect(() => checklistOverdue([{ ...item, dueDate: 'soon' }], '2025-08-28')).toThrow(/URSSAF_REGISTRATION\.dueDate/);
  });
});

describe('checklistAttentionLimit (§3.4): the one due date the contract page, the list filter and the dashboard compare to', () => {
  const options = { whitMondayHoliday: true };
  it('counts the warning in jours ouvrables, as the due dates (Sundays and public holidays skipped)', () => {
    // Wednesday 25 February 2026 + 5 jours ouvrables: Thu 26, Fri 27, Sat 28, Mon 2, Tue 3 March — not Monday 2 March (5 calendar days).
    expect(checklistAttentionLimit('2026-02-25', 5, options)).toBe('2026-03-03');
    // Thursday 30 April 2026: 1 May and the Sunday skipped.
    expect(checklistAttentionLimit('2026-04-30', 5, options)).toBe('2026-05-07');
    expect(checklistAttentionLimit('2026-02-25', 0, options)).toBe('2026-02-25');
  });
  it('flags an item exactly when its due date is on or before the limit', () => {
    const item = { code: 'URSSAF', label: 'Déclaration URSSAF', labelEn: 'URSSAF declaration', dueDate: '2026-03-03', done: false };
    expect(checklistOverdue([item], '2026-02-25', 5, options)).toHaveLength(1);
    expect(checklistOverdue([item], '2026-02-24', 5, options)).toEqual([]);
    expect(checklistOverdue([{ ...item, dueDate: '2026-03-04' }], '2026-02-25', 5, options)).toEqual([]);
  });
  it('names the field of a bad input', () => {
    expect(() => checklistAttentionLimit('2026-02-30', 5, options)).toThrow(/today/);
    expect(() => checklistAttentionLimit('2026-02-25', -1, options)).toThrow(/warnDays/);
  });
});
