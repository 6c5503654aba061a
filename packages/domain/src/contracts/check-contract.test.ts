import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkContract } from './check-contract.js';
import type { ContractInput } from './contract-input.js';

const codes = (input: ContractInput, referenceData?: ReferenceData) =>
  checkContract(input, referenceData ? { referenceData } : undefined).findings.map((f) => f.code);
const finding = (input: ContractInput, code: string, referenceData?: ReferenceData) =>
  checkContract(input, referenceData ? { referenceData } : undefined).findings.find((f) => f.code === code);

function withData(change: (data: ReferenceData) => void): ReferenceData {
  const data = structuredClone(defaultReferenceData);
  change(data);
  return data;
}

/** A Master apprentice that satisfies every rule. */
const masterCapp: ContractInput = {
  cohort: 'MASTER-2025',
  status: 'FI',
  contractType: 'CAPP',
  birthDate: '2003-05-10',
  requestDate: '2025-06-10',
  validationDate: '2025-06-20',
  startDate: '2025-09-01',
  endDate: '2027-09-03',
};
const l3iCpro: ContractInput = {
  cohort: 'L3I-2025',
  status: 'FC',
  contractType: 'CPRO',
  birthDate: '1994-01-15',
  requestDate: '2025-06-02',
  startDate: '2025-09-01',
  endDate: '2026-07-03',
};
const m2StageAlt: ContractInput = {
  cohort: 'M2-2025',
  status: 'FI',
  contractType: 'CSTAGEALT',
  stageAltApproved: true,
  startDate: '2025-09-04',
  endDate: '2026-09-04',
};

describe('checkContract — clean contracts', () => {
  it('finds nothing wrong with a compliant apprenticeship, CPRO and work-study internship', () => {
    expect(codes(masterCapp)).toEqual([]);
    expect(codes({ ...l3iCpro, cproReason: '30 ans ou plus' })).toEqual([]);
    expect(codes(m2StageAlt)).toEqual([]);
  });

  it('reports the duration date to date', () => {
    expect(checkContract(masterCapp).durationMonths).toBe(24.07);
    expect(checkContract(m2StageAlt).durationMonths).toBe(12);
  });
});

describe('type windows — the worked examples of §3.3.2', () => {
  const windows = (cohort: string, contractType: string) => checkContract({ cohort, status: 'FI', contractType }).windows;
  it('MASTER-2025 CAPP', () => {
    expect(windows('MASTER-2025', 'CAPP')).toEqual({
      startDate: { min: '2025-06-01', max: '2025-12-01' },
      endDate: { min: '2027-09-03', max: '2027-11-03' },
    });
  });
  it('L3I-2025 CPRO', () => {
    expect(windows('L3I-2025', 'CPRO')).toEqual({
      startDate: { min: '2025-07-01', max: '2025-12-01' },
      endDate: { min: '2026-07-03', max: '2026-09-03' },
    });
  });
  it('M2-2025 CAPP, CPRO and CSTAGEALT', () => {
    expect(windows('M2-2025', 'CAPP').startDate).toEqual({ min: '2025-06-04', max: '2025-12-04' });
    expect(windows('M2-2025', 'CPRO').startDate).toEqual({ min: '2025-07-04', max: '2025-12-04' });
    expect(windows('M2-2025', 'CSTAGEALT').startDate).toEqual({ min: '2025-09-04', max: '2025-12-04' });
    expect(windows('M2-2025', 'CAPP').endDate).toEqual({ min: '2026-09-04', max: '2026-11-04' });
    expect(windows('M2-2025', 'CPRO').endDate).toEqual({ min: '2026-09-04', max: '2026-11-04' });
    expect(windows('M2-2025', 'CSTAGEALT').endDate).toEqual({ min: null, max: '2026-09-04' });
  });
  it('has no window for a classic internship', () => {
    expect(windows('L3G-2025', 'CSTAGE')).toEqual({ startDate: { min: null, max: null }, endDate: { min: null, max: null } });
  });
});

