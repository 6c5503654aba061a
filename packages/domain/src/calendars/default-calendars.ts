import type { CalendarDefinition, DayPattern } from '../reference-data/reference-data.js';

const T: DayPattern = ['TRAINING', 'TRAINING'];
const C: DayPattern = ['COMPANY', 'COMPANY'];
const REST: DayPattern = ['REST', 'REST'];
const SAT_AM: DayPattern = ['TRAINING', 'REST'];

/**
 * The guide's weekly patterns (§2.2.1, Figures 3–5). Blocked weeks, vacations and the
 * end-of-year period are provisional until the programme's official calendars
 * (Figures 6–9) are entered by the manager.
 */
export const defaultCalendars: CalendarDefinition[] = [
  {
    code: 'L3I-2025',
    label: 'L3I parcours MIAGE 2025/2026 (alternance)',
    from: '2025-09-01',
    to: '2026-07-03',
    weeklyPattern: [REST, C, C, C, T, T, REST],
    blockedWeeks: [],
    vacations: [],
    companyFrom: null,
    exceptions: [],
    provisional: true,
  },
  {
    code: 'M1-2025',
    label: 'M1 MIAGE 2025/2026',
    from: '2025-09-01',
    to: '2026-09-02',
    weeklyPattern: [REST, T, T, C, C, C, SAT_AM],
    blockedWeeks: [],
    vacations: [],
    companyFrom: null,
    exceptions: [],
    provisional: true,
  },
  {
    code: 'M2-2025',
    label: 'M2 MIAGE 2025/2026',
    from: '2025-09-04',
    to: '2026-09-04',
    weeklyPattern: [REST, C, C, C, T, T, SAT_AM],
    blockedWeeks: [],
    vacations: [],
    companyFrom: null,
    exceptions: [],
    provisional: true,
  },
  {
    code: 'M2-2026',
    label: 'M2 MIAGE 2026/2027',
    from: '2026-09-03',
    to: '2027-09-03',
    weeklyPattern: [REST, C, C, C, T, T, SAT_AM],
    blockedWeeks: [],
    vacations: [],
    companyFrom: null,
    exceptions: [],
    provisional: true,
  },
];
