/** The operations of the API's GraphQL contract the add-in uses (apps/api). */
export const ROSTER_ROWS_QUERY = `query RosterRows($filter: RosterFilter) {
  rosterRows(filter: $filter) {
    missionId missionVersion missionState lastName firstName birthDate cohort group status contractType
    requestDate validationDate startDate endDate repeating professionalisationValidated foreign aptObtained aptObtainedOn company monthlyGrossPay
    cproReason stageAltApproved smcMonthly previousRatePercent hoursPerDay higherEducationDiploma disabilityExtraYear
  }
}`;

export const PROPOSE_MUTATION = `mutation Propose($changes: [ContractChangeInput!]!) {
  proposeContractChanges(changes: $changes) {
    proposals { id missionId state startDate endDate monthlyGrossPay }
    errors { code message field index }
  }
}`;

/** The programme's reference data in force, one row per section (apps/api admin.graphql). */
export const REFERENCE_DATA_QUERY = `query ReferenceData {
  referenceData { key data updatedAt }
}`;

export interface ApiReferenceSection {
  key: string;
  data: unknown;
  updatedAt: string;
}

export interface RosterFilter {
  cohort?: string;
  contractType?: string;
  missionState?: string;
}

/** One roster row as the API sends it; dates are 'YYYY-MM-DD'. */
export interface ApiRosterRow {
  missionId: string;
  missionVersion: number;
  missionState: string;
  lastName: string | null;
  firstName: string | null;
  birthDate: string | null;
  cohort: string;
  group: string | null;
  status: string;
  contractType: string;
  requestDate: string | null;
  validationDate: string | null;
  startDate: string | null;
  endDate: string | null;
  repeating: boolean | null;
  professionalisationValidated: boolean | null;
  foreign: boolean | null;
  aptObtained: boolean | null;
  /** §3.4, note 26: the day the APT was obtained, written in the APT column instead of « oui ». */
  aptObtainedOn?: string | null;
  company: string | null;
  monthlyGrossPay: number | null;
  cproReason?: string | null;
  stageAltApproved?: boolean | null;
  smcMonthly?: number | null;
  previousRatePercent?: number | null;
  hoursPerDay?: number | null;
  higherEducationDiploma?: boolean | null;
  disabilityExtraYear?: boolean | null;
}

export interface ContractChangeInput {
  missionId: string;
  missionVersion: number;
  startDate?: string;
  endDate?: string;
  monthlyGrossPay?: number;
  comment?: string;
}

export interface Proposal {
  id: string;
  missionId: string;
  state: string;
  startDate: string | null;
  endDate: string | null;
  monthlyGrossPay: number | null;
}

export interface UserError {
  code: string;
  message: string;
  field: string | null;
  /** Position of the change in the input list. */
  index: number | null;
}

export interface ProposePayload {
  proposals: Proposal[];
  errors: UserError[];
}
