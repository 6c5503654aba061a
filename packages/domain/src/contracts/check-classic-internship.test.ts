import { describe, expect, it } from 'vitest';
import { checkContract } from './check-contract.js';
import type { ContractInput } from './contract-input.js';

// §2.2: a classic internship « d'une durée d'au moins 8 semaines »; note 11: about 4 months preferred.
const m1Stage: ContractInput = { cohort: 'MASTER-2025', status: 'FI', contractType: 'CSTAGE', startDate: '2026-04-20', endDate: '2026-08-21' };
const findings = (input: ContractInput) => checkContract(input).findings.filter((f) => f.code.startsWith('CLASSIC_INTERNSHIP') || f.code === 'DFC_BEFORE_DDC');

describe('the classic internship’s length (§2.2, note 11)', () => {
  it('of 8 weeks date to date (56 days, both counted) passes; a day less is an error naming the earliest DFC', () => {
    expect(findings({ ...m1Stage, endDate: '2026-06-14' }).map((f) => f.code)).toEqual(['CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED']);
    const short = findings({ ...m1Stage, endDate: '2026-06-13' });
    expect(short).toEqual([expect.objectContaining({ code: 'CLASSIC_INTERNSHIP_TOO_SHORT', severity: 'error', field: 'endDate', ref: '§2.2', window: { min: '2026-06-14', max: null } })]);
    expect(short[0]!.message).toBe('Le stage classique dure au moins 8 semaines (§2.2) : DFC au plus tôt le 14/06/2026.');
  });

  it('under 4 months it is an info only (nothing blocks); from 4 months, nothing', () => {
    const info = findings({ ...m1Stage, endDate: '2026-08-18' });
    expect(info).toEqual([expect.objectContaining({ code: 'CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED', severity: 'info', ref: '§2.2, note 11' })]);
    expect(findings({ ...m1Stage, endDate: '2026-08-19' })).toEqual([]);
    expect(findings(m1Stage)).toEqual([]);
  });

  it('concerns the classic internship only, and stays silent without both dates', () => {
    expect(findings({ ...m1Stage, contractType: 'CSTAGEALT', endDate: '2026-05-01' }).map((f) => f.code)).not.toContain('CLASSIC_INTERNSHIP_TOO_SHORT');
    expect(findings({ ...m1Stage, endDate: undefined })).toEqual([]);
    expect(findings({ ...m1Stage, startDate: undefined })).toEqual([]);
  });

  it('a DFC before the DDC is said as such, not as a short internship', () => {
    expect(findings({ ...m1Stage, endDate: '2026-04-19' }).map((f) => f.code)).toEqual(['DFC_BEFORE_DDC']);
  });
});
