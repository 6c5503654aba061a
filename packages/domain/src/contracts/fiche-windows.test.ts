import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { checkContract } from './check-contract.js';
import { contractWindows, ficheDeadline, ficheWindows } from './contract-windows.js';

const data = defaultReferenceData;
const cohort = (code: string) => data.cohorts.find((c) => c.code === code)!;

describe('ficheWindows (§3.3.2, Tableau 5: what the fiche tells the student)', () => {
  it('ends the DDC window at the campaign’s closing when it comes before DDF + 3 months', () => {
    // Tableau 5: « Date de validation ≤ DDC ≤ Date fin processus ET … DDC ≤ (DDF + 3 mois) ».
    expect(contractWindows(cohort('MASTER-2025'), 'CAPP', data).startDate).toEqual({ min: '2025-06-01', max: '2025-12-01' });
    expect(ficheWindows(cohort('MASTER-2025'), 'CAPP', data)).toEqual({
      startDate: { min: '2025-06-01', max: '2025-10-31' },
      endDate: { min: '2027-09-03', max: '2027-11-03' },
    });
  });

  it('names the same last day as the DDC_TOO_LATE finding', () => {
    const late = checkContract({ cohort: 'L3I-2025', status: 'FI', contractType: 'CAPP', group: 'ALTERNANCE', startDate: '2025-11-15', endDate: '2026-07-03' }, { referenceData: data });
    const finding = late.findings.find((f) => f.code === 'DDC_TOO_LATE');
    expect(finding?.window?.max).toBe(ficheWindows(cohort('L3I-2025'), 'CAPP', data).startDate.max);
  });

  it('keeps the bounds that do not exist null, and has none for a classic internship', () => {
    expect(ficheWindows(cohort('L3I-2025'), 'CSTAGEALT', data).endDate).toEqual({ min: null, max: '2026-07-03' });
    expect(ficheWindows(cohort('L3I-2025'), 'CSTAGE', data)).toEqual({ startDate: { min: null, max: null }, endDate: { min: null, max: null } });
    expect(ficheWindows(cohort('L3I-2025'), null, data).startDate).toEqual({ min: null, max: null });
  });
});

describe('the English messages of the fiche’s date rules', () => {
  it('give their dates as the portal shows them (dd/mm/yyyy), never as ISO text', () => {
    const check = checkContract(
      { cohort: 'L3I-2025', status: 'FI', contractType: 'CAPP', group: 'ALTERNANCE', startDate: '2025-05-15', endDate: '2026-12-01', requestDate: '2025-04-01' },
      { referenceData: data },
    );
    const en = check.findings.map((f) => f.messageEn);
    expect(en.length).toBeGreaterThanOrEqual(3);
    for (const text of en) expect(text, text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(en.join(' ')).toContain('The start date (15/05/2025) is too early');
    expect(en.join(' ')).toContain('outside the validation campaign (15/05/2025 to 31/10/2025)');
  });
});

describe('ficheDeadline (§3.3, §3.3.1: by when the fiche is sent)', () => {
  it('is 10 jours ouvrables before the DDC — the day VALIDATION_LEAD_TIME names — or the campaign’s closing when earlier', () => {
    const l3i = cohort('L3I-2025');
    const d = ficheDeadline(l3i, '2025-09-01', data);
    expect(d).toMatchObject({ lead: 10, campaignCloses: '2025-10-31' });
    const late = checkContract({ cohort: 'L3I-2025', status: 'FI', contractType: 'CAPP', group: 'ALTERNANCE', startDate: '2025-09-01', endDate: '2026-07-03', requestDate: '2025-08-30' }, { referenceData: data });
    expect(late.findings.find((f) => f.code === 'VALIDATION_LEAD_TIME')?.window?.max).toBe(d.beforeStart);
    expect(d.latest).toBe(d.beforeStart);
    // A DDC in December: the campaign closes first.
    expect(ficheDeadline(l3i, '2025-12-01', data).latest).toBe('2025-10-31');
    // No DDC typed yet: the campaign's closing alone.
    expect(ficheDeadline(l3i, null, data)).toMatchObject({ beforeStart: null, latest: '2025-10-31' });
  });
});
