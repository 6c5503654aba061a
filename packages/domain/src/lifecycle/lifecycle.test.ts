import { describe, expect, it } from 'vitest';
import { RULES } from '../findings/rule-catalogue.js';
import { checkExtension } from './check-extension.js';
import { checkRuptureLastDay } from './check-rupture-last-day.js';
import { newContractTrainingHours } from './new-contract-training-hours.js';
import { checkRepeatedYearContract, repeatedYearNotice, repeatedYearOptions } from './repeated-year.js';
import { yearChange } from './year-change.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';

describe('repeatedYearOptions (§4.5)', () => {
  it('gives L3I one extension or a 1-year alternance, M1 a break unless the OPCO agrees and 2 years, M2 one extension for the Master', () => {
    expect(repeatedYearOptions('L3I', 'CAPP')).toMatchObject({ extensionAllowed: true, maxExtensions: 1, extensionScope: 'L3', mustBreakUnlessOpcoAgrees: false, newAlternanceYears: 1 });
    expect(repeatedYearOptions('M1', 'CPRO')).toMatchObject({ extensionAllowed: false, mustBreakUnlessOpcoAgrees: true, newAlternanceYears: 2, extensionScope: 'MASTER' });
    expect(repeatedYearOptions('M2', 'CAPP')).toMatchObject({ extensionAllowed: true, maxExtensions: 1, extensionScope: 'MASTER', withoutAlternance: 'ONLY_IF_ALTERNANCE_VALIDATED' });
    expect(repeatedYearOptions('M1', 'CSTAGEALT')).toMatchObject({ internshipEnds: true, extensionAllowed: false, mustBreakUnlessOpcoAgrees: false });
  });

  it('offers no prorogation to a student without a work contract: nothing to prolong (§4.5 « le contrat d’alternance peut être prorogé »)', () => {
    for (const programme of ['L3I', 'M2']) {
      expect(repeatedYearOptions(programme, 'SANS')).toMatchObject({ extensionAllowed: false, maxExtensions: 0, internshipEnds: false });
      expect(repeatedYearOptions(programme, 'CSTAGE')).toMatchObject({ extensionAllowed: false, maxExtensions: 0, internshipEnds: true });
      expect(repeatedYearOptions(programme, 'CPRO')).toMatchObject({ extensionAllowed: true, maxExtensions: 1 });
    }
    expect(repeatedYearOptions('M1', 'SANS')).toMatchObject({ mustBreakUnlessOpcoAgrees: false, maxExtensions: 0, newAlternanceYears: 2 });
  });

  it('tells the repeater their §4.5 options and the « Attention » box on the legal minimum of hours', () => {
    const m2 = repeatedYearNotice(repeatedYearOptions('M2', 'CAPP'));
    expect(m2).toEqual([
      'Le contrat d’alternance peut être prorogé au sein du même organisme d’accueil (1 seule prorogation possible pour l’ensemble du Master MIAGE).',
      'Une nouvelle alternance peut sinon être réalisée pour 1 an (§5), ou le redoublement peut se faire sans alternance si cette dernière a déjà été validée.',
      'Attention : un nouveau contrat d’alternance ne pourra être établi que si le volume horaire de formation restant à valider atteint le minimum légal — 25 % du temps de travail du contrat pour un contrat d’apprentissage, entre 15 % et 25 % avec au moins 150 heures pour un contrat de professionnalisation (§4.5).',
    ]);
    // L3I: one prorogation for the L3I; M1: no prorogation line (the finding says the contract is broken), 2 years, without alternance allowed.
    expect(repeatedYearNotice(repeatedYearOptions('L3I', 'CPRO'))[0]).toContain('(1 seule prorogation possible pour la L3I)');
    const m1 = repeatedYearNotice(repeatedYearOptions('M1', 'CAPP'));
    expect(m1[0]).toBe('Une nouvelle alternance peut être réalisée pour 2 ans (§5), ou le redoublement peut se faire sans alternance.');
    // Without a contract: no prorogation is offered; an internship ends.
    expect(repeatedYearNotice(repeatedYearOptions('M2', 'SANS')).join(' ')).not.toContain('prorogé');
    expect(repeatedYearNotice(repeatedYearOptions('M2', 'CSTAGEALT'))[0]).toBe('Le stage en alternance va à sa fin ; l’étudiant(e) peut repartir sur une autre alternance (§5).');
    // The shares are the reference data's.
    const data = { ...defaultReferenceData, legal: { ...defaultReferenceData.legal, trainingMinimum: { CAPP: { minShare: 0.3 }, CPRO: { minShare: 0.15, maxShare: 0.25, minHours: 200 } } } };
    expect(repeatedYearNotice(repeatedYearOptions('M2', 'CAPP'), data).at(-1)).toContain('30 % du temps de travail du contrat pour un contrat d’apprentissage, entre 15 % et 25 % avec au moins 200 heures');
    // Nothing for a programme §4.5 does not cover.
    expect(repeatedYearNotice(repeatedYearOptions('L3G', 'CSTAGE'))).toEqual(['Le stage en alternance va à sa fin ; l’étudiant(e) peut repartir sur une autre alternance (§5).']);
  });

  it('fires REPEAT_CONTRACT_MUST_BREAK for an M1 contract without the OPCO agreement only', () => {
    expect(checkRepeatedYearContract({ programme: 'M1', contractType: 'CAPP', opcoAgreement: false })).toMatchObject({ code: 'REPEAT_CONTRACT_MUST_BREAK', severity: 'error', ref: '§4.5' });
    expect(checkRepeatedYearContract({ programme: 'M1', contractType: 'CAPP', opcoAgreement: true })).toBeNull();
    expect(checkRepeatedYearContract({ programme: 'L3I', contractType: 'CAPP', opcoAgreement: false })).toBeNull();
    expect(checkRepeatedYearContract({ programme: 'M1', contractType: 'CSTAGEALT', opcoAgreement: false })).toBeNull();
  });
});

