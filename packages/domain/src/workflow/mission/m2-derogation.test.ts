import { describe, expect, it } from 'vitest';
import { checkContract } from '../../contracts/check-contract.js';
import type { ContractType, Status } from '../../contracts/contract-input.js';
import { RULES } from '../../findings/rule-catalogue.js';
import { defaultReferenceData } from '../../reference-data/default-reference-data.js';
import { applyDerogation, derogationPossible, type Derogation } from './m2-derogation.js';

const derogation: Derogation = { reason: 'Reprise d’études après un accident, accord de la direction', grantedBy: 'Responsable Alternance', grantedOn: '2025-07-01' };

function findings(cohort: string, status: Status, contractType: ContractType, d: Derogation | null, professionalisationValidated = false) {
  const base = checkContract({ cohort, status, contractType, professionalisationValidated }, { referenceData: defaultReferenceData }).findings;
  return applyDerogation(base, { cohort, status, contractType, derogation: d }, defaultReferenceData).map((f) => [f.code, f.severity]);
}

describe('derogationPossible (§2.1.2, « sauf dérogations exceptionnelles »)', () => {
  it('an M2 cohort (only alternance tracks) and a non-alternant contract', () => {
    expect(derogationPossible({ cohort: 'M2-2025', contractType: 'CSTAGE' }, defaultReferenceData)).toBe(true);
    expect(derogationPossible({ cohort: 'M2-2026', contractType: 'SANS' }, defaultReferenceData)).toBe(true);
  });
  it('not for an alternance contract, nor in L3I, M1 (they have a classic or mixed group) or L3G', () => {
    expect(derogationPossible({ cohort: 'M2-2025', contractType: 'CAPP' }, defaultReferenceData)).toBe(false);
    expect(derogationPossible({ cohort: 'M2-2025', contractType: 'CSTAGEALT' }, defaultReferenceData)).toBe(false);
    expect(derogationPossible({ cohort: 'L3I-2025', contractType: 'CSTAGE' }, defaultReferenceData)).toBe(false);
    expect(derogationPossible({ cohort: 'MASTER-2025', contractType: 'CSTAGE' }, defaultReferenceData)).toBe(false);
    expect(derogationPossible({ cohort: 'L3G-2025', contractType: 'SANS' }, defaultReferenceData)).toBe(false);
    expect(derogationPossible({ cohort: 'NOPE', contractType: 'SANS' }, defaultReferenceData)).toBe(false);
  });
});

describe('applyDerogation', () => {
  it('without a derogation an FI-CSTAGE in M2 is PROGRAM_CONTRACT_NOT_ALLOWED (error)', () => {
    expect(findings('M2-2025', 'FI', 'CSTAGE', null)).toContainEqual(['PROGRAM_CONTRACT_NOT_ALLOWED', 'error']);
  });
  it('with one it becomes PROGRAM_CONTRACT_DEROGATION, a warning naming the reason, who and when', () => {
    const base = checkContract({ cohort: 'M2-2025', status: 'FI', contractType: 'CSTAGE' }, { referenceData: defaultReferenceData }).findings;
    const applied = applyDerogation(base, { cohort: 'M2-2025', status: 'FI', contractType: 'CSTAGE', derogation }, defaultReferenceData);
    expect(applied.map((f) => f.code)).not.toContain('PROGRAM_CONTRACT_NOT_ALLOWED');
    const d = applied.find((f) => f.code === 'PROGRAM_CONTRACT_DEROGATION');
    expect(d).toMatchObject({ severity: 'warning', ref: RULES.PROGRAM_CONTRACT_DEROGATION.ref, field: 'contractType' });
    expect(d?.message).toContain('accordée par Responsable Alternance le 01/07/2025 : « Reprise d’études');
    expect(d?.messageEn).toContain('granted by Responsable Alternance on 2025-07-01');
  });
  it('leaves the other rules: an FC-SANS in M2 without validated professionalisation stays in error for that', () => {
    expect(findings('M2-2025', 'FC', 'SANS', derogation)).toEqual([
      ['SANS_REQUIRES_VALIDATED_PROFESSIONALISATION', 'error'],
      ['PROGRAM_CONTRACT_DEROGATION', 'warning'],
    ]);
    expect(findings('M2-2025', 'FC', 'SANS', derogation, true)).toEqual([['PROGRAM_CONTRACT_DEROGATION', 'warning']]);
  });
  it('changes nothing where no derogation is possible (an FI-CAPP in L3G stays an error)', () => {
    expect(findings('L3G-2025', 'FI', 'CAPP', derogation)).toContainEqual(['PROGRAM_CONTRACT_NOT_ALLOWED', 'error']);
  });
});
