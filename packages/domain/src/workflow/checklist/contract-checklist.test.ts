import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../../reference-data/default-reference-data.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';
import { InputError } from '../../findings/input-error.js';
import { contractChecklist, validatedAfterStart } from './contract-checklist.js';

// Validated Tuesday 2025-06-10; 5 jours ouvrables later: Wed 11, Thu 12, Fri 13, Sat 14, Mon 16.
const base = { foreign: false, validationDate: '2025-06-10', startDate: '2025-09-01' };

function codes(input: Parameters<typeof contractChecklist>[0]): string[] {
  return contractChecklist(input).map((i) => i.code);
}

describe('contractChecklist (§3.4, Figure 15)', () => {
  it('CAPP: DPAE, medical visit (mandatory), URSSAF, CFA training agreement via CACTUS validated by the HR contact', () => {
    const items = contractChecklist({ ...base, contractType: 'CAPP' });
    expect(items.map((i) => [i.code, i.responsible, i.dueDate, i.mandatory])).toEqual([
      ['HIRING_DECLARATION', 'OPA', '2025-08-31', true],
      ['MEDICAL_VISIT', 'ALTERNANT', '2025-08-31', true],
      ['URSSAF_REGISTRATION', 'OPA', '2025-08-31', true],
      ['TRAINING_AGREEMENT_CFA', 'HR_CONTACT', '2025-08-31', true],
    ]);
    expect(items[3]?.label).toContain('CACTUS');
  });

  it('CPRO: the medical visit is not mandatory; the SFCA agreement, 3 originals, is due as soon as validated', () => {
    const items = contractChecklist({ ...base, contractType: 'CPRO' });
    expect(items.find((i) => i.code === 'MEDICAL_VISIT')?.mandatory).toBe(false);
    expect(items.find((i) => i.code === 'TRAINING_AGREEMENT_SFCA')).toMatchObject({ responsible: 'SFCA', originals: 3, dueDate: '2025-06-16' });
    expect(items.map((i) => i.code)).toEqual(['HIRING_DECLARATION', 'MEDICAL_VISIT', 'URSSAF_REGISTRATION', 'TRAINING_AGREEMENT_SFCA']);
  });

  it('internships: only the internship agreement, signed by all the day before at the latest; no APT even for a foreign student', () => {
    for (const contractType of ['CSTAGEALT', 'CSTAGE'] as const) {
      expect(contractChecklist({ ...base, foreign: true, contractType })).toEqual([
        expect.objectContaining({ code: 'INTERNSHIP_AGREEMENT', responsible: 'ALL', dueDate: '2025-08-31', mandatory: true }),
      ]);
    }
  });

  it('an FC internship also needs its convention de formation with the SFCA (notes 5 and 7); an FI one does not', () => {
    for (const contractType of ['CSTAGEALT', 'CSTAGE'] as const) {
      expect(contractChecklist({ ...base, contractType, status: 'FC' }).map((i) => [i.code, i.responsible, i.dueDate, i.ref])).toEqual([
        ['INTERNSHIP_AGREEMENT', 'ALL', '2025-08-31', '§3.4, Figure 15'],
        ['TRAINING_AGREEMENT_SFCA', 'SFCA', '2025-08-31', '§2.1.2, note 7'],
      ]);
      expect(codes({ ...base, contractType, status: 'FI' })).toEqual(['INTERNSHIP_AGREEMENT']);
    }
    // A CPRO (always FC) keeps its one SFCA agreement, 3 originals, as soon as validated.
    expect(codes({ ...base, contractType: 'CPRO', status: 'FC' }).filter((c) => c === 'TRAINING_AGREEMENT_SFCA')).toHaveLength(1);
  });

  it('SANS: nothing to do for an FI student; an FC one still needs the SFCA’s convention de formation before the training (note 5)', () => {
    expect(contractChecklist({ ...base, contractType: 'SANS' })).toEqual([]);
    expect(contractChecklist({ ...base, contractType: 'SANS', status: 'FI' })).toEqual([]);
    // For SANS the start is the training's DDF: due the day before.
    expect(contractChecklist({ ...base, contractType: 'SANS', status: 'FC' }).map((i) => [i.code, i.responsible, i.dueDate, i.mandatory, i.ref])).toEqual([
      ['TRAINING_AGREEMENT_SFCA', 'SFCA', '2025-08-31', true, '§2.1.1, note 5'],
    ]);
    expect(contractChecklist({ ...base, contractType: 'SANS', status: 'FC' })[0]?.label).toContain('sans contrat');
  });

  it('foreign students under contract: contact the CFA (CAPP) or SFCA (CPRO) right after validation, APT before the DDC', () => {
    expect(codes({ ...base, foreign: true, contractType: 'CAPP' }).slice(4)).toEqual(['FOREIGN_CONTACT_CFA', 'WORK_PERMIT']);
    const cpro = contractChecklist({ ...base, foreign: true, contractType: 'CPRO' });
    expect(cpro.slice(4).map((i) => [i.code, i.dueDate])).toEqual([
      ['FOREIGN_CONTACT_SFCA', '2025-06-16'],
      ['WORK_PERMIT', '2025-08-31'],
    ]);
    expect(codes({ ...base, foreign: false, contractType: 'CAPP' })).not.toContain('WORK_PERMIT');
  });

  it('counts jours ouvrables with the public holidays and the Whit Monday setting', () => {
    // Validated Friday 2025-06-06: Sat 7, (Whit Monday 9), Tue 10, Wed 11, Thu 12, Fri 13.
    const dueOf = (data: ReferenceData): string | undefined =>
      contractChecklist({ ...base, validationDate: '2025-06-06', contractType: 'CPRO' }, { referenceData: data }).find((i) => i.code === 'TRAINING_AGREEMENT_SFCA')?.dueDate;
    expect(dueOf(defaultReferenceData)).toBe('2025-06-13');
    expect(dueOf({ ...defaultReferenceData, settings: { ...defaultReferenceData.settings, whitMondayHoliday: false } })).toBe('2025-06-12');
  });

  it('never puts an "as soon as validated" item after the day before the DDC', () => {
    const due = (startDate: string): string | undefined =>
      contractChecklist({ ...base, startDate, contractType: 'CPRO' }).find((i) => i.code === 'TRAINING_AGREEMENT_SFCA')?.dueDate;
    expect(due('2025-06-17')).toBe('2025-06-16');
    expect(due('2025-06-16')).toBe('2025-06-15');
    expect(contractChecklist({ ...base, startDate: '2025-06-17', contractType: 'CPRO' }, { asSoonAsValidatedJoursOuvrables: 1 })[3]?.dueDate).toBe('2025-06-11');
  });

  it('§3.4: validated on or after the DDC (a replacement after a rupture, §5, or a late validation), every item is « à faire sans délai » from the validation, never due before it', () => {
    // Validated Tuesday 2025-09-09, a week after the DDC of Monday 2025-09-01: « AVANT le début » can no longer be met;
    // due 5 jours ouvrables later (Wed 10, Thu 11, Fri 12, Sat 13, Mon 15), the « dès validation » day.
    const late = contractChecklist({ ...base, foreign: true, validationDate: '2025-09-09', startDate: '2025-09-01', contractType: 'CAPP' });
    expect(late.map((i) => [i.code, i.dueDate, i.sansDelai])).toEqual([
      ['HIRING_DECLARATION', '2025-09-15', true],
      ['MEDICAL_VISIT', '2025-09-15', true],
      ['URSSAF_REGISTRATION', '2025-09-15', true],
      ['TRAINING_AGREEMENT_CFA', '2025-09-15', true],
      ['FOREIGN_CONTACT_CFA', '2025-09-15', true],
      ['WORK_PERMIT', '2025-09-15', true],
    ]);
    for (const item of late) expect(item.dueDate >= '2025-09-09').toBe(true);
    // Validated on the DDC itself: the day before it is already gone.
    expect(contractChecklist({ ...base, validationDate: '2025-09-01', startDate: '2025-09-01', contractType: 'CSTAGE' })[0]).toMatchObject({ dueDate: '2025-09-06', sansDelai: true });
  });

  it('validated the day before the DDC, « avant le début » is still met that day: not « sans délai »', () => {
    const items = contractChecklist({ ...base, validationDate: '2025-08-29', startDate: '2025-08-30', contractType: 'CPRO' });
    expect(items.map((i) => [i.dueDate, i.sansDelai])).toEqual(items.map(() => ['2025-08-29', false]));
    expect(contractChecklist({ ...base, contractType: 'CAPP' }).every((i) => !i.sansDelai)).toBe(true);
  });

  it('validatedAfterStart: on or after the DDC, not before', () => {
    expect(validatedAfterStart('2025-08-31', '2025-09-01')).toBe(false);
    expect(validatedAfterStart('2025-09-01', '2025-09-01')).toBe(true);
    expect(validatedAfterStart('2025-10-15', '2025-09-01')).toBe(true);
  });

  it('throws a InputError naming an unreadable date', () => {
    expect(() => contractChecklist({ ...base, startDate: '2025-02-30', contractType: 'CAPP' })).toThrow(InputError);
    expect(() => contractChecklist({ ...base, validationDate: '', contractType: 'CAPP' })).toThrow(/validationDate/);
  });
});