describe('checkExtension (§4.5)', () => {
  const l3 = { programme: 'L3I', contractType: 'CAPP', currentEndDate: '2026-08-31', newEndDate: '2027-08-31' };

  it('accepts the first L3I extension and refuses the second (EXTENSION_LIMIT_REACHED)', () => {
    expect(checkExtension({ ...l3, previousExtensions: 0 })).toEqual([]);
    const [finding] = checkExtension({ ...l3, previousExtensions: 1 });
    expect(finding).toMatchObject({ code: 'EXTENSION_LIMIT_REACHED', severity: 'error', ref: RULES.EXTENSION_LIMIT_REACHED.ref, field: 'endDate' });
    expect(finding?.message).toContain('L3I');
  });

  it('counts M1 and M2 together: an M2 extension after an M1 one is refused', () => {
    expect(checkExtension({ ...l3, programme: 'M2', previousExtensions: 0 })).toEqual([]);
    expect(checkExtension({ ...l3, programme: 'M2', previousExtensions: 1 }).map((f) => f.code)).toEqual(['EXTENSION_LIMIT_REACHED']);
  });

  it('refuses an M1 extension without the OPCO agreement, and an internship’s (EXTENSION_NOT_ALLOWED)', () => {
    expect(checkExtension({ ...l3, programme: 'M1', previousExtensions: 0 }).map((f) => f.code)).toEqual(['EXTENSION_NOT_ALLOWED']);
    expect(checkExtension({ ...l3, programme: 'M1', previousExtensions: 0, opcoAgreement: true })).toEqual([]);
    expect(checkExtension({ ...l3, contractType: 'CSTAGEALT', previousExtensions: 0 }).map((f) => f.code)).toEqual(['EXTENSION_NOT_ALLOWED']);
  });

  it('needs a later end date: the same day fires EXTENSION_END_NOT_LATER, the next day does not', () => {
    expect(checkExtension({ ...l3, newEndDate: '2026-08-31', previousExtensions: 0 }).map((f) => f.code)).toEqual(['EXTENSION_END_NOT_LATER']);
    expect(checkExtension({ ...l3, newEndDate: '2026-09-01', previousExtensions: 0 })).toEqual([]);
  });

  it('rejects unreadable input naming the field', () => {
    expect(() => checkExtension({ ...l3, newEndDate: '31/08/2027', previousExtensions: 0 })).toThrow(/not an ISO date/);
    expect(() => checkExtension({ ...l3, previousExtensions: -1 })).toThrow(/not a count/);
  });
});

