/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApiTokenState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type ConfirmingParty =
  | 'COMPANY_TUTOR_1'
  | 'COMPANY_TUTOR_2'
  | 'HR_CONTACT';

export type ContractFilter = {
  cohort?: string | null | undefined;
  contractType?: string | null | undefined;
  /** Only contracts with a checklist item overdue. */
  overdue?: boolean | null | undefined;
};

export type LivretAuthor =
  | 'ALTERNANT'
  | 'COMPANY_TUTOR';

export type LivretCompetenceInput = {
  code: string;
  criteria: Array<LivretCriterionInput>;
  label: string;
};

export type LivretCriterionInput = {
  code: string;
  label: string;
};

/** Where a period's end comes from: the manager's override, the alternant's visit, or the programme's common date. */
export type LivretDateSource =
  | 'COMMON'
  | 'OVERRIDE'
  | 'VISIT';

export type LivretGeneralInput = {
  jobTitle?: string | null | undefined;
  missionSummary?: string | null | undefined;
  professionalProject?: string | null | undefined;
};

export type LivretGridAnswerInput = {
  comment?: string | null | undefined;
  criterion: string;
  level?: string | null | undefined;
};

export type LivretGridInput = {
  competences: Array<LivretCompetenceInput>;
  scale: Array<LivretScaleLevelInput>;
};

export type LivretOverridesInput = {
  firstVisit?: string | null | undefined;
  secondVisit?: string | null | undefined;
  soutenance?: string | null | undefined;
};

export type LivretScaleLevelInput = {
  code: string;
  label: string;
};

export type LivretSettingsInput = {
  commonDates: boolean;
  firstVisit: string;
  graceDays: number;
  reminderDaysBefore: number;
  secondVisit: string;
  soutenance: string;
};

export type LivretSheetCode =
  | 'COMMENTS'
  | 'OBJECTIVES'
  | 'SELF_EVALUATION'
  | 'TUTOR_EVALUATION';

/** DONE: submitted; UPCOMING: period not started; MISSING: still on time; LATE: past its due date; OPTIONAL: the comments sheet, never due. */
export type LivretSheetState =
  | 'DONE'
  | 'LATE'
  | 'MISSING'
  | 'OPTIONAL'
  | 'UPCOMING';

export type MissionFilter = {
  cohort?: string | null | undefined;
  contractType?: string | null | undefined;
  /** A rule code among the stored findings. */
  findingCode?: string | null | undefined;
  /** Student name or OPA name. */
  search?: string | null | undefined;
  state?: MissionState | null | undefined;
  /** Only the missions waiting for the viewer's role to act (the office: submitted, error reported, confirmed). */
  toHandle?: boolean | null | undefined;
};

/** The fiche as the student fills it; every field optional in a draft, checked on submission. */
export type MissionInput = {
  context?: string | null | undefined;
  contractType?: string | null | undefined;
  cproReason?: string | null | undefined;
  deliverables?: string | null | undefined;
  endDate?: string | null | undefined;
  group?: string | null | undefined;
  hoursPerDay?: number | null | undefined;
  hrContact?: PersonInput | null | undefined;
  monthlyGrossPay?: number | null | undefined;
  objectives?: string | null | undefined;
  offerReference?: string | null | undefined;
  organisation?: OrganisationInput | null | undefined;
  previousRatePercent?: number | null | undefined;
  smcMonthly?: number | null | undefined;
  /** Set by the manager only (approveStageAlt): a student sending a different value gets a field error. */
  stageAltApproved?: boolean | null | undefined;
  startDate?: string | null | undefined;
  title?: string | null | undefined;
  tutor1?: PersonInput | null | undefined;
  tutor2?: PersonInput | null | undefined;
  workOrganisation?: OrganisationInput | null | undefined;
};

/** Server-side order of the missions list. */
export type MissionSort =
  | 'ORGANISATION'
  /** Last changed first. */
  | 'RECENT'
  | 'START_DATE'
  | 'STATE'
  | 'STUDENT'
  /** Longest waiting in its state first (the order of the À traiter list). */
  | 'URGENCY';

export type MissionState =
  | 'CONFIRMATION_REQUESTED'
  | 'CONFIRMED'
  | 'DRAFT'
  | 'ERROR_REPORTED'
  | 'REJECTED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'VALIDATED';

export type OfferInput = {
  cohort?: string | null | undefined;
  contractType?: string | null | undefined;
  description?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  reference: string;
  title: string;
};

export type OfferState =
  | 'CLOSED'
  | 'PUBLISHED';

export type OrganisationInput = {
  address?: string | null | undefined;
  name: string;
  opco?: string | null | undefined;
  siret: string;
};

export type OutboxState =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type PersonInput = {
  email: string;
  firstName: string;
  jobTitle?: string | null | undefined;
  lastName: string;
  phone?: string | null | undefined;
};

export type ProposalState =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type Role =
  | 'ACADEMIC_TUTOR'
  | 'COMPANY_TUTOR'
  | 'DIRECTION'
  | 'HR_CONTACT'
  | 'INTEGRATION'
  | 'MANAGER'
  | 'SECRETARIAT'
  | 'STUDENT';

export type RosterFilter = {
  cohort?: string | null | undefined;
  contractType?: string | null | undefined;
  missionState?: string | null | undefined;
};

/** Where a background roster import is: CHECKING the rows, WRITING them (one transaction), DONE, or FAILED (nothing written). */
export type RosterImportJobState =
  | 'CHECKING'
  | 'DONE'
  | 'FAILED'
  | 'WRITING';

/** One roster row to import (interfaces.md §3): students are matched by email, OPAs by SIRET. */
export type RosterImportRow = {
  aptObtained?: boolean | null | undefined;
  birthDate?: string | null | undefined;
  cohort: string;
  company?: string | null | undefined;
  contractType: string;
  email: string;
  endDate?: string | null | undefined;
  firstName: string;
  foreign?: boolean | null | undefined;
  group?: string | null | undefined;
  lastName: string;
  monthlyGrossPay?: number | null | undefined;
  professionalisationValidated?: boolean | null | undefined;
  repeating?: boolean | null | undefined;
  requestDate?: string | null | undefined;
  siret?: string | null | undefined;
  startDate?: string | null | undefined;
  status: string;
};

export type SaveLivretSheetInput = {
  answers?: Array<LivretGridAnswerInput> | null | undefined;
  code: LivretSheetCode;
  livretId: string | number;
  period: number;
  /** Submit it (then read-only until the manager reopens it). */
  submit?: boolean | null | undefined;
  text?: string | null | undefined;
  /** The sheet's version; omit for a sheet never saved. */
  version?: number | null | undefined;
};

export type Severity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type StudentInput = {
  /** The academic tutor's user id; absent keeps the current one, null removes it. */
  academicTutorId?: string | number | null | undefined;
  aptObtained?: boolean | null | undefined;
  birthDate?: string | null | undefined;
  cohort: string;
  email: string;
  firstName: string;
  foreign?: boolean | null | undefined;
  group?: string | null | undefined;
  lastName: string;
  nationality?: string | null | undefined;
  phone?: string | null | undefined;
  professionalisationValidated?: boolean | null | undefined;
  repeating?: boolean | null | undefined;
  site?: string | null | undefined;
  status: StudentStatus;
};

export type StudentStatus =
  | 'FC'
  | 'FI';

export type WebhookDeliveryState =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type ChangeProposalsQueryVariables = Exact<{
  state?: ProposalState | null | undefined;
  first: number;
  offset: number;
}>;


export type ChangeProposalsQuery = { changeProposals: Array<{ id: string, version: number, state: ProposalState, startDate: string | null, endDate: string | null, monthlyGrossPay: number | null, comment: string | null, createdAt: string, decidedAt: string | null, mission: { id: string, version: number, cohort: string, contractType: string, startDate: string | null, endDate: string | null, monthlyGrossPay: number | null, student: { id: string, lastName: string, firstName: string } } }> };

