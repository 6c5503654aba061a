import { describe, expect, it } from 'vitest';
import { RULES } from '../findings/rule-catalogue.js';
import { checkTutorChange, tutorChangeKind, type TutorChangeInput } from './check-tutor-change.js';

const base: TutorChangeInput = {
  contractType: 'CAPP',
  slot: 1,
  current: { email: 'ancien@opa.example' },
  other: null,
  next: { email: 'nouveau@opa.example' },
  effectiveOn: '2026-03-02',
  avenantSignedOn: '2026-02-25',
  contractStart: '2025-09-01',
  contractEnd: '2027-08-31',
};
const codes = (input: Partial<TutorChangeInput>) => checkTutorChange({ ...base, ...input }).findings.map((f) => f.code);

describe('checkTutorChange (§3.1)', () => {
  it('accepts an apprenticeship tutor replaced with its avenant', () => {
    expect(checkTutorChange(base)).toEqual({ kind: 'MODIFICATION', findings: [] });
  });

  it('fires TUTOR_CHANGE_AVENANT_REQUIRED on an apprenticeship’s modification, addition and removal without an avenant, naming the field', () => {
    const modification = checkTutorChange({ ...base, avenantSignedOn: null }).findings;
    expect(modification).toMatchObject([{ code: 'TUTOR_CHANGE_AVENANT_REQUIRED', severity: 'error', ref: RULES.TUTOR_CHANGE_AVENANT_REQUIRED.ref, subject: 'avenantSignedOn' }]);
    expect(modification[0]!.message).toContain('une modification');
    expect(codes({ slot: 2, current: null, avenantSignedOn: undefined })).toEqual(['TUTOR_CHANGE_AVENANT_REQUIRED']);
    expect(checkTutorChange({ ...base, slot: 2, current: null, avenantSignedOn: null }).kind).toBe('ADDITION');
    const removal = checkTutorChange({ ...base, slot: 2, next: null, avenantSignedOn: null });
    expect(removal.kind).toBe('REMOVAL');
    expect(removal.findings.map((f) => f.code)).toEqual(['TUTOR_CHANGE_AVENANT_REQUIRED']);
    expect(removal.findings[0]!.message).toContain('une suppression');
  });

  it('does not ask an avenant of a professionalisation contract or an internship', () => {
    expect(codes({ contractType: 'CPRO', avenantSignedOn: null })).toEqual([]);
    expect(codes({ contractType: 'STAGEALT', avenantSignedOn: null, slot: 2, next: null })).toEqual([]);
  });

  it('fires TUTOR1_REMOVAL_NOT_ALLOWED on removing tutor 1, not on removing tutor 2', () => {
    expect(checkTutorChange({ ...base, next: null }).findings).toMatchObject([{ code: 'TUTOR1_REMOVAL_NOT_ALLOWED', subject: 'tutor' }]);
    expect(codes({ slot: 2, next: null })).toEqual([]);
  });

  it('fires TUTOR_CHANGE_NOTHING for the slot’s own tutor again or an empty slot removed', () => {
    expect(codes({ next: { email: ' ANCIEN@opa.example ' } })).toEqual(['TUTOR_CHANGE_NOTHING']);
    expect(codes({ slot: 2, current: null, next: null })).toEqual(['TUTOR_CHANGE_NOTHING']);
    expect(tutorChangeKind(null, null)).toBeNull();
  });

  it('fires TUTOR_CHANGE_OUTSIDE_CONTRACT the day before the DDC and the day after the DFC, not on either day', () => {
    expect(codes({ effectiveOn: '2025-08-31' })).toEqual(['TUTOR_CHANGE_OUTSIDE_CONTRACT']);
    expect(codes({ effectiveOn: '2025-09-01' })).toEqual([]);
    expect(codes({ effectiveOn: '2027-08-31' })).toEqual([]);
    const after = checkTutorChange({ ...base, effectiveOn: '2027-09-01' }).findings;
    expect(after).toMatchObject([{ code: 'TUTOR_CHANGE_OUTSIDE_CONTRACT', subject: 'effectiveOn', window: { min: '2025-09-01', max: '2027-08-31' } }]);
  });

  it('stops at a rupture’s last day (included)', () => {
    expect(codes({ ruptureLastDay: '2026-03-02' })).toEqual([]);
    const late = checkTutorChange({ ...base, ruptureLastDay: '2026-03-01' }).findings;
    expect(late).toMatchObject([{ code: 'TUTOR_CHANGE_OUTSIDE_CONTRACT', window: { max: '2026-03-01' } }]);
    expect(late[0]!.message).toContain('dernier jour de la rupture');
  });

  it('fires TUTOR_EMAIL_INVALID on an address that is none, and TUTOR_SAME_AS_OTHER on the other tutor’s', () => {
    expect(checkTutorChange({ ...base, next: { email: 'nouveau.opa.example' } }).findings).toMatchObject([{ code: 'TUTOR_EMAIL_INVALID', subject: 'tutor.email' }]);
    expect(codes({ next: { email: 'Deux@opa.example' }, other: { email: 'deux@opa.example' } })).toEqual(['TUTOR_SAME_AS_OTHER']);
    expect(checkTutorChange({ ...base, slot: 2, current: null, other: { email: 'ancien@opa.example' }, next: { email: 'ancien@opa.example' } }).findings[0]!.message).toContain('n°1');
    expect(codes({ other: { email: 'deux@opa.example' } })).toEqual([]);
  });

  it('reports several rules at once and refuses unreadable dates as input errors', () => {
    expect(codes({ avenantSignedOn: null, effectiveOn: '2028-01-01', next: { email: 'x' } })).toEqual(['TUTOR_EMAIL_INVALID', 'TUTOR_CHANGE_OUTSIDE_CONTRACT', 'TUTOR_CHANGE_AVENANT_REQUIRED']);
    expect(() => checkTutorChange({ ...base, effectiveOn: '02/03/2026' })).toThrow(/effectiveOn/);
    expect(() => checkTutorChange({ ...base, avenantSignedOn: '2026-02-31' })).toThrow(/avenantSignedOn/);
  });
});