describe('status, programme and contract choice (§2.1, Tableaux 3–4)', () => {
  it('STATUS_CONTRACT_INVALID: FI-CPRO and FC-CAPP, not FI-CAPP', () => {
    expect(codes({ ...masterCapp, status: 'FI', contractType: 'CPRO' })).toContain('STATUS_CONTRACT_INVALID');
    expect(codes({ ...masterCapp, status: 'FC', contractType: 'CAPP' })).toContain('STATUS_CONTRACT_INVALID');
    expect(codes(masterCapp)).not.toContain('STATUS_CONTRACT_INVALID');
    expect(finding({ ...masterCapp, status: 'FC' }, 'STATUS_CONTRACT_INVALID')?.field).toBe('contractType');
  });

  it('PROGRAM_CONTRACT_NOT_ALLOWED by group', () => {
    const l3g = { cohort: 'L3G-2025', status: 'FI', contractType: 'CSTAGE' };
    expect(codes(l3g)).toEqual([]);
    expect(codes({ ...masterCapp, cohort: 'L3G-2025' })).toContain('PROGRAM_CONTRACT_NOT_ALLOWED');
    expect(codes({ cohort: 'L3I-2025', status: 'FI', contractType: 'CSTAGE' })).toEqual([]);
    expect(codes({ cohort: 'L3I-2025', status: 'FI', contractType: 'SANS', professionalisationValidated: true })).toContain(
      'PROGRAM_CONTRACT_NOT_ALLOWED',
    );
    expect(codes({ ...l3iCpro, cproReason: 'OPA', group: 'CLASSIC' })).toContain('PROGRAM_CONTRACT_NOT_ALLOWED');
    expect(codes({ ...l3iCpro, cproReason: 'OPA', group: 'ALTERNANCE' })).not.toContain('PROGRAM_CONTRACT_NOT_ALLOWED');
    expect(codes({ cohort: 'M2-2025', status: 'FI', contractType: 'CSTAGE' })).toContain('PROGRAM_CONTRACT_NOT_ALLOWED');
    expect(codes({ cohort: 'MASTER-2025', status: 'FC', contractType: 'CSTAGE' })).toEqual([]);
  });

  it('M2 admits SANS only for a repeating student whose professionalisation is validated', () => {
    const m2Sans = { cohort: 'M2-2025', status: 'FI', contractType: 'SANS', professionalisationValidated: true };
    expect(codes({ ...m2Sans, repeating: true })).toEqual([]);
    expect(codes({ ...m2Sans, repeating: false })).toEqual(['PROGRAM_CONTRACT_NOT_ALLOWED']);
  });

  it('SANS_REQUIRES_VALIDATED_PROFESSIONALISATION', () => {
    const fcSans = { cohort: 'L3G-2025', status: 'FC', contractType: 'SANS' };
    expect(codes({ ...fcSans, professionalisationValidated: false })).toEqual(['SANS_REQUIRES_VALIDATED_PROFESSIONALISATION']);
    expect(codes({ ...fcSans, professionalisationValidated: true })).toEqual([]);
  });

  it('CAPP_AGE_LIMIT fires at 30 on the DDC, not the day before the 30th birthday', () => {
    expect(codes({ ...masterCapp, birthDate: '1995-09-01' })).toContain('CAPP_AGE_LIMIT');
    expect(codes({ ...masterCapp, birthDate: '1995-09-02' })).not.toContain('CAPP_AGE_LIMIT');
  });

  it('CPRO_UNDER_30_NEEDS_REASON below 30 without a reason', () => {
    const cpro = { ...l3iCpro, birthDate: '1995-09-02' };
    expect(codes(cpro)).toContain('CPRO_UNDER_30_NEEDS_REASON');
    expect(codes({ ...cpro, cproReason: 'L’OPA ne signe que des CPRO' })).not.toContain('CPRO_UNDER_30_NEEDS_REASON');
    expect(codes({ ...cpro, birthDate: '1995-09-01' })).not.toContain('CPRO_UNDER_30_NEEDS_REASON');
  });

  it('STAGEALT_EXCEPTIONAL until the manager approved it', () => {
    expect(codes({ ...m2StageAlt, stageAltApproved: false })).toEqual(['STAGEALT_EXCEPTIONAL']);
    expect(codes(m2StageAlt)).toEqual([]);
  });
});

