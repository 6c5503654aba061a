import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { checkLateVisit } from './check-late-visit.js';
import { visitReportDue, visitReportStage, visitStaysWithCompanyTutor, visitStaysWithVisitor, visitTookPlace } from './visit-report-stage.js';

const planned = { state: 'SCHEDULED' as const, date: '2026-01-28' };

describe('visitReportStage (§4.6: the report of a visit, « compte rendu à saisir »)', () => {
  it('a planned visit whose day has passed without a report: the report is due', () => {
    expect(visitReportStage(planned, '2026-03-02')).toBe('DUE');
    expect(visitReportStage(planned, '2026-01-29')).toBe('DUE');
    expect(visitReportDue(planned, '2026-03-02')).toBe(true);
  });
  it('not before the day has passed: to come, then open on the day itself', () => {
    expect(visitReportStage(planned, '2026-01-27')).toBe('NOT_YET');
    expect(visitReportStage(planned, '2026-01-28')).toBe('OPEN');
    expect(visitReportDue(planned, '2026-01-28')).toBe(false);
    expect(visitReportDue(planned, '2026-01-20')).toBe(false);
  });
  it('a recorded report, slots still proposed or a cancelled visit: no report due', () => {
    expect(visitReportStage({ state: 'HELD', date: '2026-01-28' }, '2026-03-02')).toBe('RECORDED');
    expect(visitReportDue({ state: 'HELD', date: '2026-01-28' }, '2026-03-02')).toBe(false);
    expect(visitReportStage({ state: 'PROPOSED', date: null }, '2026-03-02')).toBeNull();
    expect(visitReportDue({ state: 'CANCELLED', date: '2026-01-28' }, '2026-03-02')).toBe(false);
  });
  it('the visit took place once its report is recorded or its day has passed', () => {
    expect(visitTookPlace(planned, '2026-03-02')).toBe(true);
    expect(visitTookPlace(planned, '2026-01-28')).toBe(false);
    expect(visitTookPlace({ state: 'HELD', date: '2026-01-28' }, '2026-01-28')).toBe(true);
    expect(visitTookPlace({ state: 'PROPOSED', date: null }, '2026-03-02')).toBe(false);
  });
  it('so a 1st visit planned on 28 January and not reported is not late on 2 March: its report is due', () => {
    const late = (held: boolean) => checkLateVisit({ visitNumber: 1, programme: 'M1', yearDdf: '2025-09-01', held }, '2026-03-02').map((f) => f.code);
    expect(late(visitTookPlace(planned, '2026-03-02'))).toEqual([]);
    // Planned after its window (on 5 March): on 2 March it is still late, and planned.
    expect(late(visitTookPlace({ state: 'SCHEDULED', date: '2026-03-05' }, '2026-03-02'))).toEqual(['VISIT_LATE']);
  });
  it('names the field of a bad date', () => {
    expect(() => visitReportStage(planned, '02/03/2026')).toThrow(InputError);
    expect(() => visitReportStage({ state: 'SCHEDULED', date: null }, '2026-03-02')).toThrow(/date/);
  });
});

describe('visitStaysWithVisitor (§4.6, note 32: a tutor change leaves a visit made with whoever made it)', () => {
  it('a planned visit whose day has passed, or is today, stays with its visitor: they write its report', () => {
    expect(visitStaysWithVisitor(planned, '2026-03-02')).toBe(true);
    expect(visitStaysWithVisitor(planned, '2026-01-28')).toBe(true);
  });
  it('a visit still to come — planned on a later day, or its slots proposed — follows the alternant', () => {
    expect(visitStaysWithVisitor(planned, '2026-01-27')).toBe(false);
    expect(visitStaysWithVisitor({ state: 'PROPOSED', date: null }, '2026-03-02')).toBe(false);
  });
  it('a held or cancelled visit: not kept by this rule (the hand-over looks at proposed and planned visits only)', () => {
    expect(visitStaysWithVisitor({ state: 'HELD', date: '2026-01-28' }, '2026-03-02')).toBe(false);
    expect(visitStaysWithVisitor({ state: 'CANCELLED', date: '2026-01-28' }, '2026-03-02')).toBe(false);
  });
});

describe('visitStaysWithCompanyTutor (§3.1, §4.6: a company tutor replaced from a day)', () => {
  it('a planned visit on a day come, or before the change takes effect, stays with the tutor it was made with', () => {
    expect(visitStaysWithCompanyTutor(planned, '2026-03-02', '2026-03-05')).toBe(true);
    expect(visitStaysWithCompanyTutor(planned, '2026-01-20', '2026-02-01')).toBe(true);
  });
  it('a visit planned on a day from the change on, still to come, or proposed, passes to the new tutor', () => {
    expect(visitStaysWithCompanyTutor(planned, '2026-01-20', '2026-01-28')).toBe(false);
    expect(visitStaysWithCompanyTutor({ state: 'PROPOSED', date: null }, '2026-03-02', '2026-03-05')).toBe(false);
  });
  it('names a bad effective day', () => {
    expect(() => visitStaysWithCompanyTutor(planned, '2026-01-20', '2026-02-30x')).toThrow(/effectiveOn/);
  });
});
