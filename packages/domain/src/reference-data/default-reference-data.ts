import { defaultContactRoutes } from '../workflow/contacts/default-contact-routes.js';
import { defaultContactDirectory } from '../workflow/contacts/default-contact-directory.js';
import { defaultCalendars } from '../calendars/default-calendars.js';
import { workflowDefaults } from '../workflow/workflow-defaults.js';
import type { Group, ReferenceData } from './reference-data.js';

const ALTERNANCE_PAIRS = ['FI-CAPP', 'FI-CSTAGEALT', 'FC-CPRO', 'FC-CSTAGEALT'];
const CLASSIC_PAIRS = ['FI-CSTAGE', 'FC-CSTAGE', 'FC-SANS'];

function group(code: string, programme: string, kind: Group['kind'], site: string, name: string, admissible: string[], whenRepeating: string[] = []): Group {
  return {
    code,
    programme,
    kind,
    rhythm: kind === 'CLASSIC' ? 'CLASSIC' : 'ALTERNANCE',
    site,
    name,
    admissible,
    admissibleWhenRepeatingProfessionalised: whenRepeating,
  };
}

/**
 * The guide's values for contracts starting in 2025/2026 (§1–§4, Tableaux 1–7) and
 * the legal parameters of domain-rules.md §8. The API seeds its database from this;
 * the manager edits the copy there.
 */