describe('DDC (Tableau 5)', () => {
  const openCampaign = withData((d) => {
    for (const c of d.campaigns) c.closes = '2025-12-31';
  });
  it('DDC_TOO_EARLY before the type window, first allowed day passes', () => {
    const l3i = { ...l3iCpro, cproReason: 'x', requestDate: '2025-05-15' };
    expect(codes({ ...l3i, startDate: '2025-06-30' })).toContain('DDC_TOO_EARLY');
    expect(codes({ ...l3i, startDate: '2025-07-01' })).not.toContain('DDC_TOO_EARLY');
    expect(finding({ ...l3i, startDate: '2025-06-30' }, 'DDC_TOO_EARLY')?.window).toEqual({ min: '2025-07-01', max: '2025-10-31' });
  });
  it('DDC_TOO_LATE after the type window', () => {
    expect(codes({ ...masterCapp, startDate: '2025-12-01' }, openCampaign)).not.toContain('DDC_TOO_LATE');
    expect(codes({ ...masterCapp, startDate: '2025-12-02' }, openCampaign)).toContain('DDC_TOO_LATE');
  });
  it('DDC_TOO_LATE after the campaign closes (2025-10-31 by default)', () => {
    expect(codes({ ...masterCapp, startDate: '2025-10-31' })).not.toContain('DDC_TOO_LATE');
    const late = finding({ ...masterCapp, startDate: '2025-11-01' }, 'DDC_TOO_LATE');
    expect(late?.window).toEqual({ min: '2025-06-27', max: '2025-10-31' });
    expect(late?.message).toContain('clôture de la campagne');
  });
  it('DDC_TOO_EARLY less than one week after the validation (Master, M2)', () => {
    expect(codes({ ...masterCapp, validationDate: '2025-08-25' })).not.toContain('DDC_TOO_EARLY');
    expect(codes({ ...masterCapp, validationDate: '2025-08-26' })).toContain('DDC_TOO_EARLY');
  });
  it('DDC_TOO_EARLY before the validation itself (L3I: no lag)', () => {
    const l3i = { ...l3iCpro, cproReason: 'x' };
    expect(codes({ ...l3i, validationDate: '2025-09-01' })).not.toContain('DDC_TOO_EARLY');
    expect(codes({ ...l3i, validationDate: '2025-09-02' })).toContain('DDC_TOO_EARLY');
  });
  it('DDC_TOO_EARLY on or before the previous jury, skipped while its date is unknown', () => {
    const jury = withData((d) => {
      d.cohorts.find((c) => c.code === 'MASTER-2025')!.previousYearJuryDate = '2025-07-10';
    });
    const july = { ...masterCapp, requestDate: '2025-06-02', validationDate: '2025-06-03' };
    expect(codes({ ...july, startDate: '2025-07-10' }, jury)).toContain('DDC_TOO_EARLY');
    expect(codes({ ...july, startDate: '2025-07-11' }, jury)).not.toContain('DDC_TOO_EARLY');
    expect(codes({ ...july, startDate: '2025-07-10' })).not.toContain('DDC_TOO_EARLY');
  });
});