describe('checkRuptureLastDay (§5, note 35)', () => {
  const contract = { startDate: '2025-09-01', endDate: '2026-08-31' };
  it('requires the last day, within the contract, both ends included', () => {
    expect(checkRuptureLastDay({ ...contract, lastDay: null })?.code).toBe('RUPTURE_LAST_DAY_INVALID');
    expect(checkRuptureLastDay({ ...contract, lastDay: '2025-09-01' })).toBeNull();
    expect(checkRuptureLastDay({ ...contract, lastDay: '2026-08-31' })).toBeNull();
    expect(checkRuptureLastDay({ ...contract, lastDay: '2026-09-01' })).toMatchObject({ code: 'RUPTURE_LAST_DAY_INVALID', window: { min: '2025-09-01', max: '2026-08-31' } });
    expect(checkRuptureLastDay({ ...contract, lastDay: '2025-08-31' })?.code).toBe('RUPTURE_LAST_DAY_INVALID');
  });
});

describe('yearChange', () => {
  const capp = { cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', birthDate: '2004-03-10', startDate: '2025-09-01', endDate: '2027-08-31' };

  it('passes an M1 apprentice to M2 with the same contract: the pay moves to the next grid row, the M2 calendar applies', () => {
    const change = yearChange({ outcome: 'PASSES', programme: 'M1', contract: capp });
    expect(change.nextYear?.programme).toBe('M2');
    expect(change.nextYear?.calendar).toBe('M2-2026');
    expect(change.contractEnds).toBe(false);
    expect(change.tutorAssignmentToRedo).toBe(true);
    expect(change.payBefore).not.toBeNull();
    expect(change.payAfter).not.toBeNull();
    expect(change.payAfter!.ratePercent).toBeGreaterThanOrEqual(change.payBefore!.ratePercent);
    expect(change.nextYearHours).toBeGreaterThan(0);
  });

  it('reads the pay on each side of the grid row’s change, whichever day the setting gives (§4.2 remark)', () => {
    const apprentice = { ...capp, birthDate: '2003-12-21', endDate: '2027-09-03' };
    const on = (gridYearSwitch: 'M2_DDF' | 'FIRST_OF_MONTH_AFTER_M2_DDF' | 'CONTRACT_ANNIVERSARY') =>
      yearChange({ outcome: 'PASSES', programme: 'M1', contract: apprentice }, { ...defaultReferenceData, settings: { ...defaultReferenceData.settings, gridYearSwitch } });
    // The guide's default: the M2's DDF (03/09/2026), 53 % of the 1st year then 61 % of the 2nd (21–25 years, Tableau 6).
    expect(on('M2_DDF')).toMatchObject({ payBefore: { gridYear: 1, ratePercent: 53 }, payAfter: { from: '2026-09-03', gridYear: 2, ratePercent: 61 } });
    // « ou le premier jour de mois suivant la date de début de formation du M2 »: the 2nd year from 01/10/2026 — not 53 % again on the DDF.
    expect(on('FIRST_OF_MONTH_AFTER_M2_DDF')).toMatchObject({ payBefore: { gridYear: 1, ratePercent: 53 }, payAfter: { from: '2026-10-01', gridYear: 2, ratePercent: 61 } });
    // The law's anniversary (01/09/2026) falls before the M1's last day: the M1 rate is the one before it.
    expect(on('CONTRACT_ANNIVERSARY')).toMatchObject({ payBefore: { to: '2026-08-31', gridYear: 1, ratePercent: 53 }, payAfter: { gridYear: 2, ratePercent: 61 } });
    // A CPRO has no grid row: read on the M1's last day and the M2's first, as before.
    const cpro = yearChange({ outcome: 'PASSES', programme: 'M1', contract: { ...apprentice, status: 'FC', contractType: 'CPRO' } });
    expect(cpro.payBefore?.gridYear).toBeNull();
    expect(cpro.payAfter?.ratePercent).toBe(cpro.payBefore?.ratePercent);
  });

  it('sends an M1 passing without a contract into the M2 to the M2 2026/2027 with a new contract (§2.1.2)', () => {
    // No contract, a classic internship, a work-study internship ending with the M1: the M2 needs a new contract.
    const none = yearChange({ outcome: 'PASSES', programme: 'M1', contract: { cohort: 'MASTER-2025', status: 'FI', contractType: 'SANS' } });
    expect(none).toMatchObject({ nextYear: null, newContractNeeded: true, nextCohort: 'M2-2026' });
    const stage = yearChange({ outcome: 'PASSES', programme: 'M1', contract: { ...capp, contractType: 'CSTAGEALT', startDate: '2025-09-01', endDate: '2026-08-31' } });
    expect(stage).toMatchObject({ newContractNeeded: true, nextCohort: 'M2-2026', contractEnds: true });
    // The apprentice goes on with the same contract: no new one, no other cohort.
    expect(yearChange({ outcome: 'PASSES', programme: 'M1', contract: capp })).toMatchObject({ newContractNeeded: false, nextCohort: null });
    // Repeating, leaving, or the last year: no following year to enter.
    expect(yearChange({ outcome: 'REPEATS', programme: 'M1', contract: { cohort: 'MASTER-2025', status: 'FI', contractType: 'SANS' } })).toMatchObject({ newContractNeeded: false, nextCohort: null });
    expect(yearChange({ outcome: 'LEAVES', programme: 'M1', contract: { cohort: 'MASTER-2025', status: 'FI', contractType: 'SANS' } })).toMatchObject({ newContractNeeded: false, nextCohort: null });
    expect(yearChange({ outcome: 'PASSES', programme: 'M2', contract: { cohort: 'M2-2025', status: 'FI', contractType: 'SANS' } })).toMatchObject({ newContractNeeded: false, nextCohort: null });
    // Without the M2 2026/2027 in the reference data, the new contract is still needed and the cohort unknown.
    const withoutM2 = { ...defaultReferenceData, cohorts: defaultReferenceData.cohorts.filter((c) => c.code !== 'M2-2026') };
    expect(yearChange({ outcome: 'PASSES', programme: 'M1', contract: { cohort: 'MASTER-2025', status: 'FI', contractType: 'SANS' } }, withoutM2)).toMatchObject({ newContractNeeded: true, nextCohort: null });
  });

  it('flags an M1 apprentice who repeats: contract to break, 2-year alternance possible', () => {
    const change = yearChange({ outcome: 'REPEATS', programme: 'M1', contract: capp });
    expect(change.findings.map((f) => f.code)).toEqual(['REPEAT_CONTRACT_MUST_BREAK']);
    expect(change.repeatedYear?.newAlternanceYears).toBe(2);
    expect(change.nextYear).toBeNull();
    expect(yearChange({ outcome: 'REPEATS', programme: 'M1', contract: capp, opcoAgreement: true }).findings).toEqual([]);
  });

  it('ends the contract of a leaver and of the last year', () => {
    expect(yearChange({ outcome: 'LEAVES', programme: 'M1', contract: capp })).toMatchObject({ contractEnds: true, tutorAssignmentToRedo: false });
    expect(yearChange({ outcome: 'PASSES', programme: 'M2', contract: capp })).toMatchObject({ contractEnds: true, nextYear: null });
  });

  it('refuses an unknown cohort or a programme the cohort does not have', () => {
    expect(() => yearChange({ outcome: 'PASSES', programme: 'M1', contract: { ...capp, cohort: 'NOPE' } })).toThrow(RangeError);
    expect(() => yearChange({ outcome: 'PASSES', programme: 'L3I', contract: capp })).toThrow(RangeError);
  });
});

describe('newContractTrainingHours (§4.5)', () => {
  it('shows the numbers of the check and fires below the minimum', () => {
    const result = newContractTrainingHours({ cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-09-01' });
    expect(result).not.toBeNull();
    expect(result!.contractMonths).toBe(12);
    expect(result!.minimumHours).toBe(402);
    expect(result!.remainingTrainingHours).toBeGreaterThan(0);
    const enough = result!.remainingTrainingHours >= 402;
    expect(result!.finding === null).toBe(enough);
    // Hours already validated bring the rest to exactly the minimum, then one hour below.
    const atMinimum = newContractTrainingHours({ cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-09-01', validatedHours: result!.remainingTrainingHours - 402 });
    expect(atMinimum!.finding).toBeNull();
    const below = newContractTrainingHours({ cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-09-01', validatedHours: result!.remainingTrainingHours - 401 });
    expect(below!.finding?.code).toBe('TRAINING_HOURS_BELOW_LEGAL_MINIMUM');
  });

  it('says what checkContract says for a repeating student', async () => {
    const { checkContract } = await import('../contracts/check-contract.js');
    for (const [startDate, endDate] of [['2025-09-01', '2026-09-01'], ['2026-05-01', '2026-09-02']] as const) {
      const mine = newContractTrainingHours({ cohort: 'MASTER-2025', contractType: 'CPRO', startDate, endDate })!;
      const theirs = checkContract({ cohort: 'MASTER-2025', status: 'FI', contractType: 'CPRO', startDate, endDate, repeating: true }).findings.find((f) => f.code === 'TRAINING_HOURS_BELOW_LEGAL_MINIMUM');
      expect(mine.finding?.message).toBe(theirs?.message);
    }
  });

  it('says nothing for an internship or an unknown cohort', () => {
    expect(newContractTrainingHours({ cohort: 'MASTER-2025', contractType: 'CSTAGEALT', startDate: '2025-09-01', endDate: '2026-02-28' })).toBeNull();
    expect(newContractTrainingHours({ cohort: 'NOPE', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-08-31' })).toBeNull();
  });
});

describe('ruptureChecklist (§5)', () => {
  it('lists, for an apprenticeship, the slip from the manager, 3 originals of each document to the CFA and their scans', async () => {
    const { ruptureChecklist } = await import('./rupture-checklist.js');
    const steps = ruptureChecklist({ contractType: 'CAPP' })!;
    expect(steps.map((s) => s.key)).toEqual([
      'RUPTURE_SLIP:PROVIDE_FORM',
      'RUPTURE_SLIP:SEND:CFA',
      'RUPTURE_SLIP:SCAN:MANAGER',
      'RUPTURE_DOCUMENT:SEND:CFA',
      'RUPTURE_DOCUMENT:SCAN:MANAGER',
    ]);
    expect(steps[1]).toMatchObject({ from: 'PARTIES', to: 'CFA', form: 'ORIGINAL', count: 3, position: 1 });
    expect(steps.map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
    expect(steps.filter((s) => s.needsScan)).toHaveLength(2);
  });

  it('gives the professionalisation DDETS original, OPCO copy and scan; the internship its amendment from the office', async () => {
    const { ruptureChecklist } = await import('./rupture-checklist.js');
    expect(ruptureChecklist({ contractType: 'CPRO' })!.map((s) => `${s.to}/${s.form}`)).toEqual(['DDETS/ORIGINAL', 'OPCO/COPY', 'MANAGER/PDF']);
    expect(ruptureChecklist({ contractType: 'CSTAGEALT' })![0]).toMatchObject({ from: 'INTERNSHIP_SECRETARIAT', action: 'PROVIDE_FORM' });
    expect(ruptureChecklist({ contractType: 'CSTAGE' })).toBeNull();
  });

  it('sets no deadline on any step: §5 gives none for sending the documents (only the last day, note 35, which the rupture carries)', async () => {
    const { ruptureChecklist } = await import('./rupture-checklist.js');
    for (const contractType of ['CAPP', 'CPRO', 'CSTAGEALT']) {
      for (const step of ruptureChecklist({ contractType })!) {
        expect(Object.keys(step)).not.toContain('dueDate');
        expect(`${step.label} ${step.labelEn}`).not.toMatch(/avant le|before|au plus tard|by \d/i);
      }
    }
  });
});

describe('ruptureChecklist labels', () => {
  it('reads as French: « 3 exemplaires originaux au CFA », « à la DDETS »', async () => {
    const { ruptureChecklist } = await import('./rupture-checklist.js');
    const capp = ruptureChecklist({ contractType: 'CAPP' })!;
    expect(capp[1]!.label).toBe('Bordereau de rupture : 3 exemplaires originaux au CFA');
    expect(capp[0]!.label).toBe('Bordereau de rupture : le responsable de l’alternance le transmet à l’alternant(e) et à l’organisme d’accueil');
    const cpro = ruptureChecklist({ contractType: 'CPRO' })!;
    expect(cpro.map((s) => s.label)).toEqual([
      'Document de rupture du contrat de professionnalisation : 1 exemplaire original à la DDETS',
      'Document de rupture du contrat de professionnalisation : une copie à l’OPCO de l’organisme d’accueil',
      'Document de rupture du contrat de professionnalisation : copie numérique (scan PDF) par mél au responsable de l’alternance',
    ]);
  });
});