export const defaultReferenceData: ReferenceData = {
  schemaVersion: 1,
  sites: [
    { code: 'FORBIN', name: 'Site de Forbin', city: 'Aix-en-Provence' },
    { code: 'ILOT-DU-BOIS', name: 'Site de l’Îlot du Bois', city: 'Marseille' },
  ],
  programmes: [
    { code: 'L3G', name: 'L3 Gestion parcours MIAGE', rates: [], apprenticeGridYear: null },
    {
      code: 'L3I',
      name: 'L3 Informatique parcours MIAGE',
      rates: [{ from: '2025-05-15', value: { trainingHours: 590, teachingHours: 516, annualCost: { CAPP: 8116, CPRO: 8116 } } }],
      apprenticeGridYear: 3,
    },
    {
      code: 'M1',
      name: 'M1 MIAGE',
      rates: [{ from: '2025-05-15', value: { trainingHours: 544, teachingHours: 463, annualCost: { CAPP: 8231, CPRO: 8231 } } }],
      apprenticeGridYear: 1,
    },
    {
      code: 'M2',
      name: 'M2 MIAGE',
      rates: [{ from: '2025-05-15', value: { trainingHours: 512, teachingHours: 436, annualCost: { CAPP: 8231, CPRO: 8231 } } }],
      apprenticeGridYear: 2,
    },
  ],
  groups: [
    group('L3G-CLASSIC', 'L3G', 'CLASSIC', 'FORBIN', 'L3G parcours MIAGE', CLASSIC_PAIRS),
    group('L3I-ALTERNANCE', 'L3I', 'ALTERNANCE', 'FORBIN', 'L3I parcours MIAGE — groupe alternance', ALTERNANCE_PAIRS),
    group('L3I-CLASSIC', 'L3I', 'CLASSIC', 'FORBIN', 'L3I parcours MIAGE — groupe classique', CLASSIC_PAIRS),
    group('M1-AIX', 'M1', 'MIXED', 'FORBIN', 'M1 MIAGE — Aix-en-Provence', [...ALTERNANCE_PAIRS, ...CLASSIC_PAIRS]),
    group('M1-MARSEILLE', 'M1', 'MIXED', 'ILOT-DU-BOIS', 'M1 MIAGE — Marseille', [...ALTERNANCE_PAIRS, ...CLASSIC_PAIRS]),
    group('M2-2ID', 'M2', 'ALTERNANCE', 'ILOT-DU-BOIS', 'M2 MIAGE — parcours 2ID', ALTERNANCE_PAIRS, ['FI-SANS', 'FC-SANS']),
    group('M2-ISIE', 'M2', 'ALTERNANCE', 'ILOT-DU-BOIS', 'M2 MIAGE — parcours ISIE', ALTERNANCE_PAIRS, ['FI-SANS', 'FC-SANS']),
  ],
  cohorts: [
    {
      code: 'L3G-2025',
      label: 'L3G parcours MIAGE 2025/2026',
      ddf: '2025-09-01',
      dff: '2026-07-03',
      years: [{ programme: 'L3G', ddf: '2025-09-01', dff: '2026-07-03', calendar: null }],
      groups: ['L3G-CLASSIC'],
      contractMonths: 12,
      validationLagDays: 0,
      campaign: '2025',
      previousYearJuryDate: null,
      nextTrainingStart: null,
      provisional: true,
    },
    {
      code: 'L3I-2025',
      label: 'L3I MIAGE 2025/2026',
      ddf: '2025-09-01',
      dff: '2026-07-03',
      years: [{ programme: 'L3I', ddf: '2025-09-01', dff: '2026-07-03', calendar: 'L3I-2025' }],
      groups: ['L3I-ALTERNANCE', 'L3I-CLASSIC'],
      contractMonths: 12,
      validationLagDays: 0,
      campaign: '2025',
      previousYearJuryDate: null,
      nextTrainingStart: null,
      provisional: false,
    },
    {
      code: 'MASTER-2025',
      label: 'Master MIAGE 2025/2027 (M1 2025/2026 puis M2 2026/2027)',
      ddf: '2025-09-01',
      dff: '2027-09-03',
      years: [
        // Tableau 5, notes 23–24: M1 ends 2026-09-02, M2 starts 2026-09-03.
        { programme: 'M1', ddf: '2025-09-01', dff: '2026-09-02', calendar: 'M1-2025' },
        { programme: 'M2', ddf: '2026-09-03', dff: '2027-09-03', calendar: 'M2-2026' },
      ],
      groups: ['M1-AIX', 'M1-MARSEILLE'],
      contractMonths: 24,
      validationLagDays: 7,
      campaign: '2025',
      previousYearJuryDate: null,
      nextTrainingStart: null,
      provisional: false,
    },
    {
      code: 'M2-2025',
      label: 'M2 MIAGE 2025/2026',
      ddf: '2025-09-04',
      dff: '2026-09-04',
      years: [{ programme: 'M2', ddf: '2025-09-04', dff: '2026-09-04', calendar: 'M2-2025' }],
      groups: ['M2-2ID', 'M2-ISIE'],
      contractMonths: 12,
      validationLagDays: 7,
      campaign: '2025',
      previousYearJuryDate: null,
      nextTrainingStart: null,
      provisional: false,
    },
    {
      // Derived from the guide: the M2 2026/2027 of MASTER-2025 (note 24) for students entering in M2.
      code: 'M2-2026',
      label: 'M2 MIAGE 2026/2027',
      ddf: '2026-09-03',
      dff: '2027-09-03',
      years: [{ programme: 'M2', ddf: '2026-09-03', dff: '2027-09-03', calendar: 'M2-2026' }],
      groups: ['M2-2ID', 'M2-ISIE'],
      contractMonths: 12,
      validationLagDays: 7,
      campaign: '2026',
      previousYearJuryDate: null,
      nextTrainingStart: null,
      provisional: true,
    },
  ],
  campaigns: [
    { code: '2025', opens: '2025-05-15', closes: '2025-10-31' },
    { code: '2026', opens: '2026-05-15', closes: '2026-10-31' },
  ],
  calendars: defaultCalendars,
  contractDateRules: {
    CAPP: { startMonthsBeforeDdf: 3, startMonthsAfterDdf: 3, endMinMonthsAfterDff: 0, endMaxMonthsAfterDff: 2 },
    CPRO: { startMonthsBeforeDdf: 2, startMonthsAfterDdf: 3, endMinMonthsAfterDff: 0, endMaxMonthsAfterDff: 2 },
    CSTAGEALT: { startMonthsBeforeDdf: 0, startMonthsAfterDdf: 3, endMinMonthsAfterDff: null, endMaxMonthsAfterDff: 0 },
  },
  legal: {
    smicHourly: [
      { from: '2024-01-01', value: 11.65 },
      { from: '2024-11-01', value: 11.88 },
      { from: '2026-01-01', value: 12.02 },
      { from: '2026-06-01', value: 12.31 },
    ],
    internshipMinimumHourly: [
      { from: '2024-01-01', value: 4.35 },
      { from: '2026-01-01', value: 4.5 },
    ],
    apprenticeGrid: [
      {
        from: '2019-01-01',
        value: {
          rates: {
            '1': { '16-17': 27, '18-20': 43, '21-25': 53, '26+': 100 },
            '2': { '16-17': 39, '18-20': 51, '21-25': 61, '26+': 100 },
            '3': { '16-17': 55, '18-20': 67, '21-25': 78, '26+': 100 },
          },
          smcBrackets: ['21-25', '26+'],
          additionPoints: 15,
        },
      },
    ],
    cproGrid: [
      {
        from: '2019-01-01',
        value: { smicRates: { '<21': 65, '21-25': 80, '26+': 100 }, smcRates: { '26+': 85 } },
      },
    ],
    weeklyHours: 35,
    annualWorkHours: 1607,
    apprenticeAgeLimit: 30,
    validationLeadJoursOuvrables: 10,
    internshipGratificationThreshold: { guideFteDays: 40, lawHours: 308 },
    internshipMonths: { min: 6, max: 12 },
    trainingMinimum: {
      CAPP: { minShare: 0.25 },
      CPRO: { minShare: 0.15, maxShare: 0.25, minHours: 150 },
    },
    apprenticeFullExemptionUntil: '2025-03-01',
  },
  settings: {
    gridYearSwitch: 'M2_DDF',
    whitMondayHoliday: true,
    internshipThreshold: 'GUIDE_8_WEEKS',
    internshipHoursPerDay: 7,
    workflow: workflowDefaults,
  },
  // §6.1 (Tableaux 8–10): the routing of "Qui contacter ?", editable by the manager.
  contacts: defaultContactRoutes,
  directory: defaultContactDirectory,
};