describe('DFC (Tableau 5)', () => {
  it('DFC_TOO_EARLY before the DFF, DFC_TOO_LATE after DFF + 2 months', () => {
    expect(codes({ ...masterCapp, endDate: '2027-09-02' })).toContain('DFC_TOO_EARLY');
    expect(codes({ ...masterCapp, endDate: '2027-09-03' })).toEqual([]);
    expect(codes({ ...masterCapp, endDate: '2027-11-03' })).toEqual([]);
    expect(codes({ ...masterCapp, endDate: '2027-11-04' })).toContain('DFC_TOO_LATE');
  });
  it('work-study internship: DFC ≤ DFF', () => {
    expect(codes({ ...m2StageAlt, endDate: '2026-09-04' })).toEqual([]);
    expect(codes({ ...m2StageAlt, endDate: '2026-09-05' })).toContain('DFC_TOO_LATE');
  });
  it('DFC_TOO_LATE on or after the next training year’s DDF when the student continues', () => {
    const next = withData((d) => {
      d.cohorts.find((c) => c.code === 'L3I-2025')!.nextTrainingStart = '2026-09-01';
    });
    const l3i = { ...l3iCpro, cproReason: 'x' };
    expect(codes({ ...l3i, endDate: '2026-08-31' }, next)).toEqual([]);
    expect(codes({ ...l3i, endDate: '2026-09-01' }, next)).toEqual(['DFC_TOO_LATE']);
    expect(codes({ ...l3i, endDate: '2026-09-01', continuing: false }, next)).toEqual([]);
  });
  it('a Master work-study internship is agreed for one year: it ends before the M2 DDF when the student goes on (Tableau 5 « chaque année du Master », note 24)', () => {
    // A DDC on the campaign's last day: one year date to date would reach 2026-10-31, into the M2.
    const m1 = { ...m2StageAlt, cohort: 'MASTER-2025', requestDate: '2025-10-01', startDate: '2025-10-31' };
    expect(codes({ ...m1, endDate: '2026-09-02' })).toEqual([]);
    const late = finding({ ...m1, endDate: '2026-09-03' }, 'DFC_TOO_LATE');
    expect(late?.window).toEqual({ min: null, max: '2026-09-02' });
    expect(late?.message).toContain('avant la rentrée de l’année suivante (03/09/2026)');
    expect(codes({ ...m1, endDate: '2026-10-30' })).toEqual(['DFC_TOO_LATE']);
    // Not going on to the M2, or a contract over both years: no such bound.
    expect(codes({ ...m1, endDate: '2026-10-30', continuing: false })).toEqual([]);
    expect(codes({ ...masterCapp, endDate: '2027-09-03' })).toEqual([]);
    // A one-year cohort has no next year of its own.
    expect(codes({ ...m2StageAlt, endDate: '2026-09-04' })).toEqual([]);
  });
  it('DFC_BEFORE_DDC', () => {
    expect(codes({ ...masterCapp, endDate: '2025-08-31' })).toContain('DFC_BEFORE_DDC');
    expect(codes({ ...masterCapp, endDate: '2025-09-01' })).not.toContain('DFC_BEFORE_DDC');
  });
  it('STAGE_TOO_SHORT under 6 months date to date', () => {
    expect(codes({ ...m2StageAlt, endDate: '2026-03-03' })).toContain('STAGE_TOO_SHORT');
    expect(codes({ ...m2StageAlt, endDate: '2026-03-04' })).toEqual([]);
  });
  it('STAGE_TOO_LONG over one year date to date', () => {
    const master = { ...m2StageAlt, cohort: 'MASTER-2025', startDate: '2025-09-01' };
    expect(codes({ ...master, endDate: '2026-09-01' })).toEqual([]);
    expect(codes({ ...master, endDate: '2026-09-02' })).toEqual(['STAGE_TOO_LONG']);
  });
});

describe('validation request (§3.3)', () => {
  it('OUTSIDE_CAMPAIGN before it opens and after it closes', () => {
    expect(codes({ ...masterCapp, requestDate: '2025-05-14' })).toContain('OUTSIDE_CAMPAIGN');
    expect(codes({ ...masterCapp, requestDate: '2025-05-15' })).not.toContain('OUTSIDE_CAMPAIGN');
    const late = { ...masterCapp, startDate: '2025-10-31', validationDate: undefined };
    expect(codes({ ...late, requestDate: '2025-10-31' })).not.toContain('OUTSIDE_CAMPAIGN');
    expect(codes({ ...late, requestDate: '2025-11-01' })).toContain('OUTSIDE_CAMPAIGN');
    expect(codes({ ...late, requestDate: '2025-10-14' })).not.toContain('OUTSIDE_CAMPAIGN');
  });
  it('VALIDATION_LEAD_TIME: the DDC must be at least the 10th jour ouvrable after the request (§3.3.3)', () => {
    // DDC Monday 2025-09-01: counting from the day after the request, Thu 21 … Sat 30 August
    // and Mon 1 September are 10 jours ouvrables: a request on Wednesday 20 August is in time.
    expect(codes({ ...masterCapp, requestDate: '2025-08-20', validationDate: undefined })).not.toContain('VALIDATION_LEAD_TIME');
    const late = finding({ ...masterCapp, requestDate: '2025-08-21', validationDate: undefined }, 'VALIDATION_LEAD_TIME');
    expect(late?.window).toEqual({ min: null, max: '2025-08-20' });
    expect(late?.severity).toBe('warning');
    expect(late?.message).toContain('au plus tard le 20/08/2025');
    expect(codes({ ...masterCapp, requestDate: '2025-09-05', validationDate: undefined })).toContain('VALIDATION_LEAD_TIME');
  });
  it('counts public holidays out: 11 November 2025 lengthens the lead time', () => {
    // DDC Monday 2025-11-17: the 10 jours ouvrables ending on it start on Wednesday 5 November,
    // skipping Tuesday 11 November (without the holiday they would start on Thursday 6).
    const open = withData((d) => {
      for (const c of d.campaigns) c.closes = '2025-12-31';
    });
    const nov = { ...masterCapp, startDate: '2025-11-17', validationDate: undefined };
    expect(codes({ ...nov, requestDate: '2025-11-05' }, open)).toContain('VALIDATION_LEAD_TIME');
    expect(codes({ ...nov, requestDate: '2025-11-04' }, open)).not.toContain('VALIDATION_LEAD_TIME');
  });
  it('never gives a public holiday or a Sunday as the latest request day', () => {
    const open = withData((d) => {
      for (const c of d.campaigns) c.closes = '2025-12-31';
    });
    const latest = (startDate: string) =>
      finding({ ...masterCapp, startDate, requestDate: '2025-11-20', validationDate: undefined }, 'VALIDATION_LEAD_TIME', open)?.window?.max;
    // DDC Monday 24 November: the 10 jours ouvrables ending on it start Thursday 13; the day
    // before, Wednesday 12, is the last request day (one day earlier was Tuesday 11, a holiday).
    expect(latest('2025-11-24')).toBe('2025-11-12');
    // DDC Saturday 22 November: they start Wednesday 12; the day before is the holiday, then
    // Sunday 10 → Monday 10 November.
    expect(latest('2025-11-22')).toBe('2025-11-10');
  });
});

