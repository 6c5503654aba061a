import { describe, expect, it } from 'vitest';
import { ABSENCE_REASONS, JUSTIFICATION_STATES } from './absence.js';
import { absenceAsRead, reasonsReadAs, statesReadAs, type AbsenceJustificationFacts } from './absence-as-read.js';

const medical: AbsenceJustificationFacts = { reason: 'MEDICAL', state: 'AWAITING_STOPPAGE', deadline: '2026-10-13', decidedBy: null, decidedAt: null };
const other: AbsenceJustificationFacts = { reason: 'OTHER', state: 'AWAITING_DECISION', deadline: null, decidedBy: null, decidedAt: null };
const otherDecided: AbsenceJustificationFacts = { reason: 'OTHER', state: 'JUSTIFIED', deadline: null, decidedBy: 'Responsable', decidedAt: new Date('2026-10-05T10:00:00Z') };
const medicalJustified: AbsenceJustificationFacts = { reason: 'MEDICAL', state: 'JUSTIFIED', deadline: '2026-10-13', decidedBy: null, decidedAt: null };
const professional: AbsenceJustificationFacts = { reason: 'PROFESSIONAL', state: 'JUSTIFIED', deadline: null, decidedBy: null, decidedAt: null };

describe('absenceAsRead (§4.3.1: the stoppage goes to the manager and the secretariat)', () => {
  it('the manager, the secretariat, the student and the host’s contacts (who send the stoppage) read the medical reason', () => {
    for (const reader of ['MANAGER', 'SECRETARIAT', 'STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT', 'INTEGRATION']) expect(absenceAsRead(reader, medical)).toEqual(medical);
  });

  it('the academic tutor, the direction and a partner read a medical or other reason alike: UNDISCLOSED, PENDING, no deadline, no decider', () => {
    for (const reader of ['ACADEMIC_TUTOR', 'DIRECTION', 'PARTNER']) {
      const pending = { reason: 'UNDISCLOSED', state: 'PENDING', deadline: null, decidedBy: null, decidedAt: null };
      expect(absenceAsRead(reader, medical)).toEqual(pending);
      expect(absenceAsRead(reader, other)).toEqual(pending);
      const justified = { reason: 'UNDISCLOSED', state: 'JUSTIFIED', deadline: null, decidedBy: null, decidedAt: null };
      expect(absenceAsRead(reader, medicalJustified)).toEqual(justified);
      expect(absenceAsRead(reader, otherDecided)).toEqual(justified);
    }
  });

  it('a professional absence (decided by the direction, §4.3.2) and one nobody justified yet read as they are', () => {
    expect(absenceAsRead('ACADEMIC_TUTOR', professional)).toEqual(professional);
    const recorded = { ...other, reason: 'UNKNOWN' as const, state: 'RECORDED' as const };
    expect(absenceAsRead('DIRECTION', recorded)).toEqual(recorded);
  });

  it('keeps the absence’s other fields', () => {
    expect(absenceAsRead('DIRECTION', { ...medical, id: 'a1', hours: 3.5 })).toMatchObject({ id: 'a1', hours: 3.5, reason: 'UNDISCLOSED' });
  });
});

describe('reasonsReadAs / statesReadAs: a filter matches what the reader reads', () => {
  it('the academic tutor’s MEDICAL or OTHER matches nothing, UNDISCLOSED both; the manager’s MEDICAL matches MEDICAL, UNDISCLOSED nothing', () => {
    expect(reasonsReadAs('ACADEMIC_TUTOR', 'MEDICAL')).toEqual([]);
    expect(reasonsReadAs('ACADEMIC_TUTOR', 'OTHER')).toEqual([]);
    expect(reasonsReadAs('ACADEMIC_TUTOR', 'UNDISCLOSED')).toEqual(['MEDICAL', 'OTHER']);
    expect(reasonsReadAs('DIRECTION', 'PROFESSIONAL')).toEqual(['PROFESSIONAL']);
    expect(reasonsReadAs('MANAGER', 'MEDICAL')).toEqual(['MEDICAL']);
    expect(reasonsReadAs('MANAGER', 'UNDISCLOSED')).toEqual([]);
  });

  it('PENDING gathers both awaiting states; one awaiting state matches nothing for whoever reads it PENDING', () => {
    for (const reader of ['MANAGER', 'DIRECTION']) expect(statesReadAs(reader, 'PENDING')).toEqual(['AWAITING_STOPPAGE', 'AWAITING_DECISION']);
    expect(statesReadAs('DIRECTION', 'AWAITING_STOPPAGE')).toEqual([]);
    expect(statesReadAs('ACADEMIC_TUTOR', 'AWAITING_DECISION')).toEqual([]);
    expect(statesReadAs('ACADEMIC_TUTOR', 'JUSTIFIED')).toEqual(['JUSTIFIED']);
    expect(statesReadAs('SECRETARIAT', 'AWAITING_STOPPAGE')).toEqual(['AWAITING_STOPPAGE']);
  });

  it('for every reason, state and reader, the absence read matches the filters of what it reads as', () => {
    for (const reader of ['MANAGER', 'ACADEMIC_TUTOR', 'DIRECTION', 'PARTNER', 'STUDENT']) {
      for (const reason of ABSENCE_REASONS) {
        for (const state of JUSTIFICATION_STATES) {
          const seen = absenceAsRead(reader, { reason, state, deadline: null, decidedBy: null, decidedAt: null });
          expect(reasonsReadAs(reader, seen.reason)).toContain(reason);
          expect(statesReadAs(reader, seen.state)).toContain(state);
        }
      }
    }
  });
});
