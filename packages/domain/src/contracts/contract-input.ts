import type { IsoDate } from '../dates/iso-date.js';

export type Status = 'FI' | 'FC';
export type ContractType = 'CAPP' | 'CPRO' | 'CSTAGEALT' | 'CSTAGE' | 'SANS';
export type Severity = 'error' | 'warning' | 'info';

export const STATUSES: readonly Status[] = ['FI', 'FC'];
export const CONTRACT_TYPES: readonly ContractType[] = ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'];

/** One student's contract as entered in the fiche, a roster row or an API call (interfaces.md §1). */
export interface ContractInput {
  /** 'L3I-2025' | 'MASTER-2025' | 'M2-2025' | 'L3G-2025' | … */
  cohort: string;
  /** L3I: which group; inferred from the contract type when absent. */
  group?: 'CLASSIC' | 'ALTERNANCE' | undefined;
  /** Strings are accepted so that bad input yields a finding, not a crash. */
  status: Status | string;
  contractType: ContractType | string;
  birthDate?: IsoDate | undefined;
  /** When the validation was asked for. */
  requestDate?: IsoDate | undefined;
  /** When the manager validated the mission. */
  validationDate?: IsoDate | undefined;
  /** DDC. */
  startDate?: IsoDate | undefined;
  /** DFC. */
  endDate?: IsoDate | undefined;
  repeating?: boolean | undefined;
  professionalisationValidated?: boolean | undefined;
  foreign?: boolean | undefined;
  aptObtained?: boolean | undefined;
  /**
   * The day the APT was obtained, when known (implies `aptObtained` unless that is false): an
   * APT obtained on the DDC or later came too late, the contract is void (§3.4, note 26).
   */
  aptObtainedOn?: IsoDate | undefined;
  /** Agreed monthly gross pay, compared with the minimum. */
  monthlyGrossPay?: number | undefined;
  /** The student goes on to the next training year (the DFC must precede its DDF); assumed unless false. */
  continuing?: boolean | undefined;
  /** A CPRO under 30 with a recorded reason (the OPA signs only CPRO, the manager agreed). */
  cproReason?: string | undefined;
  /** The manager approved this work-study internship beforehand. */
  stageAltApproved?: boolean | undefined;
  /** Branch minimum monthly wage (SMC), when the OPA has one. */
  smcMonthly?: number | undefined;
  /** Rate of the previous apprenticeship contract, which may not drop (§4.2). */
  previousRatePercent?: number | undefined;
  /** The apprentice already holds a higher-education diploma: +15 points on the minimum (§4.2.1). Ignored for a CPRO. */
  higherEducationDiploma?: boolean | undefined;
  /** The contract is an extra year needed for a disability: +15 points (§4.2.1; note 27: after the 3rd year, the 3rd's rates + 15). Ignored for a CPRO. */
  disabilityExtraYear?: boolean | undefined;
  /** Hours a company day for a work-study intern (default: reference data). */
  hoursPerDay?: number | undefined;
  /** The contract was extended by an avenant for a repeated year (§4.5): see ContractExtension. */
  extension?: ContractExtension | undefined;
  /**
   * The last day of the contract this one replaces after a rupture, when it does (§5: a new
   * contract « afin de terminer sa formation », which « peut démarrer le lendemain de la rupture
   * du premier », after a new mission validation). Such a request is made whenever the rupture
   * comes, not in the campaign (no OUTSIDE_CAMPAIGN), and its DDC is bounded by the rupture, not
   * by Tableau 5's window nor the campaign's closing (no DDC_TOO_LATE); every other rule holds.
   */
  afterRuptureLastDay?: IsoDate | undefined;
}

/**
 * What an extension (prorogation) changes in a contract's figures: the prolonged days are
 * paid +15 points (§4.2.1), and the repeated year's training — in another cohort's
 * calendar — is billed with the contract's own (its cohort stays the one its DDC was
 * checked in).
 */
export interface ContractExtension {
  /** First prolonged day: the day after the DFC the avenant moved. */
  from: IsoDate;
  /** The cohort whose year the alternant repeats (e.g. M2-2026), when known. */
  repeatedCohort?: string | null | undefined;
  /** The repeated year's programme in that cohort (L3I, M1, M2). */
  repeatedProgramme?: string | null | undefined;
}

export interface DateWindow {
  min: IsoDate | null;
  max: IsoDate | null;
}

export interface Finding {
  /** Stable rule code (domain-rules.md). */
  code: string;
  severity: Severity;
  field?: keyof ContractInput;
  /** French. */
  message: string;
  messageEn: string;
  /** Section of the guide, e.g. '§3.3.2, Tableau 5'. */
  ref: string;
  window?: DateWindow;
}

export interface ContractCheck {
  /** Empty when the contract satisfies every rule. */
  findings: Finding[];
  /** The type windows of domain-rules.md §4, before the campaign/validation/jury narrowing. */
  windows: { startDate: DateWindow; endDate: DateWindow };
  /** DDC→DFC, date to date, in months. */
  durationMonths: number | null;
}