describe('foreign students (§3.4)', () => {
  it('APT_MISSING only when the DDC is reached without a work permit (note 26)', () => {
    const apt = (input: Record<string, unknown>, today?: string) => checkContract({ ...masterCapp, ...input } as ContractInput, { today }).findings.map((f) => f.code);
    expect(apt({ foreign: true, aptObtained: false }, '2025-08-31')).not.toContain('APT_MISSING');
    expect(apt({ foreign: true, aptObtained: false }, '2025-09-01')).toContain('APT_MISSING');
    expect(apt({ foreign: true }, '2025-09-01')).toContain('APT_MISSING');
    expect(apt({ foreign: true, aptObtained: true }, '2025-09-01')).not.toContain('APT_MISSING');
    expect(apt({ foreign: false }, '2025-09-01')).not.toContain('APT_MISSING');
    expect(apt({ foreign: true })).not.toContain('APT_MISSING');
  });

  it('APT_MISSING for an APT obtained on the DDC or later, « pas détenue AVANT son début » (note 26)', () => {
    const apt = (input: Record<string, unknown>, today?: string) => checkContract({ ...masterCapp, ...input } as ContractInput, { today }).findings.map((f) => f.code);
    // masterCapp starts on 2025-09-01.
    expect(apt({ foreign: true, aptObtained: true, aptObtainedOn: '2025-08-31' }, '2025-09-10')).not.toContain('APT_MISSING');
    expect(apt({ foreign: true, aptObtained: true, aptObtainedOn: '2025-09-01' }, '2025-09-10')).toContain('APT_MISSING');
    expect(apt({ foreign: true, aptObtainedOn: '2025-09-03' })).toContain('APT_MISSING');
    expect(apt({ foreign: false, aptObtainedOn: '2025-09-03' }, '2025-09-10')).not.toContain('APT_MISSING');
    const unreadable = checkContract({ ...masterCapp, foreign: true, aptObtained: true, aptObtainedOn: '03/09/2025' } as ContractInput, { today: '2025-09-10' }).findings;
    expect(unreadable.map((f) => [f.code, f.field])).toContainEqual(['INVALID_VALUE', 'aptObtainedOn']);
  });
});