export type DecideChangeProposalMutationVariables = Exact<{
  id: string | number;
  version: number;
  accept: boolean;
}>;


export type DecideChangeProposalMutation = { decideChangeProposal: { proposal: { id: string, state: ProposalState, version: number } | null, mission: { id: string, version: number, startDate: string | null, endDate: string | null, monthlyGrossPay: number | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ContractDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractDetailsQuery = { contract: { id: string, version: number, contractType: string, startDate: string, endDate: string, hoursPerDay: number | null, monthlyGrossPay: number | null, student: { id: string, firstName: string, lastName: string, cohort: string }, mission: { id: string, state: MissionState }, windows: { startDate: { min: string | null, max: string | null }, endDate: { min: string | null, max: string | null } }, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, figures: { billableHours: number | null, cost: number | null, unbilledHours: number | null }, paySegments: Array<{ from: string, to: string, gridYear: number | null, ageBracket: string, ratePercent: number, base: string, monthlyMinimumGross: number }>, checklist: Array<{ id: string, code: string, label: string, labelEn: string, done: boolean, doneAt: string | null, dueDate: string, mandatory: boolean, overdue: boolean, ref: string, responsible: string, originals: number | null, version: number }> } | null };

export type SetChecklistItemDoneMutationVariables = Exact<{
  id: string | number;
  version: number;
  done: boolean;
}>;


export type SetChecklistItemDoneMutation = { setChecklistItemDone: { errors: Array<{ code: string, message: string, field: string | null }>, item: { id: string, done: boolean, doneAt: string | null, overdue: boolean, version: number } | null } };

export type ContractListQueryVariables = Exact<{
  filter?: ContractFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type ContractListQuery = { contracts: Array<{ id: string, contractType: string, startDate: string, endDate: string, monthlyGrossPay: number | null, student: { id: string, firstName: string, lastName: string, cohort: string }, findings: Array<{ code: string, severity: Severity }> }> };

export type MyContractQueryVariables = Exact<{ [key: string]: never; }>;


export type MyContractQuery = { contracts: Array<{ id: string }> };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { dashboard: { overdueChecklistItems: number, missionsByState: Array<{ key: string, count: number }>, contractsByType: Array<{ key: string, count: number }>, contractsByCohort: Array<{ key: string, count: number }>, contractsBySite: Array<{ key: string, count: number }>, findingsByCode: Array<{ key: string, count: number }>, upcomingStarts: Array<{ id: string, startDate: string, contractType: string, student: { id: string, firstName: string, lastName: string, cohort: string }, mission: { id: string } }> } };

export type SaveMissionDraftMutationVariables = Exact<{
  id?: string | number | null | undefined;
  version?: number | null | undefined;
  input: MissionInput;
}>;


export type SaveMissionDraftMutation = { saveMissionDraft: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, version: number, state: MissionState } | null } };

export type SubmitMissionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitMissionMutation = { submitMission: { errors: Array<{ code: string, message: string, field: string | null }>, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, mission: { id: string, version: number, state: MissionState } | null } };

export type MyFicheQueryVariables = Exact<{
  studentId: string | number;
}>;


export type MyFicheQuery = { student: { id: string, firstName: string, lastName: string, cohort: string, status: StudentStatus, birthDate: string | null, repeating: boolean, professionalisationValidated: boolean, foreign: boolean, aptObtained: boolean } | null, missions: Array<{ requestDate: string | null, id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, stageAltApproved: boolean | null, returnComment: string | null, rejectionReason: string | null, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, contract: { id: string } | null, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null }> };

export type LivretDetailsFragment = { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> };

export type SaveLivretSheetMutationVariables = Exact<{
  input: SaveLivretSheetInput;
}>;


export type SaveLivretSheetMutation = { saveLivretSheet: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type CurrentLivretGridQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentLivretGridQuery = { currentLivretGrid: { id: string, number: number, createdBy: string, createdAt: string, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } };

export type PublishLivretGridMutationVariables = Exact<{
  input: LivretGridInput;
}>;


export type PublishLivretGridMutation = { publishLivretGrid: { grid: { id: string, number: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type LivretQueryVariables = Exact<{
  id: string | number;
}>;


export type LivretQuery = { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null };

export type MyLivretsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLivretsQuery = { myLivrets: Array<{ id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> }> };

export type SaveLivretGeneralMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LivretGeneralInput;
}>;


export type SaveLivretGeneralMutation = { saveLivretGeneral: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type OverrideLivretDatesMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LivretOverridesInput;
}>;


export type OverrideLivretDatesMutation = { overrideLivretDates: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ReopenLivretSheetMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ReopenLivretSheetMutation = { reopenLivretSheet: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type SendLivretLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type SendLivretLinkMutation = { sendLivretLink: { livret: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type LivretProgressQueryVariables = Exact<{
  cohort: string;
  academicYear: string;
}>;


export type LivretProgressQuery = { livretProgress: { cohort: string, academicYear: string, livrets: number, periods: Array<{ period: number, complete: number, objectives: { done: number, missing: number, late: number, upcoming: number }, tutorEvaluations: { done: number, missing: number, late: number, upcoming: number }, selfEvaluations: { done: number, missing: number, late: number, upcoming: number } }>, alternants: Array<{ livretId: string, name: string, periods: Array<{ number: number, to: string, objectives: LivretSheetState, tutorEvaluation: LivretSheetState, selfEvaluation: LivretSheetState }> }> } };

export type LivretSettingsQueryVariables = Exact<{
  cohort: string;
  academicYear: string;
}>;


export type LivretSettingsQuery = { livretSettings: { version: number, trainingStart: string, soutenance: string, firstVisit: string, secondVisit: string, commonDates: boolean, graceDays: number, reminderDaysBefore: number } };

export type SaveLivretSettingsMutationVariables = Exact<{
  cohort: string;
  academicYear: string;
  version: number;
  input: LivretSettingsInput;
}>;


export type SaveLivretSettingsMutation = { saveLivretSettings: { settings: { version: number, trainingStart: string, soutenance: string, firstVisit: string, secondVisit: string, commonDates: boolean, graceDays: number, reminderDaysBefore: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type OpenLivretsMutationVariables = Exact<{
  cohort: string;
  academicYear: string;
}>;


export type OpenLivretsMutation = { openLivrets: { created: number, errors: Array<{ code: string, message: string, field: string | null }> } };

export type SendLivretRemindersMutationVariables = Exact<{ [key: string]: never; }>;


export type SendLivretRemindersMutation = { sendLivretReminders: { sent: number, errors: Array<{ code: string, message: string }> } };

export type ResendConfirmationLinkMutationVariables = Exact<{
  id: string | number;
  version: number;
  party: ConfirmingParty;
}>;


export type ResendConfirmationLinkMutation = { resendConfirmationLink: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, version: number } | null } };

export type MissionFicheFragment = { id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, requestDate: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, stageAltApproved: boolean | null, returnComment: string | null, rejectionReason: string | null, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null };

export type MissionDetailQueryVariables = Exact<{
  id: string | number;
  office: boolean;
}>;


export type MissionDetailQuery = { mission: { id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, requestDate: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, stageAltApproved: boolean | null, returnComment: string | null, rejectionReason: string | null, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, contract: { id: string } | null, confirmations: Array<{ id: string, party: ConfirmingParty, email: string, requestedAt: string, confirmedAt: string | null, errorComment: string | null, errorReportedAt: string | null, reminderDueAt: string | null, remindersSent: number }>, auditTrail?: Array<{ id: string, at: string, action: string, actorLabel: string, role: string, comment: string | null, fields: Array<string> }>, mails?: Array<{ id: string, to: string, subject: string, template: string, state: OutboxState, createdAt: string, sentAt: string | null, text: string }>, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null } | null };

export type ReturnMissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment: string;
}>;


export type ReturnMissionMutation = { returnMission: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, state: MissionState, version: number } | null } };

export type RequestConfirmationsMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RequestConfirmationsMutation = { requestMissionConfirmations: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, state: MissionState, version: number } | null } };

export type ValidateMissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  acceptWarnings?: boolean | null | undefined;
}>;


export type ValidateMissionMutation = { validateMission: { errors: Array<{ code: string, message: string, field: string | null }>, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, mission: { id: string, state: MissionState, version: number, contract: { id: string } | null } | null } };

export type RejectMissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectMissionMutation = { rejectMission: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, state: MissionState, version: number } | null } };

export type MissionListQueryVariables = Exact<{
  filter?: MissionFilter | null | undefined;
  sort?: MissionSort | null | undefined;
  first: number;
  offset: number;
}>;


export type MissionListQuery = { missionCount: number, missions: Array<{ id: string, state: MissionState, waitingDays: number | null, cohort: string, contractType: string, startDate: string | null, endDate: string | null, requestDate: string | null, findings: Array<{ code: string, severity: Severity }>, organisation: { id: string, name: string } | null, student: { id: string, firstName: string, lastName: string } }> };

export type ApproveStageAltMutationVariables = Exact<{
  id: string | number;
  version: number;
  approved: boolean;
}>;


export type ApproveStageAltMutation = { approveStageAlt: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, version: number, stageAltApproved: boolean | null } | null } };

