import { describe, expect, it } from 'vitest';
import { readCalendarSheet, readSheetDate } from './read-calendar-sheet.js';

describe('readCalendarSheet', () => {
  it('reads one row per date, in French labels, codes or letters', () => {
    const sheet = readCalendarSheet([
      ['Date', 'Matin', 'Après-midi'],
      ['2025-09-01', 'Formation', 'F'],
      ['02/09/2025', 'entreprise', 'REVISION'],
      [new Date(Date.UTC(2025, 8, 3)), 'Semaine bloquée', 'Fin d’année'],
      [null, null, null],
    ]);
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows).toEqual([
      { date: '2025-09-01', am: 'TRAINING', pm: 'TRAINING' },
      { date: '2025-09-02', am: 'COMPANY', pm: 'REVISION' },
      { date: '2025-09-03', am: 'TRAINING', pm: 'COMPANY' },
    ]);
  });

  it('reads the office grid, one row per week', () => {
    const sheet = readCalendarSheet([
      ['Semaine du', 'Lun. matin', 'Lun. après-midi', 'Mar. matin', 'Mar. après-midi', 'Mer. matin', 'Mer. après-midi', 'Jeu. matin', 'Jeu. après-midi', 'Ven. matin', 'Ven. après-midi', 'Sam. matin', 'Sam. après-midi'],
      ['2025-09-01', 'F', 'F', 'F', 'F', 'E', 'E', 'E', 'E', 'E', 'E', 'F', ''],
    ]);
    expect(sheet.format).toBe('WEEKS');
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows).toHaveLength(6);
    expect(sheet.rows[5]).toEqual({ date: '2025-09-06', am: 'TRAINING', pm: 'REST' });
  });

  it('names the row and column of each bad cell', () => {
    const sheet = readCalendarSheet([
      ['Date', 'Matin', 'Après-midi'],
      ['2025-09-31', 'F', 'F'],
      ['2025-09-02', 'Cantine', 'F'],
      ['2025-09-03', 'F', 'F'],
      ['2025-09-03', 'E', 'E'],
    ]);
    expect(sheet.errors.map((e) => [e.row, e.field])).toEqual([[2, 'Date'], [3, 'Matin'], [5, 'Date']]);
    expect(sheet.errors[1]!.message).toContain('Cantine');
  });

  it('refuses a grid row that does not start on a Monday and an unknown header', () => {
    expect(readCalendarSheet([['Semaine du', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], ['2025-09-02', 'F', 'F', 'F', 'F', 'F', 'F', 'F', 'F', 'F', 'F']]).errors[0]!.message).toContain('lundi');
    expect(readCalendarSheet([['Jour de la semaine']]).errors).toHaveLength(1);
  });

  it('reads Excel serial dates', () => {
    expect(readSheetDate(45901)).toBe('2025-09-01');
  });
});