describe('bad input never throws and names the field', () => {
  it('MISSING_VALUE for the cohort, status, contract and required dates', () => {
    const check = checkContract({ cohort: '', status: '', contractType: '' });
    expect(check.findings.map((f) => [f.code, f.field])).toEqual([
      ['MISSING_VALUE', 'cohort'],
      ['MISSING_VALUE', 'status'],
      ['MISSING_VALUE', 'contractType'],
    ]);
    const noDates = checkContract({ ...masterCapp, startDate: undefined, birthDate: '' });
    expect(noDates.findings.map((f) => [f.code, f.field])).toEqual([
      ['MISSING_VALUE', 'startDate'],
      ['MISSING_VALUE', 'birthDate'],
    ]);
  });
  it('INVALID_VALUE for an unknown cohort, status, contract type, date or amount', () => {
    const check = checkContract({
      ...masterCapp,
      cohort: 'MASTER-1999',
      status: 'FX',
      contractType: 'CDI',
      startDate: '31/02/2025',
      monthlyGrossPay: -3,
    });
    expect(check.findings.map((f) => [f.code, f.field])).toEqual([
      ['INVALID_VALUE', 'cohort'],
      ['INVALID_VALUE', 'status'],
      ['INVALID_VALUE', 'contractType'],
      ['INVALID_VALUE', 'startDate'],
      ['INVALID_VALUE', 'monthlyGrossPay'],
    ]);
    expect(check.findings[0]?.message).toContain('MASTER-2025');
  });
  it('INVALID_VALUE for each unreadable date, in the fields\' order, and none for an absent one (read inline, reported apart)', () => {
    const input = { ...masterCapp, birthDate: '2001-13-01', requestDate: 'hier', validationDate: 20250101, startDate: '2025-02-29', endDate: '2027/09/03' } as unknown as ContractInput;
    expect(checkContract(input).findings.map((f) => [f.code, f.field])).toEqual([
      ['INVALID_VALUE', 'birthDate'],
      ['INVALID_VALUE', 'requestDate'],
      ['INVALID_VALUE', 'validationDate'],
      ['INVALID_VALUE', 'startDate'],
      ['INVALID_VALUE', 'endDate'],
    ]);
    const some = checkContract({ ...masterCapp, requestDate: '  ', validationDate: 'x' } as unknown as ContractInput).findings.map((f) => [f.code, f.field]);
    expect(some).toContainEqual(['INVALID_VALUE', 'validationDate']);
    expect(some.some(([, field]) => field === 'requestDate')).toBe(false);
  });
  it('a blank cohort is missing, a code starting with a space or a non-ASCII character is still looked up', () => {
    expect(checkContract({ ...masterCapp, cohort: ' \t ' }).findings.map((f) => [f.code, f.field])).toEqual([['MISSING_VALUE', 'cohort']]);
    expect(codes({ ...masterCapp, cohort: '\tMASTER-2025' })).toEqual([]);
    expect(checkContract({ ...masterCapp, cohort: 'É-2025' }).findings.map((f) => [f.code, f.field])).toContainEqual(['INVALID_VALUE', 'cohort']);
  });
  it('accepts lower-case codes and surrounding spaces', () => {
    expect(codes({ ...masterCapp, cohort: ' master-2025 ', status: 'fi', contractType: 'capp ' })).toEqual([]);
  });

  const anyField = fc.oneof(fc.anything(), fc.constantFrom('2025-09-01', '2027-09-03', 'CAPP', 'FI', 'MASTER-2025', 'M2-2025'));
  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            cohort: anyField,
            status: anyField,
            contractType: anyField,
            birthDate: anyField,
            requestDate: anyField,
            validationDate: anyField,
            startDate: anyField,
            endDate: anyField,
            monthlyGrossPay: anyField,
            repeating: anyField,
            foreign: anyField,
            aptObtained: anyField,
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const check = checkContract(input as unknown as ContractInput);
          expect(Array.isArray(check.findings)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    expect(() => checkContract(null as unknown as ContractInput)).not.toThrow();
  });

  const isoDay = fc.integer({ min: Date.UTC(2023, 0, 1) / 864e5, max: Date.UTC(2029, 11, 31) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
  it('windows never invert, in the result or in any finding (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...defaultReferenceData.cohorts.map((c) => c.code)),
        fc.constantFrom('FI', 'FC'),
        fc.constantFrom('CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'),
        isoDay,
        isoDay,
        isoDay,
        isoDay,
        (cohort, status, contractType, startDate, endDate, requestDate, validationDate) => {
          const check = checkContract({ cohort, status, contractType, startDate, endDate, requestDate, validationDate, birthDate: '2000-01-01' });
          const windows = [check.windows.startDate, check.windows.endDate, ...check.findings.flatMap((f) => (f.window ? [f.window] : []))];
          for (const w of windows) if (w.min !== null && w.max !== null) expect(w.min <= w.max).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('money and hours (§3.3.2 remark, §4.2, §4.5)', () => {
  it('CPRO_LATE_START from the day after the DDF, with the unpaid hours and euros', () => {
    const master = { ...masterCapp, status: 'FC', contractType: 'CPRO', cproReason: 'OPA' };
    expect(codes({ ...master, startDate: '2025-09-01' })).not.toContain('CPRO_LATE_START');
    const late = finding({ ...master, startDate: '2025-09-02' }, 'CPRO_LATE_START');
    expect(late?.severity).toBe('warning');
    // Monday 1 September is two training half-days of the M1 calendar: 544 h × 2 / 158.
    expect(late?.message).toContain('6,89 h');
    expect(late?.message).toContain('104,19 €');
    expect(codes({ ...masterCapp, startDate: '2025-09-02' })).not.toContain('CPRO_LATE_START');
  });

  it('PAY_BELOW_MINIMUM re-priced with each SMIC: one cent short of the June 2026 minimum fires', () => {
    // L3I apprentice aged 22: 78 % of 1 801,80 → 1 405,41; of 1 823,03 → 1 421,97; of 1 867,02 → 1 456,28.
    const l3iCapp = { ...masterCapp, cohort: 'L3I-2025', birthDate: '2003-03-10', validationDate: '2025-08-01', endDate: '2026-07-03' };
    expect(codes({ ...l3iCapp, monthlyGrossPay: 1456.28 })).toEqual([]);
    const below = finding({ ...l3iCapp, monthlyGrossPay: 1456.27 }, 'PAY_BELOW_MINIMUM');
    expect(below?.field).toBe('monthlyGrossPay');
    expect(below?.message).toContain('1\u202f456,28 €');
    expect(codes({ ...l3iCapp, endDate: '2026-07-03', monthlyGrossPay: 1405.4 })).toContain('PAY_BELOW_MINIMUM');
  });

  it('PAY_BELOW_MINIMUM adds 15 points for a higher-education diploma or a disability’s extra year (§4.2.1, note 27), not for a CPRO', () => {
    // The same L3I apprentice aged 22: 78 % + 15 = 93 % of 1 867,02 € = 1 736,3286 → 1 736,33 € from June 2026.
    const l3iCapp = { ...masterCapp, cohort: 'L3I-2025', birthDate: '2003-03-10', validationDate: '2025-08-01', endDate: '2026-07-03' };
    expect(codes({ ...l3iCapp, monthlyGrossPay: 1456.28 })).toEqual([]);
    const diploma = { ...l3iCapp, higherEducationDiploma: true };
    expect(codes({ ...diploma, monthlyGrossPay: 1736.33 })).toEqual([]);
    const below = finding({ ...diploma, monthlyGrossPay: 1736.32 }, 'PAY_BELOW_MINIMUM');
    expect(below?.message).toContain('1\u202f736,33 € (93 % du SMIC, 21 à 25 ans, 3e année)');
    // Note 27: a 4th year for a disability is the 3rd year's rate + 15.
    const fourth = finding({ ...l3iCapp, disabilityExtraYear: true, monthlyGrossPay: 1736.32 }, 'PAY_BELOW_MINIMUM');
    expect(fourth?.message).toContain('(93 % du SMIC, 21 à 25 ans, 4e année)');
    expect(codes({ ...l3iCapp, disabilityExtraYear: true, monthlyGrossPay: 1736.33 })).toEqual([]);
    // Both: 108 % of 1 867,02 € = 2 016,3816 → 2 016,39 €.
    expect(codes({ ...diploma, disabilityExtraYear: true, monthlyGrossPay: 2016.38 })).toEqual(['PAY_BELOW_MINIMUM']);
    expect(codes({ ...diploma, disabilityExtraYear: true, monthlyGrossPay: 2016.39 })).toEqual([]);
    // Apprenticeship additions only: a CPRO aged 32 stays at 100 % of the SMIC.
    const cpro = { ...l3iCpro, cproReason: '30 ans ou plus', higherEducationDiploma: true, disabilityExtraYear: true };
    expect(codes({ ...cpro, monthlyGrossPay: 1867.02 })).toEqual([]);
    expect(codes({ ...cpro, monthlyGrossPay: 1867.01 })).toEqual(['PAY_BELOW_MINIMUM']);
    // Not a yes/no: named.
    expect(finding({ ...l3iCapp, higherEducationDiploma: 'peut-être' as unknown as boolean }, 'INVALID_VALUE')?.field).toBe('higherEducationDiploma');
  });

  it('GRATIFICATION_BELOW_MINIMUM for a work-study internship over 8 weeks FTE', () => {
    // M2 intern, 7 h a day: December 2025 has 16 company days → 16 × 7 × 4,35 € = 487,20 €.
    const intern = { ...m2StageAlt, endDate: '2026-03-04' };
    expect(codes({ ...intern, monthlyGrossPay: 487.2 })).toEqual([]);
    expect(codes({ ...intern, monthlyGrossPay: 487.19 })).toEqual(['GRATIFICATION_BELOW_MINIMUM']);
  });

  it('TRAINING_HOURS_BELOW_LEGAL_MINIMUM for a repeating student’s new contract', () => {
    const open = withData((d) => {
      for (const c of d.campaigns) c.closes = '2025-12-31';
    });
    // M2 apprentice from 4 December: 312,52 h of training left, 25 % of 11 months of work is 369 h.
    const m2 = { ...masterCapp, cohort: 'M2-2025', startDate: '2025-12-04', endDate: '2026-11-04', requestDate: '2025-10-01', validationDate: '2025-10-10' };
    expect(codes({ ...m2, repeating: true }, open)).toEqual(['TRAINING_HOURS_BELOW_LEGAL_MINIMUM']);
    expect(codes({ ...m2, repeating: false }, open)).toEqual([]);
    expect(codes({ ...masterCapp, repeating: true })).toEqual([]);
  });

  it('no TRAINING_HOURS_BELOW_LEGAL_MINIMUM for a repeating student’s contract prolonged by an avenant: §4.5 asks it of a new contract only', () => {
    // An M2 apprenticeship of 2025/2026, prolonged by one year for the repeated M2: the same contract goes on.
    const prolonged = { ...masterCapp, cohort: 'M2-2025', startDate: '2025-09-04', endDate: '2027-09-03', requestDate: '2025-06-01', validationDate: '2025-06-10', repeating: true };
    expect(codes(prolonged)).toContain('TRAINING_HOURS_BELOW_LEGAL_MINIMUM');
    expect(codes({ ...prolonged, extension: { from: '2026-09-04', repeatedCohort: 'M2-2026', repeatedProgramme: 'M2' } })).not.toContain('TRAINING_HOURS_BELOW_LEGAL_MINIMUM');
  });
});

describe('a new contract after a rupture (§5: afterRuptureLastDay)', () => {
  // A Master apprentice whose first contract broke on 13 March 2026, asking on 2 March… for a new one from the 16th.
  const replacement: ContractInput = { ...masterCapp, requestDate: '2026-03-02', validationDate: undefined, startDate: '2026-03-16', endDate: '2027-09-03' };

  it('is held to the campaign and to Tableau 5’s DDC window when it replaces nothing', () => {
    expect(codes(replacement)).toEqual(expect.arrayContaining(['DDC_TOO_LATE', 'OUTSIDE_CAMPAIGN']));
  });

  it('is not, when it replaces a broken contract: asked whenever the rupture comes, starting the day after', () => {
    expect(codes({ ...replacement, afterRuptureLastDay: '2026-03-13' })).toEqual([]);
  });

  it('is still held to every other rule: the DFC window, the validation lag', () => {
    expect(codes({ ...replacement, afterRuptureLastDay: '2026-03-13', endDate: '2028-01-10' })).toEqual(['DFC_TOO_LATE']);
    expect(codes({ ...replacement, afterRuptureLastDay: '2026-03-13', validationDate: '2026-03-12' })).toEqual(['DDC_TOO_EARLY']);
  });

  it('names an unreadable last day, and drops nothing', () => {
    const found = checkContract({ ...replacement, afterRuptureLastDay: '13/03/2026' }).findings;
    expect(found.map((f) => [f.code, f.field])).toEqual(expect.arrayContaining([['INVALID_VALUE', 'afterRuptureLastDay'], ['DDC_TOO_LATE', 'startDate'], ['OUTSIDE_CAMPAIGN', 'requestDate']]));
  });
});
