import { describe, expect, it } from 'vitest';
import { readAttendanceRows } from './attendance-rows';

describe('readAttendanceRows', () => {
  it('finds the header in French, reads dd/mm/yyyy dates, skips empty rows', () => {
    const rows = readAttendanceRows([
      ['Feuille de présence L3'],
      ['Courriel', 'Demi-journée', 'Date'],
      ['a@x.fr', 'matin', '01/10/2026'],
      [],
      ['b@x.fr', 'PM', '2026-10-02'],
    ]);
    expect(rows).toEqual([
      { date: '2026-10-01', half: 'matin', studentEmail: 'a@x.fr' },
      { date: '2026-10-02', half: 'PM', studentEmail: 'b@x.fr' },
    ]);
  });

  it('keeps unreadable values as written, for the API to name', () => {
    expect(readAttendanceRows([['date', 'email', 'half'], ['32/13/2026', 'a@x.fr', 'soir']])).toEqual([{ date: '2026-13-32', half: 'soir', studentEmail: 'a@x.fr' }]);
  });
});
