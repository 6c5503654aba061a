import type { ContactRoutes } from '../workflow/contacts/contact-routes.js';
import type { DirectoryEntry } from '../workflow/contacts/contact-directory.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { WorkflowSettings } from '../workflow/workflow-defaults.js';

/**
 * Everything the rules read that the programme or the law may change: kept as
 * JSON-serialisable data with effective dates, editable by the alternance manager,
 * never constants in rule code (domain-rules.md §2, §8).
 */
export interface ReferenceData {
  /** Bumped whenever the shape changes, so stored copies can be migrated. */
  schemaVersion: 1;
  sites: Site[];
  programmes: Programme[];
  groups: Group[];
  cohorts: Cohort[];
  campaigns: Campaign[];
  calendars: CalendarDefinition[];
  /** Tableau 5: DDC/DFC windows by contract type, relative to the cohort's DDF and DFF. */
  contractDateRules: ContractDateRules;
  legal: LegalParameters;
  settings: Settings;
  /** §6 "Qui contacter ?" (Tableaux 8–10): whom each asker contacts for each need; the manager edits it. */
  contacts: ContactRoutes;
  /** §6.2 "Liste des principaux contacts" (Tableau 10, §6.2.2–6.2.4): who holds each role, how to reach them. */
  directory: DirectoryEntry[];
}

/** A value in force from `from` (inclusive) until the `from` of the next entry. */
export interface Effective<T> {
  from: IsoDate;
  value: T;
}

export interface Site {
  code: string;
  name: string;
  city: string;
}

export interface ProgrammeRates {
  /** Training hours of the year (evaluation, support and teaching), §2.3. */
  trainingHours: number;
  /** Of which teaching hours, §2.3. */
  teachingHours: number;
  /** Cost of a year of training billed to the OPCO, per contract type, in euros (§2.5). */
  annualCost: { CAPP: number; CPRO: number };
}

export interface Programme {
  code: string; // 'L3G' | 'L3I' | 'M1' | 'M2'
  name: string;
  /** Rates by the start of the contract's training (§2.5: "contrats débutant en 2025/2026"). */
  rates: Effective<ProgrammeRates>[];
  /** Row of the apprentice pay grid (§4.2, Tableau 6): L3I → 3, M1 → 1, M2 → 2; null when not an alternance programme. */
  apprenticeGridYear: 1 | 2 | 3 | null;
}

/** `FI-CAPP`, `FC-CPRO`, … */
export type StatusContractPair = string;

export interface Group {
  code: string; // e.g. 'L3I-ALTERNANCE'
  programme: string;
  /** The `group` value of a ContractInput that designates it (L3I has two). */
  kind: 'CLASSIC' | 'ALTERNANCE' | 'MIXED';
  rhythm: 'CLASSIC' | 'ALTERNANCE';
  site: string;
  name: string;
  /** Tableau 4. */
  admissible: StatusContractPair[];
  /** Pairs admissible only for a repeating student whose professionalisation is validated (M2). */
  admissibleWhenRepeatingProfessionalised: StatusContractPair[];
}

export interface CohortYear {
  programme: string;
  ddf: IsoDate;
  dff: IsoDate;
  /** Code of the alternance calendar of this year; null for a classic-rhythm training (L3G). */
  calendar: string | null;
}

export interface Cohort {
  /** e.g. 'MASTER-2025'. */
  code: string;
  label: string;
  /** The training followed for the alternance, from its DDF to its DFF (§3.3.2). */
  ddf: IsoDate;
  dff: IsoDate;
  /** One year, or two for a Master entered in M1 (M1 then M2). */
  years: CohortYear[];
  /** Groups a student of this cohort may belong to (first one is the default). */
  groups: string[];
  /** CAPP/CPRO contract length in months (Tableau 5), for information. */
  contractMonths: number;
  /** Minimum days between the manager's validation and the DDC: 0 for L3I, 7 for Master/M2 (Tableau 5). */
  validationLagDays: number;
  campaign: string;
  /** Proclamation of the previous year's jury: the DDC must come after it (Master, M2). Null while unknown. */
  previousYearJuryDate: IsoDate | null;
  /** DDF of the next training year for a student who continues: the DFC must come before it. Null while unknown. */
  nextTrainingStart: IsoDate | null;
  /** True while its dates are not the programme's official ones. */
  provisional: boolean;
}

/** Bounds in calendar months around the DDF/DFF (Tableau 5); null where the rule sets no bound. */
export interface ContractDateRule {
  /** DDC ≥ DDF − this many months. */
  startMonthsBeforeDdf: number;
  /** DDC ≤ DDF + this many months. */
  startMonthsAfterDdf: number;
  /** DFC ≥ DFF + this many months (0: the DFF itself); null: no lower bound. */
  endMinMonthsAfterDff: number | null;
  /** DFC ≤ DFF + this many months (0: the DFF itself). */
  endMaxMonthsAfterDff: number;
}

/** Contract types with date rules; CSTAGE and SANS have none. */
export interface ContractDateRules {
  CAPP: ContractDateRule;
  CPRO: ContractDateRule;
  CSTAGEALT: ContractDateRule;
}

