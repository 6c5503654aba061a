import { describe, expect, it } from 'vitest';
import { InputError } from '../findings/input-error.js';
import { justificationTransition } from './justification-transition.js';
import { absencesCoveredBy, rangeHolds, wholeDays, type CoverableAbsence } from './justification-range.js';

const recorded = (date: string, half: 'AM' | 'PM', studentId = 's1', state: CoverableAbsence['state'] = 'RECORDED'): CoverableAbsence => ({ studentId, date, half, state });
// §4.3.3: a reason given to the manager settles only an absence nobody justified yet.
const openForReason = (a: CoverableAbsence) => justificationTransition(a.state, 'GIVE_OTHER_REASON') !== null;

describe('absencesCoveredBy: one justification for every absence it covers (§4.3)', () => {
  const absences = [
    recorded('2026-10-06', 'PM'),
    recorded('2026-10-05', 'AM'),
    recorded('2026-10-05', 'PM'),
    recorded('2026-10-07', 'AM'),
    recorded('2026-10-05', 'AM', 's2'),
    recorded('2026-10-06', 'AM', 's1', 'JUSTIFIED'),
  ];

  it('covers, in date order, the student’s own open absences from the first half-day to the last, both included', () => {
    const r = absencesCoveredBy({ from: '2026-10-05', fromHalf: 'AM', to: '2026-10-06', toHalf: 'PM' }, 's1', absences, openForReason);
    expect(r).toEqual({ covered: [recorded('2026-10-05', 'AM'), recorded('2026-10-05', 'PM'), recorded('2026-10-06', 'PM')] });
  });

  it('a range may start in an afternoon and end in a morning', () => {
    const r = absencesCoveredBy({ from: '2026-10-05', fromHalf: 'PM', to: '2026-10-07', toHalf: 'AM' }, 's1', absences, openForReason);
    expect('covered' in r && r.covered.map((a) => `${a.date} ${a.half}`)).toEqual(['2026-10-05 PM', '2026-10-06 PM', '2026-10-07 AM']);
  });

  it('never another student’s absence, nor one already justified', () => {
    const r = absencesCoveredBy({ from: '2026-10-05', fromHalf: 'AM', to: '2026-10-06', toHalf: 'AM' }, 's2', absences, openForReason);
    expect(r).toEqual({ covered: [recorded('2026-10-05', 'AM', 's2')] });
  });

  it('a range covering none of the student’s open absences is refused, naming the field `from`', () => {
    const r = absencesCoveredBy({ from: '2026-10-06', fromHalf: 'AM', to: '2026-10-06', toHalf: 'AM' }, 's1', absences, openForReason);
    expect('error' in r && r.error).toMatchObject({ field: 'from', code: 'JUSTIFICATION_COVERS_NONE' });
    expect('error' in r && r.error.fr).toContain('06/10/2026');
  });

  it('a reversed range is refused, naming `to` (an earlier day) or `toHalf` (the same day’s morning after its afternoon)', () => {
    const days = absencesCoveredBy({ from: '2026-10-06', fromHalf: 'AM', to: '2026-10-05', toHalf: 'PM' }, 's1', absences, openForReason);
    expect('error' in days && days.error).toMatchObject({ field: 'to', code: 'BAD_USER_INPUT' });
    const halves = absencesCoveredBy({ from: '2026-10-05', fromHalf: 'PM', to: '2026-10-05', toHalf: 'AM' }, 's1', absences, openForReason);
    expect('error' in halves && halves.error).toMatchObject({ field: 'toHalf', code: 'BAD_USER_INPUT' });
  });

  it('an unreadable date or half-day throws an InputError naming the field', () => {
    expect(() => absencesCoveredBy({ from: '2026-13-01', fromHalf: 'AM', to: '2026-10-05', toHalf: 'PM' }, 's1', absences, openForReason)).toThrow(InputError);
    expect(() => absencesCoveredBy({ from: '2026-10-01', fromHalf: 'XX' as 'AM', to: '2026-10-05', toHalf: 'PM' }, 's1', absences, openForReason)).toThrow(/fromHalf/);
  });

  it('a work stoppage covers whole days (§4.3.1)', () => {
    expect(rangeHolds(wholeDays('2026-10-05', '2026-10-06'), '2026-10-06', 'PM')).toBe(true);
    expect(rangeHolds(wholeDays('2026-10-05', '2026-10-06'), '2026-10-07', 'AM')).toBe(false);
  });
});
