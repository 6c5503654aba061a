import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { followsAlternanceCalendar } from './follows-alternance-calendar.js';

describe('followsAlternanceCalendar (§2.2, §2.2.1)', () => {
  it('the L3I classic group does not: its internship is « d’un bloc », Figure 6 is the alternance group’s', () => {
    expect(followsAlternanceCalendar({ cohort: 'L3I-2025', group: 'L3I-CLASSIC', contractType: 'CSTAGE' })).toBe(false);
    expect(followsAlternanceCalendar({ cohort: 'L3I-2025', group: 'CLASSIC', contractType: 'CSTAGE' })).toBe(false);
    // No group recorded: a classic internship says which group it is.
    expect(followsAlternanceCalendar({ cohort: 'L3I-2025', group: null, contractType: 'CSTAGE' })).toBe(false);
    expect(followsAlternanceCalendar({ cohort: 'l3i-2025', group: 'l3i-classic' })).toBe(false);
  });

  it('the L3I alternance group does, and an alternance contract always does', () => {
    expect(followsAlternanceCalendar({ cohort: 'L3I-2025', group: 'L3I-ALTERNANCE', contractType: 'CAPP' })).toBe(true);
    expect(followsAlternanceCalendar({ cohort: 'L3I-2025', group: 'ALTERNANCE' })).toBe(true);
    for (const contractType of ['CAPP', 'CPRO', 'CSTAGEALT']) {
      expect(followsAlternanceCalendar({ cohort: 'L3I-2025', group: 'L3I-CLASSIC', contractType })).toBe(true);
    }
  });

  it('the M1’s mixed groups do, non-alternants included (« pour toutes et tous »), and the M2', () => {
    expect(followsAlternanceCalendar({ cohort: 'MASTER-2025', group: 'M1-AIX', contractType: 'CSTAGE' })).toBe(true);
    expect(followsAlternanceCalendar({ cohort: 'MASTER-2025', group: null, contractType: 'SANS' })).toBe(true);
    expect(followsAlternanceCalendar({ cohort: 'M2-2025', group: 'M2-ISIE', contractType: 'CPRO' })).toBe(true);
  });

  it('a cohort without calendars (L3G) or an unknown one does not', () => {
    expect(followsAlternanceCalendar({ cohort: 'L3G-2025', group: 'L3G-CLASSIC', contractType: 'CSTAGE' })).toBe(false);
    expect(followsAlternanceCalendar({ cohort: 'NOPE-2025', contractType: 'CAPP' })).toBe(false);
  });

  it('reads the groups’ rhythm from the reference data', () => {
    const data = { ...defaultReferenceData, groups: defaultReferenceData.groups.map((g) => (g.code === 'L3I-CLASSIC' ? { ...g, rhythm: 'ALTERNANCE' as const } : g)) };
    expect(followsAlternanceCalendar({ cohort: 'L3I-2025', group: 'L3I-CLASSIC', contractType: 'CSTAGE' }, { referenceData: data })).toBe(true);
  });
});