export interface Campaign {
  code: string;
  opens: IsoDate;
  /** Set by the manager (end of October / early November). */
  closes: IsoDate;
}

/** Tableau 6: percentage of the SMIC by grid year and age bracket. */
export interface ApprenticeGrid {
  /** Rates per grid year ('1', '2', '3') then age bracket ('16-17', '18-20', '21-25', '26+'). */
  rates: Record<string, Record<string, number>>;
  /** Brackets marked * whose base is the higher of SMIC and SMC. */
  smcBrackets: string[];
  /** Percentage points added by each addition (§4.2.1). */
  additionPoints: number;
}

/** Tableau 7, row for the MIAGE's level. */
export interface CproGrid {
  /** Age brackets '<21', '21-25', '26+' → percentage of the SMIC. */
  smicRates: Record<string, number>;
  /** Brackets where the minimum is the higher of the SMIC rate and this percentage of the SMC. */
  smcRates: Record<string, number>;
}

export interface LegalParameters {
  /** Gross hourly SMIC (€). Monthly = hourly × weeklyHours × 52 / 12. */
  smicHourly: Effective<number>[];
  /** Minimum hourly internship gratification (€), §4.2.3. */
  internshipMinimumHourly: Effective<number>[];
  apprenticeGrid: Effective<ApprenticeGrid>[];
  cproGrid: Effective<CproGrid>[];
  /** Legal full-time hours a week (35). */
  weeklyHours: number;
  /** Legal annual working time of a contract (1 607 h), §4.5. */
  annualWorkHours: number;
  /** Age from which an apprenticeship is refused and a CPRO needs no reason (30), §2.1.2. */
  apprenticeAgeLimit: number;
  /** Minimum jours ouvrables between the validation request and the DDC (10), §3.3. */
  validationLeadJoursOuvrables: number;
  /**
   * Above these a gratification is due (§4.2.3): the guide's full-time-equivalent days
   * (8 weeks × 5 days = 40) or the law's hours of presence (44 days × 7 h = 308; due from the 309th).
   */
  internshipGratificationThreshold: { guideFteDays: number; lawHours: number };
  /** Work-study internship length bounds in months, date to date (Tableau 5). */
  internshipMonths: { min: number; max: number };
  /** Training minimum of a new contract after a repeated year (§4.5). */
  trainingMinimum: {
    CAPP: { minShare: number };
    CPRO: { minShare: number; maxShare: number; minHours: number };
  };
  /**
   * Apprentices exempt from employee social contributions (net = gross) for contracts
   * starting before this date; the law changed it for contracts from 2025-03-01.
   */
  apprenticeFullExemptionUntil: IsoDate;
}

export interface Settings {
  /**
   * When a 2-year contract moves to the 2nd-year rate: the guide's M2 DDF (default), the first
   * day of the following month (§4.2 remark), or the law's contract anniversary (§8).
   */
  gridYearSwitch: 'M2_DDF' | 'FIRST_OF_MONTH_AFTER_M2_DDF' | 'CONTRACT_ANNIVERSARY';
  /** Whit Monday (lundi de Pentecôte) as a public holiday — the "journée de solidarité" may make it worked. */
  whitMondayHoliday: boolean;
  /** Gratification threshold: the guide's 8 weeks full-time equivalent, or the law's more than 2 months (from the 309th hour). */
  internshipThreshold: 'GUIDE_8_WEEKS' | 'LAW_2_MONTHS';
  /** Hours per company day of a work-study intern when the agreement does not say. */
  internshipHoursPerDay: number;
  /** Figures of the workflow rules (telework share, checklist lead, visit months…); pass them to those rules. */
  workflow: WorkflowSettings;
}

export type HalfDayKind = 'TRAINING' | 'COMPANY' | 'REVISION' | 'VACATION' | 'PUBLIC_HOLIDAY' | 'REST';

/** Morning and afternoon of one weekday. */
export type DayPattern = [am: HalfDayKind, pm: HalfDayKind];

export interface Period {
  from: IsoDate;
  to: IsoDate;
  label?: string;
}

export interface CalendarException {
  date: IsoDate;
  half: 'AM' | 'PM' | 'DAY';
  kind: HalfDayKind;
  label?: string;
}

/**
 * An alternance calendar (§2.2.2), the only one that "fait foi": a weekly pattern
 * plus blocked training weeks, university vacations, the end-of-year company period,
 * public holidays and half-day exceptions.
 */
export interface CalendarDefinition {
  code: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
  /** Index 0 = Sunday … 6 = Saturday. */
  weeklyPattern: [DayPattern, DayPattern, DayPattern, DayPattern, DayPattern, DayPattern, DayPattern];
  /** Weeks fully in training, Monday to Friday (start of semester). */
  blockedWeeks: Period[];
  /** University vacations: company for alternants, vacation for the others. */
  vacations: Period[];
  /** From this date to the end, every working day is a company day (end of the university year). */
  companyFrom: IsoDate | null;
  /** Individual half-days, applied last (revision half-days, extra training Wednesdays, …). */
  exceptions: CalendarException[];
  /** True while the dates are the guide's patterns and not the programme's official calendar. */
  provisional: boolean;
}