export type OffersQueryVariables = Exact<{ [key: string]: never; }>;


export type OffersQuery = { offers: Array<{ id: string, reference: string, title: string, description: string, cohort: string | null, contractType: string | null, state: OfferState, closedAt: string | null, version: number, organisation: { id: string, name: string } | null }> };

export type PublishOfferMutationVariables = Exact<{
  input: OfferInput;
}>;


export type PublishOfferMutation = { publishOffer: { errors: Array<{ code: string, message: string, field: string | null }>, offer: { id: string } | null } };

export type CloseOfferMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseOfferMutation = { closeOffer: { errors: Array<{ code: string, message: string, field: string | null }>, offer: { id: string, state: OfferState, version: number } | null } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokenScopes: Array<string>, apiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<string>, state: ApiTokenState, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, partner: string | null, replacesId: string | null }>, integrationPartners: Array<{ code: string, label: string, contractTypes: Array<string>, scopes: Array<string> }> };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { errors: Array<{ code: string, message: string, field: string | null }>, token: { id: string, revokedAt: string | null } | null } };

export type AuditLogQueryVariables = Exact<{
  actor?: string | null | undefined;
  action?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first: number;
  offset: number;
}>;


export type AuditLogQuery = { auditEventCount: number, auditEvents: Array<{ id: string, at: string, actorLabel: string, role: string, entityType: string, entityId: string, action: string, fields: Array<string>, comment: string | null }>, auditFacets: { actions: Array<string>, entityTypes: Array<string> } };

export type PersonalDataStudentsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type PersonalDataStudentsQuery = { students: Array<{ id: string, firstName: string, lastName: string, email: string, cohort: string, version: number }> };

export type PersonalDataExportQueryVariables = Exact<{
  studentId: string | number;
}>;


export type PersonalDataExportQuery = { personalDataExport: unknown };

export type ErasePersonalDataMutationVariables = Exact<{
  studentId: string | number;
  version: number;
}>;


export type ErasePersonalDataMutation = { erasePersonalData: { errors: Array<{ code: string, message: string, field: string | null }>, student: { id: string } | null } };

export type WebhookDeliveriesQueryVariables = Exact<{
  state?: WebhookDeliveryState | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhooks: Array<{ id: string, url: string, partner: string | null, types: Array<string>, active: boolean, createdAt: string }>, webhookDeliveries: Array<{ id: string, eventType: string, entityId: string, state: WebhookDeliveryState, attempts: number, lastStatus: number | null, lastError: string | null, nextAttemptAt: string, sentAt: string | null, createdAt: string, endpoint: { id: string, url: string } }> };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { errors: Array<{ code: string, message: string, field: string | null }>, delivery: { id: string, state: WebhookDeliveryState, attempts: number } | null } };

export type LinkMissionQueryVariables = Exact<{
  id: string | number;
}>;


export type LinkMissionQuery = { mission: { id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, requestDate: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, stageAltApproved: boolean | null, returnComment: string | null, rejectionReason: string | null, contract: { id: string } | null, confirmations: Array<{ id: string, party: ConfirmingParty, email: string, confirmedAt: string | null, errorReportedAt: string | null, errorComment: string | null }>, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null } | null };

export type ConfirmMissionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmMissionMutation = { confirmMission: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, state: MissionState } | null } };

export type ReportMissionErrorMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type ReportMissionErrorMutation = { reportMissionError: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, state: MissionState } | null } };

export type ReferenceSectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceSectionsQuery = { referenceData: Array<{ key: string, data: unknown, version: number, updatedAt: string }> };

export type UpdateReferenceSectionMutationVariables = Exact<{
  key: string;
  data: unknown;
  version: number;
}>;


export type UpdateReferenceSectionMutation = { updateReferenceSection: { errors: Array<{ code: string, message: string, field: string | null }>, section: { key: string, data: unknown, version: number, updatedAt: string } | null } };

export type StartRosterImportMutationVariables = Exact<{
  rows: Array<RosterImportRow> | RosterImportRow;
}>;


export type StartRosterImportMutation = { startRosterImport: { job: { id: string, state: RosterImportJobState, total: number, processed: number } | null, errors: Array<{ code: string, message: string, field: string | null, index: number | null }> } };

export type RosterImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type RosterImportJobQuery = { rosterImportJob: { id: string, state: RosterImportJobState, total: number, processed: number, imported: number, errors: Array<{ code: string, message: string, field: string | null, index: number | null }> } | null };

export type RosterRowsExportQueryVariables = Exact<{
  filter?: RosterFilter | null | undefined;
}>;


export type RosterRowsExportQuery = { rosterRows: Array<{ missionId: string, lastName: string, firstName: string, birthDate: string | null, cohort: string, group: string | null, status: string, contractType: string, requestDate: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, repeating: boolean, professionalisationValidated: boolean, foreign: boolean, aptObtained: boolean, company: string | null, monthlyGrossPay: number | null, missionState: MissionState }> };

export type ReferenceDataForRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataForRulesQuery = { referenceData: Array<{ key: string, data: unknown }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, role: Role, displayName: string, email: string | null, studentId: string | null } | null };

export type StudentRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type StudentRecordQuery = { student: { id: string, version: number, firstName: string, lastName: string, email: string, phone: string | null, birthDate: string | null, status: StudentStatus, nationality: string | null, foreign: boolean, aptObtained: boolean, aptObtainedOn: string | null, cohort: string, group: string | null, repeating: boolean, professionalisationValidated: boolean, site: string | null, academicTutor: { id: string, displayName: string } | null } | null, academicTutors: Array<{ id: string, displayName: string, email: string }> };

export type UpdateStudentRecordMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: StudentInput;
}>;


export type UpdateStudentRecordMutation = { updateStudent: { errors: Array<{ code: string, message: string, field: string | null }>, student: { id: string, version: number } | null } };

export type RecordAptMutationVariables = Exact<{
  id: string | number;
  version: number;
  obtainedOn?: string | null | undefined;
}>;


export type RecordAptMutation = { recordApt: { errors: Array<{ code: string, message: string, field: string | null }>, student: { id: string, version: number, aptObtained: boolean, aptObtainedOn: string | null } | null } };

export type StudentListQueryVariables = Exact<{
  cohort?: string | null | undefined;
  search?: string | null | undefined;
  first: number;
  offset: number;
}>;


