import type { CalendarDefinition, CalendarException, DayPattern, Period } from '../reference-data/reference-data.js';

const T: DayPattern = ['TRAINING', 'TRAINING'];
const C: DayPattern = ['COMPANY', 'COMPANY'];
const REST: DayPattern = ['REST', 'REST'];
const SAT_AM: DayPattern = ['TRAINING', 'REST'];

/*
 * PROVISIONAL — every date below (blocked weeks, vacations, end of year, revision and
 * defence half-days) is a plausible placeholder for Aix-Marseille Université 2025/26 and
 * 2026/27, built from the guide's patterns (§2.2.1, captions of Figures 3–5). The exact
 * dates await the programme's official alternance calendars (Figures 6–9), which the
 * manager enters in place of these; until then `provisional` stays true.
 */

const VACATIONS_2025: Period[] = [
  { from: '2025-10-27', to: '2025-11-02', label: 'Vacances de la Toussaint' },
  { from: '2025-12-22', to: '2026-01-04', label: 'Vacances de Noël' },
  { from: '2026-02-23', to: '2026-03-01', label: 'Vacances d’hiver' },
  { from: '2026-04-20', to: '2026-04-26', label: 'Vacances de printemps' },
];

const VACATIONS_2026: Period[] = [
  { from: '2026-10-26', to: '2026-11-01', label: 'Vacances de la Toussaint' },
  { from: '2026-12-21', to: '2027-01-03', label: 'Vacances de Noël' },
  { from: '2027-02-22', to: '2027-02-28', label: 'Vacances d’hiver' },
  { from: '2027-04-26', to: '2027-05-02', label: 'Vacances de printemps' },
];

/**
 * Revision half-days (§2.2.3, §4.4.3): training half-days of the calendar with no class,
 * in the weeks before the exams. Each entry is `date` (whole day) or `date AM|PM`.
 */
function revisions(label: string, halves: string[]): CalendarException[] {
  return halves.map((entry) => {
    const [date = '', half = 'DAY'] = entry.split(' ');
    return { date, half: half as CalendarException['half'], kind: 'REVISION', label };
  });
}

function training(label: string, dates: string[]): CalendarException[] {
  return dates.map((date) => ({ date, half: 'DAY', kind: 'TRAINING', label }));
}

/**
 * The four alternance calendars of the guide (§2.2.2, Figures 6–9) for the 2025/2026
 * contracts, with the guide's weekly patterns (§2.2.1, Figures 3–5). Provisional: see above.
 */
export const defaultCalendars: CalendarDefinition[] = [
  {
    // Figure 3: training Thursday and Friday, some Wednesdays; blocked weeks at the start of
    // each semester; vacations and from the end of May at the OPA.
    code: 'L3I-2025',
    label: 'L3I parcours MIAGE 2025/2026 (alternance)',
    from: '2025-09-01',
    to: '2026-07-03',
    weeklyPattern: [REST, C, C, C, T, T, REST],
    blockedWeeks: [
      { from: '2025-09-01', to: '2025-09-12', label: 'Rentrée : semaines bloquées en formation (S5)' },
      { from: '2026-01-19', to: '2026-01-23', label: 'Début du S6 : semaine bloquée en formation' },
    ],
    vacations: VACATIONS_2025,
    companyFrom: '2026-05-25',
    exceptions: [
      ...training('Mercredi en formation', [
        '2025-09-17', '2025-09-24', '2025-10-01', '2025-10-08', '2025-10-15', '2025-11-19', '2025-11-26', '2025-12-03',
        '2026-01-28', '2026-02-04', '2026-02-11', '2026-03-11', '2026-03-18', '2026-03-25', '2026-04-01', '2026-04-08',
      ]),
      ...revisions('Révisions avant les examens du S5', [
        '2025-12-11 PM', '2025-12-12 PM', '2025-12-18 PM', '2025-12-19', '2026-01-08', '2026-01-09 AM',
      ]),
      ...revisions('Révisions avant les examens du S6', [
        '2026-04-30 PM', '2026-05-07', '2026-05-15', '2026-05-21 AM',
      ]),
    ],
    provisional: true,
  },
  {
    // Figure 4: training Monday, Tuesday and Saturday morning; about 4 weeks fully in
    // training at the start (§3.3.2 remark), a blocked week at the start of semester 2;
    // vacations and from the end of April at the OPA (vacation for non-alternants).
    code: 'M1-2025',
    label: 'M1 MIAGE 2025/2026',
    from: '2025-09-01',
    to: '2026-09-02',
    weeklyPattern: [REST, T, T, C, C, C, SAT_AM],
    blockedWeeks: [
      { from: '2025-09-01', to: '2025-09-26', label: 'Rentrée : 4 semaines bloquées en formation' },
      { from: '2026-01-19', to: '2026-01-23', label: 'Début du S2 : semaine bloquée en formation' },
    ],
    vacations: VACATIONS_2025,
    companyFrom: '2026-04-27',
    exceptions: [
      ...revisions('Révisions avant les examens du S1', [
        '2025-12-15 PM', '2025-12-16 PM', '2026-01-05', '2026-01-06', '2026-01-10 AM',
      ]),
      ...revisions('Révisions avant les examens du S2', [
        '2026-03-23 PM', '2026-03-24 PM', '2026-03-30 PM', '2026-03-31 PM', '2026-04-04 AM', '2026-04-07', '2026-04-11 AM',
      ]),
      ...training('Soutenances de M1', ['2026-09-01']),
    ],
    provisional: true,
  },
  {
    // Figure 5: training Thursday, Friday and Saturday morning; vacations at the OPA; an
    // end-of-year company period until the September defences.
    code: 'M2-2025',
    label: 'M2 MIAGE 2025/2026',
    from: '2025-09-04',
    to: '2026-09-04',
    weeklyPattern: [REST, C, C, C, T, T, SAT_AM],
    blockedWeeks: [],
    vacations: VACATIONS_2025,
    companyFrom: '2026-06-01',
    exceptions: [
      ...revisions('Révisions avant les examens du S3', [
        '2025-12-18 PM', '2025-12-19 PM', '2026-01-08', '2026-01-09 PM', '2026-01-10 AM',
      ]),
      ...revisions('Révisions avant les examens du S4', [
        '2026-05-07', '2026-05-15', '2026-05-16 AM', '2026-05-21 PM', '2026-05-22',
      ]),
      ...training('Soutenances de M2', ['2026-09-03', '2026-09-04']),
    ],
    provisional: true,
  },
  {
    code: 'M2-2026',
    label: 'M2 MIAGE 2026/2027',
    from: '2026-09-03',
    to: '2027-09-03',
    weeklyPattern: [REST, C, C, C, T, T, SAT_AM],
    blockedWeeks: [],
    vacations: VACATIONS_2026,
    companyFrom: '2027-06-01',
    exceptions: [
      ...revisions('Révisions avant les examens du S3', [
        '2026-12-17 PM', '2026-12-18 PM', '2027-01-07', '2027-01-08 PM', '2027-01-09 AM',
      ]),
      ...revisions('Révisions avant les examens du S4', [
        '2027-05-07', '2027-05-13', '2027-05-14 PM', '2027-05-20 PM', '2027-05-21',
      ]),
      ...training('Soutenances de M2', ['2027-09-02', '2027-09-03']),
    ],
    provisional: true,
  },
];
