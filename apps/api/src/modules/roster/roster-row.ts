/** A mission as one roster row (interfaces.md §3), read straight from SQL. */
export interface RosterRowModel {
  missionId: string;
  missionVersion: number;
  missionState: string;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  cohort: string;
  group: string | null;
  status: string;
  contractType: string;
  requestDate: string | null;
  validationDate: string | null;
  startDate: string | null;
  endDate: string | null;
  repeating: boolean;
  professionalisationValidated: boolean;
  foreign: boolean;
  aptObtained: boolean;
  /** §3.4, note 26: the day the APT was obtained, when recorded. */
  aptObtainedOn: string | null;
  company: string | null;
  monthlyGrossPay: number | null;
  cproReason: string | null;
  stageAltApproved: boolean | null;
  smcMonthly: number | null;
  previousRatePercent: number | null;
  hoursPerDay: number | null;
  /** §4.2.1, note 27: the apprentice's +15-point additions. */
  higherEducationDiploma: boolean;
  disabilityExtraYear: boolean;
}