export type StudentListQuery = { students: Array<{ id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus, foreign: boolean, aptObtained: boolean, academicTutor: { id: string, displayName: string } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const LivretDetailsFragmentDoc = new TypedDocumentString(`
    fragment LivretDetails on Livret {
  id
  version
  student {
    id
    firstName
    lastName
  }
  cohort
  academicYear
  companyTutorName
  general {
    jobTitle
    missionSummary
    professionalProject
  }
  overrides {
    firstVisit
    secondVisit
    soutenance
  }
  periods {
    number
    from
    to
    endSource
    dueDate
    sheets {
      id
      version
      code
      author
      label
      labelEn
      mandatory
      state
      text
      answers {
        criterion
        level
        comment
      }
      grid {
        id
        number
        scale {
          code
          label
        }
        competences {
          code
          label
          criteria {
            code
            label
          }
        }
      }
      submittedAt
      submittedBy
      attachment {
        name
        kind
        size
        url
      }
      editable
    }
  }
}
    `, {"fragmentName":"LivretDetails"}) as unknown as TypedDocumentString<LivretDetailsFragment, unknown>;
export const MissionFicheFragmentDoc = new TypedDocumentString(`
    fragment MissionFiche on Mission {
  id
  state
  version
  cohort
  group
  contractType
  cproReason
  title
  context
  objectives
  deliverables
  offerReference
  requestDate
  validationDate
  startDate
  endDate
  hoursPerDay
  monthlyGrossPay
  smcMonthly
  previousRatePercent
  stageAltApproved
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
  }
  organisation {
    id
    name
    siret
    address
    opco
  }
  workOrganisation {
    id
    name
    siret
    address
  }
  tutor1 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  tutor2 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  hrContact {
    id
    firstName
    lastName
    email
    phone
  }
}
    `, {"fragmentName":"MissionFiche"}) as unknown as TypedDocumentString<MissionFicheFragment, unknown>;
export const ChangeProposalsDocument = new TypedDocumentString(`
    query ChangeProposals($state: ProposalState, $first: Int!, $offset: Int!) {
  changeProposals(state: $state, first: $first, offset: $offset) {
    id
    version
    state
    startDate
    endDate
    monthlyGrossPay
    comment
    createdAt
    decidedAt
    mission {
      id
      version
      cohort
      contractType
      startDate
      endDate
      monthlyGrossPay
      student {
        id
        lastName
        firstName
      }
    }
  }
}
    `, {"hash":"sha256:f57835d2faef906cb33d3a15ae4dca70b916935cbbfbe4343822cd91ace6d81f"}) as unknown as TypedDocumentString<ChangeProposalsQuery, ChangeProposalsQueryVariables>;
export const DecideChangeProposalDocument = new TypedDocumentString(`
    mutation DecideChangeProposal($id: ID!, $version: Int!, $accept: Boolean!) {
  decideChangeProposal(id: $id, version: $version, accept: $accept) {
    proposal {
      id
      state
      version
    }
    mission {
      id
      version
      startDate
      endDate
      monthlyGrossPay
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:497caa69fca714415cdffa902870d282f4c64c254865e01cbfdf596bd14bac88"}) as unknown as TypedDocumentString<DecideChangeProposalMutation, DecideChangeProposalMutationVariables>;
export const ContractDetailsDocument = new TypedDocumentString(`
    query ContractDetails($id: ID!) {
  contract(id: $id) {
    id
    version
    contractType
    startDate
    endDate
    hoursPerDay
    monthlyGrossPay
    student {
      id
      firstName
      lastName
      cohort
    }
    mission {
      id
      state
    }
    windows {
      startDate {
        min
        max
      }
      endDate {
        min
        max
      }
    }
    findings {
      code
      severity
      field
      message
      messageEn
      ref
      window {
        min
        max
      }
    }
    figures {
      billableHours
      cost
      unbilledHours
    }
    paySegments {
      from
      to
      gridYear
      ageBracket
      ratePercent
      base
      monthlyMinimumGross
    }
    checklist {
      id
      code
      label
      labelEn
      done
      doneAt
      dueDate
      mandatory
      overdue
      ref
      responsible
      originals
      version
    }
  }
}
    `, {"hash":"sha256:0cc9b24cdc95fd3f8a74c720571ce14baf1aafd08d390be06b7cd62cee6a56f6"}) as unknown as TypedDocumentString<ContractDetailsQuery, ContractDetailsQueryVariables>;
export const SetChecklistItemDoneDocument = new TypedDocumentString(`
    mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!) {
  setChecklistItemDone(id: $id, version: $version, done: $done) {
    errors {
      code
      message
      field
    }
    item {
      id
      done
      doneAt
      overdue
      version
    }
  }
}
    `, {"hash":"sha256:076b4ef719cbc0d46dafc87ffd24b5f03b2411555e0f0badcdf604446eb373ab"}) as unknown as TypedDocumentString<SetChecklistItemDoneMutation, SetChecklistItemDoneMutationVariables>;
export const ContractListDocument = new TypedDocumentString(`
    query ContractList($filter: ContractFilter, $first: Int!, $offset: Int!) {
  contracts(filter: $filter, first: $first, offset: $offset) {
    id
    contractType
    startDate
    endDate
    monthlyGrossPay
    student {
      id
      firstName
      lastName
      cohort
    }
    findings {
      code
      severity
    }
  }
}
    `, {"hash":"sha256:0739f945dbf8cdb6e97d2788a2bf4f0b20d41139e893aae060968cb036ce9c11"}) as unknown as TypedDocumentString<ContractListQuery, ContractListQueryVariables>;
export const MyContractDocument = new TypedDocumentString(`
    query MyContract {
  contracts(first: 1) {
    id
  }
}
    `, {"hash":"sha256:d4431f8a0402be9053da86d07c23f2f2ea624d8453bc4219e166a58a99664a61"}) as unknown as TypedDocumentString<MyContractQuery, MyContractQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  dashboard {
    missionsByState {
      key
      count
    }
    contractsByType {
      key
      count
    }
    contractsByCohort {
      key
      count
    }
    contractsBySite {
      key
      count
    }
    findingsByCode {
      key
      count
    }
    overdueChecklistItems
    upcomingStarts {
      id
      startDate
      contractType
      student {
        id
        firstName
        lastName
        cohort
      }
      mission {
        id
      }
    }
  }
}
    `, {"hash":"sha256:30ed9eef3f81d9d02d865457f8ac5c2c88d7c223f0f0c2c0666ebd63920905fe"}) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const SaveMissionDraftDocument = new TypedDocumentString(`
    mutation SaveMissionDraft($id: ID, $version: Int, $input: MissionInput!) {
  saveMissionDraft(id: $id, version: $version, input: $input) {
    errors {
      code
      message
      field
    }
    mission {
      id
      version
      state
    }
  }
}
    `, {"hash":"sha256:abc308d619092b65f5d340a9c87a96ea548a42d73a706062ac6c0bcc1b6f580a"}) as unknown as TypedDocumentString<SaveMissionDraftMutation, SaveMissionDraftMutationVariables>;
export const SubmitMissionDocument = new TypedDocumentString(`
    mutation SubmitMission($id: ID!, $version: Int!) {
  submitMission(id: $id, version: $version) {
    errors {
      code
      message
      field
    }
    findings {
      code
      severity
      field
      message
      messageEn
      ref
      window {
        min
        max
      }
    }
    mission {
      id
      version
      state
    }
  }
}
    `, {"hash":"sha256:90835884ab63c5582cd1f7d66b1c36a9004a84a4d0b5d33ba41f2fb447a7b1c7"}) as unknown as TypedDocumentString<SubmitMissionMutation, SubmitMissionMutationVariables>;
export const MyFicheDocument = new TypedDocumentString(`
    query MyFiche($studentId: ID!) {
  student(id: $studentId) {
    id
    firstName
    lastName
    cohort
    status
    birthDate
    repeating
    professionalisationValidated
    foreign
    aptObtained
  }
  missions(first: 20) {
    ...MissionFiche
    requestDate
    findings {
      code
      severity
      field
      message
      messageEn
      ref
      window {
        min
        max
      }
    }
    contract {
      id
    }
  }
}
    fragment MissionFiche on Mission {
  id
  state
  version
  cohort
  group
  contractType
  cproReason
  title
  context
  objectives
  deliverables
  offerReference
  requestDate
  validationDate
  startDate
  endDate
  hoursPerDay
  monthlyGrossPay
  smcMonthly
  previousRatePercent
  stageAltApproved
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
  }
  organisation {
    id
    name
    siret
    address
    opco
  }
  workOrganisation {
    id
    name
    siret
    address
  }
  tutor1 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  tutor2 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  hrContact {
    id
    firstName
    lastName
    email
    phone
  }
}`, {"hash":"sha256:b9fd55633b2cf937eef616400a154cffa1919739c6c5ab7f468bcf73da2c884d"}) as unknown as TypedDocumentString<MyFicheQuery, MyFicheQueryVariables>;
export const SaveLivretSheetDocument = new TypedDocumentString(`
    mutation SaveLivretSheet($input: SaveLivretSheetInput!) {
  saveLivretSheet(input: $input) {
    livret {
      ...LivretDetails
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment LivretDetails on Livret {
  id
  version
  student {
    id
    firstName
    lastName
  }
  cohort
  academicYear
  companyTutorName
  general {
    jobTitle
    missionSummary
    professionalProject
  }
  overrides {
    firstVisit
    secondVisit
    soutenance
  }
  periods {
    number
    from
    to
    endSource
    dueDate
    sheets {
      id
      version
      code
      author
      label
      labelEn
      mandatory
      state
      text
      answers {
        criterion
        level
        comment
      }
      grid {
        id
        number
        scale {
          code
          label
        }
        competences {
          code
          label
          criteria {
            code
            label
          }
        }
      }
      submittedAt
      submittedBy
      attachment {
        name
        kind
        size
        url
      }
      editable
    }
  }
}`, {"hash":"sha256:49439874ea50ad33b69948a924c767a08454dc70e3cca196e71382847020704a"}) as unknown as TypedDocumentString<SaveLivretSheetMutation, SaveLivretSheetMutationVariables>;
export const CurrentLivretGridDocument = new TypedDocumentString(`
    query CurrentLivretGrid {
  currentLivretGrid {
    id
    number
    createdBy
    createdAt
    scale {
      code
      label
    }
    competences {
      code
      label
      criteria {
        code
        label
      }
    }
  }
}
    `, {"hash":"sha256:b314ef021f103e7eb6f7f332de767d90a508b7d7310522359bd4847bf40ed203"}) as unknown as TypedDocumentString<CurrentLivretGridQuery, CurrentLivretGridQueryVariables>;
export const PublishLivretGridDocument = new TypedDocumentString(`
    mutation PublishLivretGrid($input: LivretGridInput!) {
  publishLivretGrid(input: $input) {
    grid {
      id
      number
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:713626e20e53033c078a4addd218d8b85252682ca6fc33ddf056922225a0a9c1"}) as unknown as TypedDocumentString<PublishLivretGridMutation, PublishLivretGridMutationVariables>;
export const LivretDocument = new TypedDocumentString(`
    query Livret($id: ID!) {
  livret(id: $id) {
    ...LivretDetails
  }
}
    fragment LivretDetails on Livret {
  id
  version
  student {
    id
    firstName
    lastName
  }
  cohort
  academicYear
  companyTutorName
  general {
    jobTitle
    missionSummary
    professionalProject
  }
  overrides {
    firstVisit
    secondVisit
    soutenance
  }
  periods {
    number
    from
    to
    endSource
    dueDate
    sheets {
      id
      version
      code
      author
      label
      labelEn
      mandatory
      state
      text
      answers {
        criterion
        level
        comment
      }
      grid {
        id
        number
        scale {
          code
          label
        }
        competences {
          code
          label
          criteria {
            code
            label
          }
        }
      }
      submittedAt
      submittedBy
      attachment {
        name
        kind
        size
        url
      }
      editable
    }
  }
}`, {"hash":"sha256:7735ef2c6f0233663d0c7ca82c5156910c2ac1ea6e55bf9438b809645bc16d7e"}) as unknown as TypedDocumentString<LivretQuery, LivretQueryVariables>;
export const MyLivretsDocument = new TypedDocumentString(`
    query MyLivrets {
  myLivrets {
    ...LivretDetails
  }
}
    fragment LivretDetails on Livret {
  id
  version
  student {
    id
    firstName
    lastName
  }
  cohort
  academicYear
  companyTutorName
  general {
    jobTitle
    missionSummary
    professionalProject
  }
  overrides {
    firstVisit
    secondVisit
    soutenance
  }
  periods {
    number
    from
    to
    endSource
    dueDate
    sheets {
      id
      version
      code
      author
      label
      labelEn
      mandatory
      state
      text
      answers {
        criterion
        level
        comment
      }
      grid {
        id
        number
        scale {
          code
          label
        }
        competences {
          code
          label
          criteria {
            code
            label
          }
        }
      }
      submittedAt
      submittedBy
      attachment {
        name
        kind
        size
        url
      }
      editable
    }
  }
}`, {"hash":"sha256:7acbecc27f44943f9d8e60cfc423fb8b2c9f257b43ef8bcef2b285512a52384f"}) as unknown as TypedDocumentString<MyLivretsQuery, MyLivretsQueryVariables>;
export const SaveLivretGeneralDocument = new TypedDocumentString(`
    mutation SaveLivretGeneral($id: ID!, $version: Int!, $input: LivretGeneralInput!) {
  saveLivretGeneral(id: $id, version: $version, input: $input) {
    livret {
      ...LivretDetails
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment LivretDetails on Livret {
  id
  version
  student {
    id
    firstName
    lastName
  }
  cohort
  academicYear
  companyTutorName
  general {
    jobTitle
    missionSummary
    professionalProject
  }
  overrides {
    firstVisit
    secondVisit
    soutenance
  }
  periods {
    number
    from
    to
    endSource
    dueDate
    sheets {
      id
      version
      code
      author
      label
      labelEn
      mandatory
      state
      text
      answers {
        criterion
        level
        comment
      }
      grid {
        id
        number
        scale {
          code
          label
        }
        competences {
          code
          label
          criteria {
            code
            label
          }
        }
      }
      submittedAt
      submittedBy
      attachment {
        name
        kind
        size
        url
      }
      editable
    }
  }
}`, {"hash":"sha256:f53e547fac3beb6110878cc5c1904b58856922ddf1f125dc808db70435747363"}) as unknown as TypedDocumentString<SaveLivretGeneralMutation, SaveLivretGeneralMutationVariables>;
export const OverrideLivretDatesDocument = new TypedDocumentString(`
    mutation OverrideLivretDates($id: ID!, $version: Int!, $input: LivretOverridesInput!) {
  overrideLivretDates(id: $id, version: $version, input: $input) {
    livret {
      ...LivretDetails
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment LivretDetails on Livret {
  id
  version
  student {
    id
    firstName
    lastName
  }
  cohort
  academicYear
  companyTutorName
  general {
    jobTitle
    missionSummary
    professionalProject
  }
  overrides {
    firstVisit
    secondVisit
    soutenance
  }
  periods {
    number
    from
    to
    endSource
    dueDate
    sheets {
      id
      version
      code
      author
      label
      labelEn
      mandatory
      state
      text
      answers {
        criterion
        level
        comment
      }
      grid {
        id
        number
        scale {
          code
          label
        }
        competences {
          code
          label
          criteria {
            code
            label
          }
        }
      }
      submittedAt
      submittedBy
      attachment {
        name
        kind
        size
        url
      }
      editable
    }
  }
}`, {"hash":"sha256:4b0593520fb3b56f64a0bdc1510a144d1bdd9d5e2c12c07fc5eb1ed7f8996208"}) as unknown as TypedDocumentString<OverrideLivretDatesMutation, OverrideLivretDatesMutationVariables>;
export const ReopenLivretSheetDocument = new TypedDocumentString(`
    mutation ReopenLivretSheet($id: ID!, $version: Int!, $reason: String!) {
  reopenLivretSheet(id: $id, version: $version, reason: $reason) {
    livret {
      ...LivretDetails
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment LivretDetails on Livret {
  id
  version
  student {
    id
    firstName
    lastName
  }
  cohort
  academicYear
  companyTutorName
  general {
    jobTitle
    missionSummary
    professionalProject
  }
  overrides {
    firstVisit
    secondVisit
    soutenance
  }
  periods {
    number
    from
    to
    endSource
    dueDate
    sheets {
      id
      version
      code
      author
      label
      labelEn
      mandatory
      state
      text
      answers {
        criterion
        level
        comment
      }
      grid {
        id
        number
        scale {
          code
          label
        }
        competences {
          code
          label
          criteria {
            code
            label
          }
        }
      }
      submittedAt
      submittedBy
      attachment {
        name
        kind
        size
        url
      }
      editable
    }
  }
}`, {"hash":"sha256:2a94620fdc86e08b5ddb72edcaace687b8be68bfe80e8015ac96b2269627f054"}) as unknown as TypedDocumentString<ReopenLivretSheetMutation, ReopenLivretSheetMutationVariables>;
export const SendLivretLinkDocument = new TypedDocumentString(`
    mutation SendLivretLink($id: ID!) {
  sendLivretLink(id: $id) {
    livret {
      id
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:759b83ef907eb236780e7f566c27c89ce3d601b8d08e5af20b249a739d1473a4"}) as unknown as TypedDocumentString<SendLivretLinkMutation, SendLivretLinkMutationVariables>;
export const LivretProgressDocument = new TypedDocumentString(`
    query LivretProgress($cohort: String!, $academicYear: String!) {
  livretProgress(cohort: $cohort, academicYear: $academicYear) {
    cohort
    academicYear
    livrets
    periods {
      period
      complete
      objectives {
        done
        missing
        late
        upcoming
      }
      tutorEvaluations {
        done
        missing
        late
        upcoming
      }
      selfEvaluations {
        done
        missing
        late
        upcoming
      }
    }
    alternants {
      livretId
      name
      periods {
        number
        to
        objectives
        tutorEvaluation
        selfEvaluation
      }
    }
  }
}
    `, {"hash":"sha256:ac0d6cbfd4be8ce223e9cba13bf2f07d59ddad682a46307af77e5a9517114c5a"}) as unknown as TypedDocumentString<LivretProgressQuery, LivretProgressQueryVariables>;
export const LivretSettingsDocument = new TypedDocumentString(`
    query LivretSettings($cohort: String!, $academicYear: String!) {
  livretSettings(cohort: $cohort, academicYear: $academicYear) {
    version
    trainingStart
    soutenance
    firstVisit
    secondVisit
    commonDates
    graceDays
    reminderDaysBefore
  }
}
    `, {"hash":"sha256:ba2e1d9fa703c62d41825ccfd94868cbb4a0fc368d928900089fa1b3230edb58"}) as unknown as TypedDocumentString<LivretSettingsQuery, LivretSettingsQueryVariables>;
export const SaveLivretSettingsDocument = new TypedDocumentString(`
    mutation SaveLivretSettings($cohort: String!, $academicYear: String!, $version: Int!, $input: LivretSettingsInput!) {
  saveLivretSettings(
    cohort: $cohort
    academicYear: $academicYear
    version: $version
    input: $input
  ) {
    settings {
      version
      trainingStart
      soutenance
      firstVisit
      secondVisit
      commonDates
      graceDays
      reminderDaysBefore
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:f2d09db90caa7764ab5713977fc7e747eec167ce2ea5b7be9cfc391e162e4f29"}) as unknown as TypedDocumentString<SaveLivretSettingsMutation, SaveLivretSettingsMutationVariables>;
export const OpenLivretsDocument = new TypedDocumentString(`
    mutation OpenLivrets($cohort: String!, $academicYear: String!) {
  openLivrets(cohort: $cohort, academicYear: $academicYear) {
    created
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:fd9db909b8649cfb04a2d29cbebdca466ea24796b0a137f8f1aa787ccc1f8c4a"}) as unknown as TypedDocumentString<OpenLivretsMutation, OpenLivretsMutationVariables>;
export const SendLivretRemindersDocument = new TypedDocumentString(`
    mutation SendLivretReminders {
  sendLivretReminders {
    sent
    errors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:48f550aafe3cc3ee81bf167cecc304ae864a44eca7c506b7d0734a6890437e9f"}) as unknown as TypedDocumentString<SendLivretRemindersMutation, SendLivretRemindersMutationVariables>;
export const ResendConfirmationLinkDocument = new TypedDocumentString(`
    mutation ResendConfirmationLink($id: ID!, $version: Int!, $party: ConfirmingParty!) {
  resendConfirmationLink(id: $id, version: $version, party: $party) {
    errors {
      code
      message
      field
    }
    mission {
      id
      version
    }
  }
}
    `, {"hash":"sha256:69ac6081655df5efe2e1421bc6e5b4393cc80be0c0be3fea7fae8679d92d0689"}) as unknown as TypedDocumentString<ResendConfirmationLinkMutation, ResendConfirmationLinkMutationVariables>;
export const MissionDetailDocument = new TypedDocumentString(`
    query MissionDetail($id: ID!, $office: Boolean!) {
  mission(id: $id) {
    ...MissionFiche
    findings {
      code
      severity
      field
      message
      messageEn
      ref
      window {
        min
        max
      }
    }
    contract {
      id
    }
    confirmations {
      id
      party
      email
      requestedAt
      confirmedAt
      errorComment
      errorReportedAt
      reminderDueAt
      remindersSent
    }
    auditTrail @include(if: $office) {
      id
      at
      action
      actorLabel
      role
      comment
      fields
    }
    mails @include(if: $office) {
      id
      to
      subject
      template
      state
      createdAt
      sentAt
      text
    }
  }
}
    fragment MissionFiche on Mission {
  id
  state
  version
  cohort
  group
  contractType
  cproReason
  title
  context
  objectives
  deliverables
  offerReference
  requestDate
  validationDate
  startDate
  endDate
  hoursPerDay
  monthlyGrossPay
  smcMonthly
  previousRatePercent
  stageAltApproved
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
  }
  organisation {
    id
    name
    siret
    address
    opco
  }
  workOrganisation {
    id
    name
    siret
    address
  }
  tutor1 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  tutor2 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  hrContact {
    id
    firstName
    lastName
    email
    phone
  }
}`, {"hash":"sha256:1eabe718529f9f66e7923ed63336f398e201cdb3b408f6115a1ae678d997566b"}) as unknown as TypedDocumentString<MissionDetailQuery, MissionDetailQueryVariables>;
export const ReturnMissionDocument = new TypedDocumentString(`
    mutation ReturnMission($id: ID!, $version: Int!, $comment: String!) {
  returnMission(id: $id, version: $version, comment: $comment) {
    errors {
      code
      message
      field
    }
    mission {
      id
      state
      version
    }
  }
}
    `, {"hash":"sha256:4b63a5dc617dbb9b2af168b5b3c5ec22f42b63d78abe0a0aabc36647fac14b94"}) as unknown as TypedDocumentString<ReturnMissionMutation, ReturnMissionMutationVariables>;
export const RequestConfirmationsDocument = new TypedDocumentString(`
    mutation RequestConfirmations($id: ID!, $version: Int!) {
  requestMissionConfirmations(id: $id, version: $version) {
    errors {
      code
      message
      field
    }
    mission {
      id
      state
      version
    }
  }
}
    `, {"hash":"sha256:bc195e745e3f3427265a9c98a357dc49c4597e9febacafd0147fb5cc1eefafb2"}) as unknown as TypedDocumentString<RequestConfirmationsMutation, RequestConfirmationsMutationVariables>;
export const ValidateMissionDocument = new TypedDocumentString(`
    mutation ValidateMission($id: ID!, $version: Int!, $acceptWarnings: Boolean) {
  validateMission(id: $id, version: $version, acceptWarnings: $acceptWarnings) {
    errors {
      code
      message
      field
    }
    findings {
      code
      severity
      field
      message
      messageEn
      ref
      window {
        min
        max
      }
    }
    mission {
      id
      state
      version
      contract {
        id
      }
    }
  }
}
    `, {"hash":"sha256:c1fbc3f8a0e9ae2333c43382b5fc1adf0fdd5350b86e81a39c14610bfd022ba7"}) as unknown as TypedDocumentString<ValidateMissionMutation, ValidateMissionMutationVariables>;
export const RejectMissionDocument = new TypedDocumentString(`
    mutation RejectMission($id: ID!, $version: Int!, $reason: String!) {
  rejectMission(id: $id, version: $version, reason: $reason) {
    errors {
      code
      message
      field
    }
    mission {
      id
      state
      version
    }
  }
}
    `, {"hash":"sha256:8b8ca786405b3d87c7646a5b7667bd95bf246992bc7bbacf0bef228e6c39abfd"}) as unknown as TypedDocumentString<RejectMissionMutation, RejectMissionMutationVariables>;
export const MissionListDocument = new TypedDocumentString(`
    query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $offset: Int!) {
  missionCount(filter: $filter)
  missions(filter: $filter, sort: $sort, first: $first, offset: $offset) {
    id
    state
    waitingDays
    cohort
    contractType
    startDate
    endDate
    requestDate
    findings {
      code
      severity
    }
    organisation {
      id
      name
    }
    student {
      id
      firstName
      lastName
    }
  }
}
    `, {"hash":"sha256:b7c028127540bc247d3f7790ea3ee376806f9e879f487d823d6a4138e216d58b"}) as unknown as TypedDocumentString<MissionListQuery, MissionListQueryVariables>;
export const ApproveStageAltDocument = new TypedDocumentString(`
    mutation ApproveStageAlt($id: ID!, $version: Int!, $approved: Boolean!) {
  approveStageAlt(id: $id, version: $version, approved: $approved) {
    errors {
      code
      message
      field
    }
    mission {
      id
      version
      stageAltApproved
    }
  }
}
    `, {"hash":"sha256:a8ec6fa1597972c011677b078508d494b7d8187f5c24f864594ca882e721d73d"}) as unknown as TypedDocumentString<ApproveStageAltMutation, ApproveStageAltMutationVariables>;
export const OffersDocument = new TypedDocumentString(`
    query Offers {
  offers(first: 100) {
    id
    reference
    title
    description
    cohort
    contractType
    state
    closedAt
    version
    organisation {
      id
      name
    }
  }
}
    `, {"hash":"sha256:0710f8d636de5fa932636fe0a2b2de525657752043fff63de3d01055472bb321"}) as unknown as TypedDocumentString<OffersQuery, OffersQueryVariables>;
export const PublishOfferDocument = new TypedDocumentString(`
    mutation PublishOffer($input: OfferInput!) {
  publishOffer(input: $input) {
    errors {
      code
      message
      field
    }
    offer {
      id
    }
  }
}
    `, {"hash":"sha256:dd9c4d1d54f43d88c3be11208fdc570238bc0674361341a139fe75814d0c07cb"}) as unknown as TypedDocumentString<PublishOfferMutation, PublishOfferMutationVariables>;
export const CloseOfferDocument = new TypedDocumentString(`
    mutation CloseOffer($id: ID!, $version: Int!) {
  closeOffer(id: $id, version: $version) {
    errors {
      code
      message
      field
    }
    offer {
      id
      state
      version
    }
  }
}
    `, {"hash":"sha256:119e64f6a2be2f4d0d4de68e16ea74170e303ec55f9e428778b4c37988d33dd4"}) as unknown as TypedDocumentString<CloseOfferMutation, CloseOfferMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    scopes
    state
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    partner
    replacesId
  }
  apiTokenScopes
  integrationPartners {
    code
    label
    contractTypes
    scopes
  }
}
    `, {"hash":"sha256:2041a6b032874e32d5c1ef6dcd5ab81f73ad82b6fb72c46e522f899dc26dd491"}) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    errors {
      code
      message
      field
    }
    token {
      id
      revokedAt
    }
  }
}
    `, {"hash":"sha256:dd1574f2fdf3c7a5b89e88f89dc3f6d0f9aaf3c22f0837d6f7496a3ddbe7b57b"}) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!) {
  auditEventCount(
    actor: $actor
    action: $action
    entityType: $entityType
    from: $from
    to: $to
  )
  auditEvents(
    actor: $actor
    action: $action
    entityType: $entityType
    from: $from
    to: $to
    first: $first
    offset: $offset
  ) {
    id
    at
    actorLabel
    role
    entityType
    entityId
    action
    fields
    comment
  }
  auditFacets {
    actions
    entityTypes
  }
}
    `, {"hash":"sha256:5354ed99082712c67edee49446792c27296b72c37c8eea47e1dd2e8e39bcf19d"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const PersonalDataStudentsDocument = new TypedDocumentString(`
    query PersonalDataStudents($search: String, $first: Int!) {
  students(search: $search, first: $first) {
    id
    firstName
    lastName
    email
    cohort
    version
  }
}
    `, {"hash":"sha256:befdc9b537fbbeb45bc24e34c16243c81e4fe911ed84ee4c7f1cb271de55a37b"}) as unknown as TypedDocumentString<PersonalDataStudentsQuery, PersonalDataStudentsQueryVariables>;
export const PersonalDataExportDocument = new TypedDocumentString(`
    query PersonalDataExport($studentId: ID!) {
  personalDataExport(studentId: $studentId)
}
    `, {"hash":"sha256:7c2f0f7c8c876ab482de0af898f50916ed59c40f150d935d8cd986e4c55078a2"}) as unknown as TypedDocumentString<PersonalDataExportQuery, PersonalDataExportQueryVariables>;
export const ErasePersonalDataDocument = new TypedDocumentString(`
    mutation ErasePersonalData($studentId: ID!, $version: Int!) {
  erasePersonalData(studentId: $studentId, version: $version) {
    errors {
      code
      message
      field
    }
    student {
      id
    }
  }
}
    `, {"hash":"sha256:4966213ca39b88ac73f5b7bb2afffd640d91cb8ed8582129d9268712448870bf"}) as unknown as TypedDocumentString<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($state: WebhookDeliveryState) {
  webhooks {
    id
    url
    partner
    types
    active
    createdAt
  }
  webhookDeliveries(state: $state, first: 100) {
    id
    eventType
    entityId
    state
    attempts
    lastStatus
    lastError
    nextAttemptAt
    sentAt
    createdAt
    endpoint {
      id
      url
    }
  }
}
    `, {"hash":"sha256:f05814f7ccff1ac7e0d1e816859f4085322220fd1bf8e4a66ac36cd877d9a7cc"}) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(id: $id) {
    errors {
      code
      message
      field
    }
    delivery {
      id
      state
      attempts
    }
  }
}
    `, {"hash":"sha256:358b7a12f3ebc300b05b1e793693ab8caf533579220567896768027a9209c656"}) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const LinkMissionDocument = new TypedDocumentString(`
    query LinkMission($id: ID!) {
  mission(id: $id) {
    ...MissionFiche
    contract {
      id
    }
    confirmations {
      id
      party
      email
      confirmedAt
      errorReportedAt
      errorComment
    }
  }
}
    fragment MissionFiche on Mission {
  id
  state
  version
  cohort
  group
  contractType
  cproReason
  title
  context
  objectives
  deliverables
  offerReference
  requestDate
  validationDate
  startDate
  endDate
  hoursPerDay
  monthlyGrossPay
  smcMonthly
  previousRatePercent
  stageAltApproved
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
  }
  organisation {
    id
    name
    siret
    address
    opco
  }
  workOrganisation {
    id
    name
    siret
    address
  }
  tutor1 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  tutor2 {
    id
    firstName
    lastName
    email
    phone
    jobTitle
  }
  hrContact {
    id
    firstName
    lastName
    email
    phone
  }
}`, {"hash":"sha256:eada419b2fcbf904af376a0a43ee40d3fdd4e79e22e3bc5d4b2529331448c1a8"}) as unknown as TypedDocumentString<LinkMissionQuery, LinkMissionQueryVariables>;
export const ConfirmMissionDocument = new TypedDocumentString(`
    mutation ConfirmMission($id: ID!) {
  confirmMission(id: $id) {
    errors {
      code
      message
      field
    }
    mission {
      id
      state
    }
  }
}
    `, {"hash":"sha256:4b04c06493d686c7202a22328a727d9c0fc05104c5ca9aad33f58103a50c2d90"}) as unknown as TypedDocumentString<ConfirmMissionMutation, ConfirmMissionMutationVariables>;
export const ReportMissionErrorDocument = new TypedDocumentString(`
    mutation ReportMissionError($id: ID!, $comment: String!) {
  reportMissionError(id: $id, comment: $comment) {
    errors {
      code
      message
      field
    }
    mission {
      id
      state
    }
  }
}
    `, {"hash":"sha256:fe324121c48ceda603ec3c302fb7e2f63823537a6de3b20f8727fc006b6f1caf"}) as unknown as TypedDocumentString<ReportMissionErrorMutation, ReportMissionErrorMutationVariables>;
export const ReferenceSectionsDocument = new TypedDocumentString(`
    query ReferenceSections {
  referenceData {
    key
    data
    version
    updatedAt
  }
}
    `, {"hash":"sha256:c563372c7ee2f19d6cb62e6a9c7e38687ff295411af79682556db7883caad70d"}) as unknown as TypedDocumentString<ReferenceSectionsQuery, ReferenceSectionsQueryVariables>;
export const UpdateReferenceSectionDocument = new TypedDocumentString(`
    mutation UpdateReferenceSection($key: String!, $data: JSON!, $version: Int!) {
  updateReferenceSection(key: $key, data: $data, version: $version) {
    errors {
      code
      message
      field
    }
    section {
      key
      data
      version
      updatedAt
    }
  }
}
    `, {"hash":"sha256:0f7861a5805e902831ece69cc8c9e9a6c97cca6779ed297c36ea1eae2d2768e0"}) as unknown as TypedDocumentString<UpdateReferenceSectionMutation, UpdateReferenceSectionMutationVariables>;
export const StartRosterImportDocument = new TypedDocumentString(`
    mutation StartRosterImport($rows: [RosterImportRow!]!) {
  startRosterImport(rows: $rows) {
    job {
      id
      state
      total
      processed
    }
    errors {
      code
      message
      field
      index
    }
  }
}
    `, {"hash":"sha256:84f7ce0e1aba251c06d5b1c23efd79267dbf61040a91e37797719880b49ea4dd"}) as unknown as TypedDocumentString<StartRosterImportMutation, StartRosterImportMutationVariables>;
export const RosterImportJobDocument = new TypedDocumentString(`
    query RosterImportJob($id: ID!) {
  rosterImportJob(id: $id) {
    id
    state
    total
    processed
    imported
    errors {
      code
      message
      field
      index
    }
  }
}
    `, {"hash":"sha256:91bdfbf4eda2b2e130f1936d711fcb89af21aa2cb76c952d404f942ce3429716"}) as unknown as TypedDocumentString<RosterImportJobQuery, RosterImportJobQueryVariables>;
export const RosterRowsExportDocument = new TypedDocumentString(`
    query RosterRowsExport($filter: RosterFilter) {
  rosterRows(filter: $filter) {
    missionId
    lastName
    firstName
    birthDate
    cohort
    group
    status
    contractType
    requestDate
    validationDate
    startDate
    endDate
    repeating
    professionalisationValidated
    foreign
    aptObtained
    company
    monthlyGrossPay
    missionState
  }
}
    `, {"hash":"sha256:f287a597601c1d6d0ad35c75c563832c1bfc347f797643e69f99de3741bb656e"}) as unknown as TypedDocumentString<RosterRowsExportQuery, RosterRowsExportQueryVariables>;
export const ReferenceDataForRulesDocument = new TypedDocumentString(`
    query ReferenceDataForRules {
  referenceData {
    key
    data
  }
}
    `, {"hash":"sha256:4ccb2b4bd22dd76cd4df9c2355ab7f3bc98628d79587b725530c5bd338991c54"}) as unknown as TypedDocumentString<ReferenceDataForRulesQuery, ReferenceDataForRulesQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    role
    displayName
    email
    studentId
  }
}
    `, {"hash":"sha256:7ccc52185c944501fd91cec657800b953e18cdd938388a002dbad599f2413a39"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const StudentRecordDocument = new TypedDocumentString(`
    query StudentRecord($id: ID!) {
  student(id: $id) {
    id
    version
    firstName
    lastName
    email
    phone
    birthDate
    status
    nationality
    foreign
    aptObtained
    aptObtainedOn
    cohort
    group
    repeating
    professionalisationValidated
    site
    academicTutor {
      id
      displayName
    }
  }
  academicTutors {
    id
    displayName
    email
  }
}
    `, {"hash":"sha256:1422cfee443af1f3dde81600306bad73eadee9032ea9b59621653a49f007000b"}) as unknown as TypedDocumentString<StudentRecordQuery, StudentRecordQueryVariables>;
export const UpdateStudentRecordDocument = new TypedDocumentString(`
    mutation UpdateStudentRecord($id: ID!, $version: Int!, $input: StudentInput!) {
  updateStudent(id: $id, version: $version, input: $input) {
    errors {
      code
      message
      field
    }
    student {
      id
      version
    }
  }
}
    `, {"hash":"sha256:b63cb959e000abc08ab23d33afdbd6d453743b1b10fb990b5cfb33b88a40188a"}) as unknown as TypedDocumentString<UpdateStudentRecordMutation, UpdateStudentRecordMutationVariables>;
export const RecordAptDocument = new TypedDocumentString(`
    mutation RecordApt($id: ID!, $version: Int!, $obtainedOn: Date) {
  recordApt(studentId: $id, version: $version, obtainedOn: $obtainedOn) {
    errors {
      code
      message
      field
    }
    student {
      id
      version
      aptObtained
      aptObtainedOn
    }
  }
}
    `, {"hash":"sha256:615e3c45dc3d753ce5fcfa2809c879b7b859220baeccd83a1e72f355a2e62529"}) as unknown as TypedDocumentString<RecordAptMutation, RecordAptMutationVariables>;
export const StudentListDocument = new TypedDocumentString(`
    query StudentList($cohort: String, $search: String, $first: Int!, $offset: Int!) {
  students(cohort: $cohort, search: $search, first: $first, offset: $offset) {
    id
    firstName
    lastName
    email
    cohort
    status
    foreign
    aptObtained
    academicTutor {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:9bfbb04dcda4a3c8a5d071d881a96c85269bb2b27325b7302304d7969c3bc7b6"}) as unknown as TypedDocumentString<StudentListQuery, StudentListQueryVariables>;