/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AbsenceFilter = {
  cohort?: string | null | undefined;
  from?: string | null | undefined;
  reason?: AbsenceReason | null | undefined;
  state?: JustificationState | null | undefined;
  studentId?: string | number | null | undefined;
  to?: string | null | undefined;
};

/** One row of an attendance export: who was absent on which half-day. */
export type AbsenceImportRowInput = {
  date?: string | null | undefined;
  half?: string | null | undefined;
  studentEmail?: string | null | undefined;
};

/**
 * One justification document for every absence of a half-day range (§4.3; a reason the manager
 * decides, §4.3.3): from a day's morning or afternoon to another's, both included.
 */
export type AbsenceJustificationInput = {
  /** The absences the client saw covered, with the versions it read: any difference (one added, changed or settled since) is a CONFLICT, nothing written. */
  absences: Array<AbsenceVersionInput>;
  /** The one document (PDF, JPEG or PNG, 5 MB at most) attached to each absence it covers. */
  file: WorkStoppageFileInput;
  from: string;
  fromHalf: HalfDay;
  reason: string;
  /** Office only: whose absences (a student justifies their own). */
  studentId?: string | number | null | undefined;
  to: string;
  toHalf: HalfDay;
};

/** Why the alternant was away (§4.3.1 medical, §4.3.2 professional, §4.3.3 other). */
export type AbsenceReason =
  | 'MEDICAL'
  | 'OTHER'
  | 'PROFESSIONAL'
  /**
   * Read only: a medical (§4.3.1) or other (§4.3.3) reason, told to whoever may not read the
   * justification (ABSENCE_JUSTIFICATION: the academic tutor, the direction, a partner's token) —
   * the two read alike. As a filter it matches what the reader reads so; never stored nor accepted as a reason.
   */
  | 'UNDISCLOSED'
  | 'UNKNOWN';

export type AbsenceVersionInput = {
  id: string | number;
  version: number;
};

export type AlternantFollowUpFilter = {
  /** Only the alternants of this academic tutor. */
  academicTutorId?: string | number | null | undefined;
  /** Default: the academic year in progress. */
  academicYear?: string | null | undefined;
  cohort?: string | null | undefined;
  /** Only alternants with a late visit (VISIT_LATE). */
  lateOnly?: boolean | null | undefined;
  /** Only alternants with a visit whose report is due (« compte rendu à saisir », visitReportStage DUE): planned on a day now past, no report recorded. */
  reportDueOnly?: boolean | null | undefined;
  search?: string | null | undefined;
  /** One alternant only. */
  studentId?: string | number | null | undefined;
  /** Only alternants with a visit proposal to chase (« à relancer », §4.6 note 34): declined by a company tutor, or unanswered once its slots are past. */
  toChaseOnly?: boolean | null | undefined;
  unassignedOnly?: boolean | null | undefined;
};

export type ApiTokenLimitsInput = {
  adHocDocuments: boolean;
  id: string | number;
  maxCost?: number | null | undefined;
  maxDepth?: number | null | undefined;
  /** Null: the server's default. */
  rateLimitPerMinute?: number | null | undefined;
  version: number;
};

export type ApiTokenState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type CalendarFeedKind =
  | 'ACADEMIC_TUTOR'
  | 'COMPANY_TUTOR'
  | 'STUDENT';

export type CompanyTutorChangeInput = {
  /** Signature date of the avenant: required for an apprenticeship, whatever the change (TUTOR_CHANGE_AVENANT_REQUIRED, §3.1). */
  avenantSignedOn?: string | null | undefined;
  /** The new tutor's first day; the previous one's last is the day before. Within the contract (TUTOR_CHANGE_OUTSIDE_CONTRACT). */
  effectiveOn: string;
  reason: string;
  /** 1: the tutor of the signing organisation (replaced, never removed); 2: the second tutor. */
  slot: number;
  /** The new tutor; null removes tutor 2. */
  tutor?: TutorInput | null | undefined;
};

/** Which company tutor of a mission: the first (of the organisation that signs) or the second (§3.1). */
export type CompanyTutorSlot =
  | 'TUTOR1'
  | 'TUTOR2';

export type ConfirmingParty =
  | 'COMPANY_TUTOR_1'
  | 'COMPANY_TUTOR_2'
  | 'HR_CONTACT';

export type ContractExtensionInput = {
  /** The cohort of the repeated year, when another one: the DFC windows are checked against it; it must have a year of the repeated programme (EXTENSION_COHORT_MISMATCH). */
  cohort?: string | null | undefined;
  /** The new end date (DFC) of the amendment. */
  newEndDate: string;
  /**
   * Optional: the repeated programme (L3I, M1 or M2) is derived from the contract — its
   * cohort, or the year the closure recorded as repeated (§4.5). Given and different, the
   * extension is refused (EXTENSION_PROGRAMME_MISMATCH on input.programme).
   */
  programme?: string | null | undefined;
  reason: string;
  /** Date the avenant was signed. */
  signedOn: string;
};

export type ContractFilter = {
  cohort?: string | null | undefined;
  contractType?: string | null | undefined;
  /** Only contracts with a checklist item overdue. */
  overdue?: boolean | null | undefined;
};

/** A file, base64-encoded (PDF only, 5 MB at most; the type is read from the bytes). */
export type DocumentUpload = {
  contentBase64: string;
  fileName: string;
};

export type ExtensionPreviewInput = {
  cohort?: string | null | undefined;
  newEndDate: string;
  /** Optional: the repeated programme is derived from the contract (§4.5); another one is refused (EXTENSION_PROGRAMME_MISMATCH). */
  programme?: string | null | undefined;
};

/** Morning or afternoon: calendars, absences and visits count in half-days (§2.2). */
export type HalfDay =
  | 'AM'
  | 'PM';

export type HalfDayInput = {
  date: string;
  half: HalfOfDay;
};

export type HalfDayKind =
  | 'COMPANY'
  | 'PUBLIC_HOLIDAY'
  | 'REST'
  | 'REVISION'
  | 'TRAINING'
  | 'VACATION';

export type HalfOfDay =
  | 'AM'
  | 'PM';

/** Where the justification stands; JUSTIFIED and UNJUSTIFIED are final. */
export type JustificationState =
  | 'AWAITING_DECISION'
  | 'AWAITING_STOPPAGE'
  | 'JUSTIFIED'
  /**
   * Read only: AWAITING_STOPPAGE or AWAITING_DECISION, as whoever may not read the justification
   * (ABSENCE_JUSTIFICATION) reads them — an awaited stoppage would say « maladie » (§4.3.1). As a
   * filter, both awaiting states, for every reader.
   */
  | 'PENDING'
  | 'RECORDED'
  | 'UNJUSTIFIED';

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

/** What a student can expect of the livret d'alternance (§4.7), which the manager opens for the alternants only. */
export type LivretExpectation =
  /** A validated mission of an alternance contract (apprenticeship, professionalisation, work-study internship): the manager opens its livret. */
  | 'ALTERNANT'
  /** A validated mission without an alternance contract (a classic internship, no contract): the livret d'alternance does not concern them, nothing is expected of them. */
  | 'NOT_ALTERNANT'
  /** No validated mission yet: the livret comes with a validated alternance. */
  | 'NO_MISSION';

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

/** A professional-absence request a company tutor mailed to the direction (§4.3.2 step 1), recorded by the direction. */
export type MailedProfessionalAbsenceInput = {
  firstDay: string;
  firstHalf: HalfDay;
  lastDay: string;
  lastHalf: HalfDay;
  reason: string;
  /** The day the mail reached the direction: the 10 jours ouvrables are counted from it; not in the future. */
  receivedOn: string;
  studentId: string | number;
  /** Which of the alternant's company tutors sent the mail (their mission on the period's first day). */
  tutor: CompanyTutorSlot;
};

export type MediationInput = {
  actions: string;
  difficulty: string;
  heldOn: string;
  outcome: MediationOutcome;
};

export type MediationOutcome =
  | 'FAILED'
  | 'ONGOING'
  | 'RESOLVED';

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
  /** Apprentices: the contract is an extra year needed for a disability (+15 points, §4.2.1, note 27). */
  disabilityExtraYear?: boolean | null | undefined;
  endDate?: string | null | undefined;
  group?: string | null | undefined;
  /** Apprentices: already holds a higher-education diploma (+15 points, §4.2.1). */
  higherEducationDiploma?: boolean | null | undefined;
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

/** How a student receives the offers the MIAGE diffuses (§3.2). */
export type OfferAlertFrequency =
  /** One mail a day listing the offers published since the last one (the default). */
  | 'DAILY'
  /** Each offer by mail as soon as it is published. */
  | 'IMMEDIATE'
  /** No mail: the offers page still lists them. */
  | 'NONE';

export type OfferInput = {
  cohort?: string | null | undefined;
  contractType?: string | null | undefined;
  description?: string | null | undefined;
  /** The offer's OPA by name and SIRET (created on first use), instead of organisationId: a fiche of that SIRET then matches the offer (§3.2). */
  organisation?: OrganisationInput | null | undefined;
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

export type ProfessionalAbsenceInput = {
  firstDay: string;
  firstHalf: HalfDay;
  lastDay: string;
  lastHalf: HalfDay;
  reason: string;
};

export type ProfessionalAbsenceState =
  | 'GRANTED'
  | 'PENDING'
  | 'REFUSED';

export type ProposalState =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type ProposeVisitSlotsInput = {
  /** Default: the academic year in progress. */
  academicYear?: string | null | undefined;
  /** Keep slots that carry VISIT_* warnings (the explanation was read). An error — a school day on the published calendar, VISIT_NOT_ON_COMPANY_DAY (note 34) — is refused all the same. */
  acknowledgeWarnings?: boolean | null | undefined;
  slots: Array<VisitSlotInput>;
  studentId: string | number;
  visitNumber: number;
};

export type RecordAbsencesInput = {
  date: string;
  half: HalfDay;
  /** The students absent on that half-day (from the group's day sheet). */
  studentIds: Array<string | number>;
};

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

export type RuptureState =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'REQUESTED';

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

/** Who sends a work stoppage: only the host organisation's counts (§4.3.1). */
export type StoppageSender =
  | 'HOST'
  | 'STUDENT';

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

/** Where the office stands with an FC student's convention de formation (domain: fcTrainingAgreement). */
export type TrainingAgreementState =
  /** Due within the checklist's warning days. */
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'SIGNED'
  | 'TO_DO';

export type TutorAssignmentInput = {
  studentId: string | number;
  /** The student's version as read: a stale one gives CONFLICT. */
  version: number;
};

/** MODIFICATION: another person in the slot; ADDITION: a tutor 2 where there was none; REMOVAL: tutor 2 removed (§3.1). */
export type TutorChangeKind =
  | 'ADDITION'
  | 'MODIFICATION'
  | 'REMOVAL';

/** The new company tutor of a slot. */
export type TutorInput = {
  email: string;
  firstName: string;
  jobTitle?: string | null | undefined;
  lastName: string;
  phone?: string | null | undefined;
};

export type VisitFormat =
  | 'ON_SITE'
  | 'REMOTE';

export type VisitReportInput = {
  activities: string;
  attendees: string;
  followUpNeeded: boolean;
  followUpNote?: string | null | undefined;
  pointsOfAttention: string;
  progress: string;
  tutorOpinion: string;
};

/**
 * Where a visit's report (« compte rendu », §4.6) stands (domain visitReportStage): NOT_YET, planned on
 * a day to come; OPEN, today is its day; DUE, its day has passed without a report (« compte rendu à
 * saisir »: the visit took place, it is neither planned nor late — its report is what is owed);
 * RECORDED, held with its report.
 */
export type VisitReportStage =
  | 'DUE'
  | 'NOT_YET'
  | 'OPEN'
  | 'RECORDED';

export type VisitSlotInput = {
  date: string;
  format: VisitFormat;
  half: HalfDay;
  location: string;
};

export type VisitState =
  | 'CANCELLED'
  | 'HELD'
  | 'PROPOSED'
  | 'SCHEDULED';

export type WebhookDeliveryState =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type WorkStoppageFileInput = {
  /** The file's bytes, base64; its type is read from them (PDF, JPEG or PNG), at most 5 MB. */
  base64: string;
  name: string;
};

export type WorkStoppageInput = {
  file: WorkStoppageFileInput;
  from: string;
  issuedOn: string;
  /** Office only: the day the host organisation's mail arrived (default: today). */
  receivedOn?: string | null | undefined;
  /** Office only: who sent it (a student's stoppage is refused, §4.3.1). */
  sender?: StoppageSender | null | undefined;
  to: string;
};

export type YearOutcome =
  | 'LEAVES'
  | 'PASSES'
  | 'REPEATS';

export type YearOutcomeInput = {
  /** M1 repeated under contract: the OPCO expressly agreed to keep it (its document is required). */
  opcoAgreement?: boolean | null | undefined;
  opcoDocument?: DocumentUpload | null | undefined;
  outcome: YearOutcome;
  studentId: string | number;
  /** The student's version shown by the preview. */
  version?: number | null | undefined;
};

export type AbsenceFieldsFragment = { id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null };

export type AbsencesQueryVariables = Exact<{
  filter?: AbsenceFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type AbsencesQuery = { absences: Array<{ id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null }> };

export type AttendanceQueryVariables = Exact<{
  studentId: string | number;
}>;


export type AttendanceQuery = { attendance: { trainingHours: number, missedHalfDays: number, missedHours: number, justifiedHours: number, unjustifiedHours: number, pendingHours: number, missedPercent: number } | null };

export type AbsenceDaySheetQueryVariables = Exact<{
  cohort: string;
  group?: string | null | undefined;
  date: string;
  half: HalfDay;
}>;


export type AbsenceDaySheetQuery = { absenceDaySheet: Array<{ training: boolean, student: { id: string, firstName: string, lastName: string, group: string | null }, absence: { id: string, state: JustificationState } | null }> };

export type RecordAbsencesMutationVariables = Exact<{
  input: RecordAbsencesInput;
}>;


export type RecordAbsencesMutation = { recordAbsences: { absences: Array<{ id: string }> | null, errors: Array<{ code: string, message: string, field: string | null, index: number | null }> } };

export type PreviewAbsenceImportMutationVariables = Exact<{
  rows: Array<AbsenceImportRowInput> | AbsenceImportRowInput;
}>;


export type PreviewAbsenceImportMutation = { previewAbsenceImport: { rows: Array<{ index: number, date: string, half: HalfDay, studentId: string, studentName: string, duplicate: boolean }>, errors: Array<{ code: string, message: string, field: string | null, index: number | null }> } };

export type ImportAbsencesMutationVariables = Exact<{
  rows: Array<AbsenceImportRowInput> | AbsenceImportRowInput;
}>;


export type ImportAbsencesMutation = { importAbsences: { absences: Array<{ id: string }> | null, errors: Array<{ code: string, message: string, field: string | null, index: number | null }> } };

export type DeclareMedicalAbsenceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeclareMedicalAbsenceMutation = { declareMedicalAbsence: { absence: { id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type GiveAbsenceReasonMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type GiveAbsenceReasonMutation = { giveAbsenceReason: { absence: { id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type DecideAbsenceMutationVariables = Exact<{
  id: string | number;
  version: number;
  accept: boolean;
  comment?: string | null | undefined;
}>;


export type DecideAbsenceMutation = { decideAbsence: { absence: { id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type CloseAbsenceUnjustifiedMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment?: string | null | undefined;
}>;


export type CloseAbsenceUnjustifiedMutation = { closeAbsenceUnjustified: { absence: { id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type DeleteAbsenceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteAbsenceMutation = { deleteAbsence: { absence: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type SendWorkStoppageMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: WorkStoppageInput;
}>;


export type SendWorkStoppageMutation = { sendWorkStoppage: { absence: { id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null } | null, covered: Array<{ id: string, date: string, half: HalfDay, state: JustificationState }> | null, errors: Array<{ code: string, message: string, field: string | null }>, findings: Array<{ code: string, message: string, ref: string }> } };

export type JustifyAbsencesMutationVariables = Exact<{
  input: AbsenceJustificationInput;
}>;


export type JustifyAbsencesMutation = { justifyAbsences: { absences: Array<{ id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null }> | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ProfessionalAbsenceRequestsQueryVariables = Exact<{
  state?: ProfessionalAbsenceState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProfessionalAbsenceRequestsQuery = { professionalAbsenceRequests: Array<{ id: string, cursor: string, version: number, firstDay: string, firstHalf: HalfDay, lastDay: string, lastHalf: HalfDay, reason: string, requestedBy: string, requestedOn: string, recordedBy: string | null, teachersConsulted: Array<string>, state: ProfessionalAbsenceState, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, student: { id: string, firstName: string, lastName: string, cohort: string } }> };

export type DecideProfessionalAbsenceMutationVariables = Exact<{
  id: string | number;
  version: number;
  grant: boolean;
  comment?: string | null | undefined;
}>;


export type DecideProfessionalAbsenceMutation = { decideProfessionalAbsence: { request: { id: string, state: ProfessionalAbsenceState } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type RequestProfessionalAbsenceMutationVariables = Exact<{
  input: ProfessionalAbsenceInput;
}>;


export type RequestProfessionalAbsenceMutation = { requestProfessionalAbsence: { request: { id: string, state: ProfessionalAbsenceState, firstDay: string } | null, errors: Array<{ code: string, message: string, field: string | null }>, findings: Array<{ code: string, message: string, ref: string }> } };

export type SendProfessionalAbsenceLinkMutationVariables = Exact<{
  studentId: string | number;
}>;


export type SendProfessionalAbsenceLinkMutation = { sendProfessionalAbsenceLink: { sent: number, errors: Array<{ code: string, message: string, field: string | null }> } };

export type AbsenceLinkContextQueryVariables = Exact<{ [key: string]: never; }>;


export type AbsenceLinkContextQuery = { absenceLinkContext: { purpose: string, studentName: string, organisationName: string | null, earliestFirstDay: string | null, absence: { id: string, version: number, date: string, half: HalfDay, state: JustificationState, reason: AbsenceReason, comment: string | null, organisationName: string | null, hours: number, deadline: string | null, decidedBy: string | null, decidedAt: string | null, decisionComment: string | null, recordedBy: string, source: string | null, student: { id: string, firstName: string, lastName: string, cohort: string, group: string | null }, stoppage: { issuedOn: string, from: string, to: string, receivedOn: string, sentBy: string, fileName: string | null, mediaType: string | null, size: number | null } | null, document: { fileName: string, mediaType: string, size: number } | null } | null, requests: Array<{ id: string, firstDay: string, firstHalf: HalfDay, lastDay: string, lastHalf: HalfDay, reason: string, state: ProfessionalAbsenceState, decisionComment: string | null, requestedOn: string }> } | null };

export type AbsenceStatementsQueryVariables = Exact<{
  month: string;
}>;


export type AbsenceStatementsQuery = { absenceStatements: Array<{ organisationId: string, organisationName: string, month: string, totalHours: number, sentAt: string | null, lines: Array<{ studentName: string, date: string, half: HalfDay, hours: number, reason: AbsenceReason, declaredAt: string | null }> }> };

export type RecordMailedProfessionalAbsenceMutationVariables = Exact<{
  input: MailedProfessionalAbsenceInput;
}>;


export type RecordMailedProfessionalAbsenceMutation = { recordMailedProfessionalAbsence: { request: { id: string, state: ProfessionalAbsenceState, firstDay: string, requestedOn: string } | null, errors: Array<{ code: string, message: string, field: string | null }>, findings: Array<{ code: string, message: string, ref: string }> } };

export type ProfessionalRequestStudentsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type ProfessionalRequestStudentsQuery = { students: Array<{ id: string, firstName: string, lastName: string, cohort: string }> };

export type ConsultProfessionalAbsenceTeachersMutationVariables = Exact<{
  id: string | number;
  version: number;
  teacherEmails: Array<string> | string;
}>;


export type ConsultProfessionalAbsenceTeachersMutation = { consultProfessionalAbsenceTeachers: { request: { id: string, version: number, teachersConsulted: Array<string> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type CalendarFeedsQueryVariables = Exact<{
  kind: CalendarFeedKind;
  subjectId: string | number;
}>;


export type CalendarFeedsQuery = { calendarFeeds: Array<{ id: string, createdAt: string, lastReadAt: string | null }> };

export type CreateCalendarFeedMutationVariables = Exact<{
  kind: CalendarFeedKind;
  subjectId: string | number;
}>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string | null, feed: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: { feed: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type CalendarListQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarListQuery = { calendars: Array<{ code: string, provisional: boolean, inForce: number }> };

export type CalendarEditorQueryVariables = Exact<{
  code: string;
}>;


export type CalendarEditorQuery = { calendar: { id: string, code: string, version: number, label: string, from: string, to: string, provisional: boolean, inForce: number, cohorts: Array<string>, days: Array<{ date: string, am: HalfDayKind, pm: HalfDayKind, period: string | null, label: string | null }>, draftChanges: Array<{ date: string, half: HalfOfDay, before: HalfDayKind | null, after: HalfDayKind | null }>, hoursPreview: Array<{ cohort: string, contractType: string, contracts: number, trainingHalfDaysInForce: number, trainingHalfDaysDraft: number, billableHoursInForce: number, billableHoursDraft: number, costInForce: number, costDraft: number }>, versions: Array<{ id: string, number: number, publishedAt: string, publishedBy: string, comment: string | null, provisional: boolean, changes: Array<{ date: string, half: HalfOfDay, before: HalfDayKind | null, after: HalfDayKind | null }> }> } | null };

export type SetCalendarHalfDaysMutationVariables = Exact<{
  code: string;
  version: number;
  from: HalfDayInput;
  to: HalfDayInput;
  kind: HalfDayKind;
}>;


export type SetCalendarHalfDaysMutation = { setCalendarHalfDays: { calendar: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type DiscardCalendarDraftMutationVariables = Exact<{
  code: string;
  version: number;
}>;


export type DiscardCalendarDraftMutation = { discardCalendarDraft: { calendar: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type PublishCalendarMutationVariables = Exact<{
  code: string;
  version: number;
  comment?: string | null | undefined;
}>;


export type PublishCalendarMutation = { publishCalendar: { notified: number, contractsRecomputed: number, version: { number: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type CalendarImportPreviewQueryVariables = Exact<{
  code: string;
  cells: unknown;
}>;


export type CalendarImportPreviewQuery = { calendarImportPreview: { format: string, rows: number, changes: Array<{ date: string, half: HalfOfDay, before: HalfDayKind | null, after: HalfDayKind | null }>, errors: Array<{ row: number, field: string, message: string }> } };

export type ImportCalendarMutationVariables = Exact<{
  code: string;
  version: number;
  cells: unknown;
}>;


export type ImportCalendarMutation = { importCalendar: { calendar: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, index: number | null }> } };

export type ContactCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactCalendarsQuery = { contactCalendars: Array<{ studentName: string, contractEnd: string, calendars: Array<{ code: string, label: string, days: Array<{ date: string, am: HalfDayKind, pm: HalfDayKind, period: string | null, label: string | null }> }> }> };

export type StudentCalendarsQueryVariables = Exact<{
  studentId: string | number;
}>;


export type StudentCalendarsQuery = { studentCalendars: Array<{ code: string, label: string, version: number, exceptions: Array<{ date: string, half: HalfOfDay, before: HalfDayKind | null, after: HalfDayKind | null }>, days: Array<{ date: string, am: HalfDayKind, pm: HalfDayKind, period: string | null, label: string | null }> }> };

export type SetStudentCalendarHalfDaysMutationVariables = Exact<{
  studentId: string | number;
  code: string;
  version: number;
  from: HalfDayInput;
  to: HalfDayInput;
  kind: HalfDayKind;
}>;


export type SetStudentCalendarHalfDaysMutation = { setStudentCalendarHalfDays: { calendar: { code: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ClearStudentCalendarMutationVariables = Exact<{
  studentId: string | number;
  code: string;
  version: number;
}>;


export type ClearStudentCalendarMutation = { clearStudentCalendar: { calendar: { code: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

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

export type ContactContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactContextQuery = { contactContext: { asker: string, studentFirstName: string, studentLastName: string, contractType: string | null, site: string | null, academicTutor: { displayName: string, email: string } | null } | null };

export type ContractDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractDetailsQuery = { contract: { id: string, version: number, contractType: string, startDate: string, endDate: string, hoursPerDay: number | null, monthlyGrossPay: number | null, signed: boolean, signingDate: string | null, contractNumber: string | null, opcoDepositDate: string | null, opcoDepositNumber: string | null, student: { id: string, firstName: string, lastName: string, cohort: string }, mission: { id: string, state: MissionState }, windows: { startDate: { min: string | null, max: string | null }, endDate: { min: string | null, max: string | null } }, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, figures: { billableHours: number | null, cost: number | null, unbilledHours: number | null }, trainingFigures: { billableHours: number | null, cost: number | null, costPerHour: number | null, unbilledHours: number | null, unbilledCost: number | null, trainingHalfDays: number, calendars: Array<string>, provisional: boolean, revision: { revisionHalfDays: number, workedDays: number, entitlementDays: number, remainingHalfDays: number } | null, volumes: Array<{ programme: string, name: string, trainingHours: number, teachingHours: number, annualCost: number | null }> }, paySegments: Array<{ from: string, to: string, gridYear: number | null, ageBracket: string, ratePercent: number, base: string, monthlyMinimumGross: number, extension: boolean }>, gratification: { fteDays: number, due: boolean, hoursPerDay: number, hourlyMinimum: number, months: Array<{ month: string, companyDays: number, minimum: number }> } | null, payBenefits: { netEqualsGross: boolean, fullExemptionUntil: string, familyAllowancePercent: number, ref: string, incomeTax: Array<{ year: number, from: string, to: string, annualSmic: number, share: number, ceiling: number, agreedPay: number | null, taxableExcess: number | null }>, familyAllowance: Array<{ from: string, to: string, monthlyThreshold: number, agreedWithin: boolean | null }> } | null, checklist: Array<{ id: string, code: string, label: string, labelEn: string, done: boolean, doneAt: string | null, dueDate: string, sansDelai: boolean, mandatory: boolean, overdue: boolean, ref: string, responsible: string, originals: number | null, version: number }> } | null };

export type SetChecklistItemDoneMutationVariables = Exact<{
  id: string | number;
  version: number;
  done: boolean;
}>;


export type SetChecklistItemDoneMutation = { setChecklistItemDone: { errors: Array<{ code: string, message: string, field: string | null }>, item: { id: string, done: boolean, doneAt: string | null, overdue: boolean, version: number } | null } };

export type ContractListQueryVariables = Exact<{
  filter?: ContractFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ContractListQuery = { contracts: Array<{ id: string, cursor: string, contractType: string, startDate: string, endDate: string, monthlyGrossPay: number | null, student: { id: string, firstName: string, lastName: string, cohort: string }, findings: Array<{ code: string, severity: Severity }> }> };

export type MyContractQueryVariables = Exact<{ [key: string]: never; }>;


export type MyContractQuery = { contracts: Array<{ id: string }> };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { dashboard: { overdueChecklistItems: number, fcTrainingAgreementsDue: number, fcTrainingAgreementsOverdue: number, missionsByState: Array<{ key: string, count: number }>, contractsByType: Array<{ key: string, count: number }>, contractsByCohort: Array<{ key: string, count: number }>, contractsBySite: Array<{ key: string, count: number }>, findingsByCode: Array<{ key: string, count: number }>, upcomingStarts: Array<{ id: string, startDate: string, contractType: string, student: { id: string, firstName: string, lastName: string, cohort: string }, mission: { id: string } }> } };

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

export type FichePublishedOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type FichePublishedOffersQuery = { offers: Array<{ reference: string, cohort: string | null, contractType: string | null, organisation: { name: string, siret: string } | null }> };

export type MyFicheQueryVariables = Exact<{
  studentId: string | number;
}>;


export type MyFicheQuery = { student: { id: string, version: number, firstName: string, lastName: string, cohort: string, trackWish: string | null, siteWish: string | null, wishedOn: string | null, status: StudentStatus, birthDate: string | null, repeating: boolean, professionalisationValidated: boolean, foreign: boolean | null, aptObtained: boolean | null, wishChoices: { tracks: Array<{ code: string, label: string }>, sites: Array<{ code: string, label: string }> } } | null, missions: Array<{ requestDate: string | null, afterRuptureLastDay: string | null, id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, higherEducationDiploma: boolean | null, disabilityExtraYear: boolean | null, stageAltApproved: boolean | null, derogationReason: string | null, derogationBy: string | null, derogationOn: string | null, derogationPossible: boolean, returnComment: string | null, rejectionReason: string | null, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, contract: { id: string } | null, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus, group: string | null, trackWish: string | null }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null }> };

export type ContractLifecycleQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractLifecycleQuery = { contract: { id: string, version: number, status: string, contractType: string, startDate: string, endDate: string, student: { id: string, cohort: string }, mission: { id: string, tutor1: { id: string, firstName: string, lastName: string, email: string } | null, tutor2: { id: string, firstName: string, lastName: string, email: string } | null }, tutorChanges: Array<{ id: string, slot: number, kind: TutorChangeKind, effectiveOn: string, previousTutorUntil: string, avenantSignedOn: string | null, reason: string | null, recordedBy: string, previousTutor: { id: string, firstName: string, lastName: string } | null, newTutor: { id: string, firstName: string, lastName: string } | null }>, amendments: Array<{ id: string, kind: string, scope: string, programme: string, cohort: string | null, previousEndDate: string, newEndDate: string, reason: string, signedOn: string, createdAt: string }>, mediations: Array<{ id: string, difficulty: string, actions: string, outcome: MediationOutcome, mediatorLabel: string, heldOn: string }>, ruptures: Array<{ id: string, version: number, state: RuptureState, reason: string, requestedByRole: string, requestedByLabel: string, declaredBySource: string | null, declaredLastDay: string | null, lastDay: string | null, startedOn: string | null, plannedEndDate: string, steps: Array<{ id: string, version: number, key: string, label: string, labelEn: string, toParty: string, form: string, count: number, needsScan: boolean, done: boolean, doneAt: string | null, scan: { fileName: string, size: number } | null }> }> } | null };

export type RecordMediationMutationVariables = Exact<{
  contractId: string | number;
  input: MediationInput;
}>;


export type RecordMediationMutation = { recordMediation: { mediation: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type RequestRuptureMutationVariables = Exact<{
  contractId: string | number;
  reason: string;
}>;


export type RequestRuptureMutation = { requestRupture: { rupture: { id: string, state: RuptureState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type StartRuptureMutationVariables = Exact<{
  contractId: string | number;
  ruptureId?: string | number | null | undefined;
  version?: number | null | undefined;
  reason?: string | null | undefined;
  lastDay: string;
  skipMediation?: boolean | null | undefined;
}>;


export type StartRuptureMutation = { startRupture: { rupture: { id: string, state: RuptureState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SetRuptureStepDoneMutationVariables = Exact<{
  id: string | number;
  version: number;
  done: boolean;
}>;


export type SetRuptureStepDoneMutation = { setRuptureStepDone: { step: { id: string, version: number, done: boolean } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type UploadRuptureScanMutationVariables = Exact<{
  id: string | number;
  version: number;
  document: DocumentUpload;
}>;


export type UploadRuptureScanMutation = { uploadRuptureScan: { step: { id: string, version: number, done: boolean } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type CompleteRuptureMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CompleteRuptureMutation = { completeRupture: { rupture: { id: string, state: RuptureState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type CancelRuptureMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment: string;
}>;


export type CancelRuptureMutation = { cancelRupture: { rupture: { id: string, state: RuptureState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type ExtendContractMutationVariables = Exact<{
  contractId: string | number;
  version: number;
  input: ContractExtensionInput;
}>;


export type ExtendContractMutation = { extendContract: { contract: { id: string, version: number, endDate: string } | null, findings: Array<{ code: string, message: string, messageEn: string }>, errors: Array<{ code: string, field: string | null, message: string }> } };

export type ExtensionPreviewQueryVariables = Exact<{
  contractId: string | number;
  input: ExtensionPreviewInput;
}>;


export type ExtensionPreviewQuery = { extensionPreview: { repeatedProgramme: string, extendedFrom: string, previousExtensions: number, repeatedCohort: string | null, billableHoursBefore: number | null, costBefore: number | null, billableHours: number | null, cost: number | null, findings: Array<{ code: string, severity: Severity, message: string, messageEn: string }>, paySegments: Array<{ from: string, to: string, gridYear: number | null, ageBracket: string, ratePercent: number, base: string, monthlyMinimumGross: number, extension: boolean }> } };

export type SendRuptureRequestLinkMutationVariables = Exact<{
  contractId: string | number;
}>;


export type SendRuptureRequestLinkMutation = { sendRuptureRequestLink: { sent: number, errors: Array<{ code: string, field: string | null, message: string }> } };

export type StartMissionAfterRuptureMutationVariables = Exact<{
  ruptureId: string | number;
}>;


export type StartMissionAfterRuptureMutation = { startMissionAfterRupture: { mission: { id: string, state: MissionState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type YearChangePreviewQueryVariables = Exact<{
  cohort: string;
  programme: string;
  outcomes?: Array<YearOutcomeInput> | YearOutcomeInput | null | undefined;
}>;


export type YearChangePreviewQuery = { yearChangePreview: { cohort: string, programme: string, closedOn: string | null, rows: Array<{ studentVersion: number, outcome: YearOutcome, opcoAgreement: boolean, nextProgramme: string | null, newContractNeeded: boolean, nextCohort: string | null, nextCampaignCloses: string | null, nextCalendar: string | null, nextYearFrom: string | null, nextYearTo: string | null, nextYearHours: number | null, tutorAssignmentToRedo: boolean, currentAcademicTutor: string | null, contractEnds: boolean, student: { id: string, firstName: string, lastName: string }, contract: { id: string, contractType: string, endDate: string } | null, payBefore: { ratePercent: number, monthlyMinimumGross: number, gridYear: number | null } | null, payAfter: { ratePercent: number, monthlyMinimumGross: number, gridYear: number | null } | null, repeatedYear: { extensionAllowed: boolean, mustBreakUnlessOpcoAgrees: boolean, newAlternanceYears: number | null, withoutAlternance: string, internshipEnds: boolean } | null, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }> }> } };

export type CloseTrainingYearMutationVariables = Exact<{
  cohort: string;
  programme: string;
  outcomes: Array<YearOutcomeInput> | YearOutcomeInput;
}>;


export type CloseTrainingYearMutation = { closeTrainingYear: { preview: { closedOn: string | null, rows: Array<{ newContractNeeded: boolean, nextCohort: string | null, student: { id: string } }> } | null, errors: Array<{ code: string, field: string | null, message: string, index: number | null }> } };

export type RuptureCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuptureCountsQuery = { ruptureCounts: Array<{ cohort: string, month: string, count: number }> };

export type RuptureScanQueryVariables = Exact<{
  id: string | number;
}>;


export type RuptureScanQuery = { rupture: { id: string, steps: Array<{ id: string, scan: { fileName: string, mimeType: string, contentBase64: string | null } | null }> } | null };

export type ChangeCompanyTutorMutationVariables = Exact<{
  contractId: string | number;
  version: number;
  input: CompanyTutorChangeInput;
}>;


export type ChangeCompanyTutorMutation = { changeCompanyTutor: { contract: { id: string, version: number } | null, change: { id: string, kind: TutorChangeKind } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type MissionForHoursQueryVariables = Exact<{
  id: string | number;
}>;


export type MissionForHoursQuery = { mission: { id: string, cohort: string, contractType: string, startDate: string | null, endDate: string | null, student: { id: string, repeating: boolean } } | null };

export type TrainingHoursCheckQueryVariables = Exact<{
  cohort: string;
  contractType: string;
  startDate: string;
  endDate: string;
}>;


export type TrainingHoursCheckQuery = { trainingHoursCheck: { remainingTrainingHours: number, contractMonths: number, minimumHours: number, maximumHours: number | null, workHours: number, finding: { code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null } | null } | null };

export type LivretDetailsFragment = { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, companyTutor2Name: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> };

export type SaveLivretSheetMutationVariables = Exact<{
  input: SaveLivretSheetInput;
}>;


export type SaveLivretSheetMutation = { saveLivretSheet: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, companyTutor2Name: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type CurrentLivretGridQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentLivretGridQuery = { currentLivretGrid: { id: string, number: number, createdBy: string, createdAt: string, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } };

export type PublishLivretGridMutationVariables = Exact<{
  input: LivretGridInput;
}>;


export type PublishLivretGridMutation = { publishLivretGrid: { grid: { id: string, number: number } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type LivretQueryVariables = Exact<{
  id: string | number;
}>;


export type LivretQuery = { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, companyTutor2Name: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null };

export type MyLivretsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLivretsQuery = { myLivrets: Array<{ id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, companyTutor2Name: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> }> };

export type MyLivretExpectationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLivretExpectationQuery = { myLivretExpectation: LivretExpectation };

export type SaveLivretGeneralMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LivretGeneralInput;
}>;


export type SaveLivretGeneralMutation = { saveLivretGeneral: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, companyTutor2Name: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type OverrideLivretDatesMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LivretOverridesInput;
}>;


export type OverrideLivretDatesMutation = { overrideLivretDates: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, companyTutor2Name: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ReopenLivretSheetMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ReopenLivretSheetMutation = { reopenLivretSheet: { livret: { id: string, version: number, cohort: string, academicYear: string, companyTutorName: string | null, companyTutor2Name: string | null, student: { id: string, firstName: string, lastName: string }, general: { jobTitle: string | null, missionSummary: string | null, professionalProject: string | null }, overrides: { firstVisit: string | null, secondVisit: string | null, soutenance: string | null }, periods: Array<{ number: number, from: string, to: string, endSource: LivretDateSource, dueDate: string, sheets: Array<{ id: string | null, version: number, code: LivretSheetCode, author: LivretAuthor, label: string, labelEn: string, mandatory: boolean, state: LivretSheetState, text: string | null, submittedAt: string | null, submittedBy: string | null, editable: boolean, answers: Array<{ criterion: string, level: string | null, comment: string | null }>, grid: { id: string, number: number, scale: Array<{ code: string, label: string }>, competences: Array<{ code: string, label: string, criteria: Array<{ code: string, label: string }> }> } | null, attachment: { name: string, kind: string, size: number, url: string } | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

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

export type GrantDerogationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;


export type GrantDerogationMutation = { grantDerogation: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, version: number, derogationReason: string | null, derogationBy: string | null, derogationOn: string | null } | null } };

export type MissionFicheFragment = { id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, requestDate: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, higherEducationDiploma: boolean | null, disabilityExtraYear: boolean | null, stageAltApproved: boolean | null, derogationReason: string | null, derogationBy: string | null, derogationOn: string | null, derogationPossible: boolean, returnComment: string | null, rejectionReason: string | null, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus, group: string | null, trackWish: string | null }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null };

export type MissionListQueryVariables = Exact<{
  filter?: MissionFilter | null | undefined;
  sort?: MissionSort | null | undefined;
  first: number;
  after?: string | null | undefined;
  withTotal?: boolean;
}>;


export type MissionListQuery = { missionCount?: number, missions: Array<{ id: string, cursor: string | null, state: MissionState, waitingDays: number | null, cohort: string, contractType: string, startDate: string | null, endDate: string | null, requestDate: string | null, findings: Array<{ code: string, severity: Severity }>, organisation: { id: string, name: string } | null, student: { id: string, firstName: string, lastName: string } }> };

export type MissionDetailQueryVariables = Exact<{
  id: string | number;
  office: boolean;
}>;


export type MissionDetailQuery = { mission: { afterRuptureLastDay: string | null, afterRuptureInProgress: boolean, id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, requestDate: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, higherEducationDiploma: boolean | null, disabilityExtraYear: boolean | null, stageAltApproved: boolean | null, derogationReason: string | null, derogationBy: string | null, derogationOn: string | null, derogationPossible: boolean, returnComment: string | null, rejectionReason: string | null, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }>, contract: { id: string } | null, confirmations: Array<{ id: string, party: ConfirmingParty, email: string, requestedAt: string, confirmedAt: string | null, errorComment: string | null, errorReportedAt: string | null, reminderDueAt: string | null, remindersSent: number }>, auditTrail?: Array<{ id: string, at: string, action: string, entityType: string, actorLabel: string, role: string, comment: string | null, fields: Array<string> }>, mails?: Array<{ id: string, to: string, subject: string, template: string, state: OutboxState, createdAt: string, sentAt: string | null, text: string }>, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus, group: string | null, trackWish: string | null }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null } | null };

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

export type ApproveStageAltMutationVariables = Exact<{
  id: string | number;
  version: number;
  approved: boolean;
}>;


export type ApproveStageAltMutation = { approveStageAlt: { errors: Array<{ code: string, message: string, field: string | null }>, mission: { id: string, version: number, stageAltApproved: boolean | null } | null } };

export type OffersQueryVariables = Exact<{ [key: string]: never; }>;


export type OffersQuery = { offers: Array<{ id: string, reference: string, title: string, description: string, cohort: string | null, contractType: string | null, state: OfferState, closedAt: string | null, publishedAt: string | null, sentTo: number | null, version: number, organisation: { id: string, name: string, siret: string } | null }> };

export type PublishOfferMutationVariables = Exact<{
  input: OfferInput;
}>;


export type PublishOfferMutation = { publishOffer: { errors: Array<{ code: string, message: string, field: string | null }>, offer: { id: string } | null } };

export type CloseOfferMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseOfferMutation = { closeOffer: { errors: Array<{ code: string, message: string, field: string | null }>, offer: { id: string, state: OfferState, version: number } | null } };

export type RecordOffersVisitMutationVariables = Exact<{ [key: string]: never; }>;


export type RecordOffersVisitMutation = { recordOffersVisit: { frequency: OfferAlertFrequency, version: number, offersSeenAt: string | null, stillLooking: boolean } };

export type SetOfferAlertsMutationVariables = Exact<{
  frequency: OfferAlertFrequency;
  version: number;
}>;


export type SetOfferAlertsMutation = { setOfferAlerts: { errors: Array<{ code: string, message: string, field: string | null }>, alerts: { frequency: OfferAlertFrequency, version: number, offersSeenAt: string | null, stillLooking: boolean } | null } };

export type UpdateApiTokenLimitsMutationVariables = Exact<{
  input: ApiTokenLimitsInput;
}>;


export type UpdateApiTokenLimitsMutation = { updateApiTokenLimits: { errors: Array<{ code: string, message: string, field: string | null }>, token: { id: string, version: number } | null } };

export type RegisterPersistedOperationsMutationVariables = Exact<{
  tokenId: string | number;
  manifest: unknown;
  replace?: boolean | null | undefined;
}>;


export type RegisterPersistedOperationsMutation = { registerPersistedOperations: { added: number, unchanged: number, removed: number, errors: Array<{ code: string, message: string, field: string | null }> } };

export type RemovePersistedOperationMutationVariables = Exact<{
  tokenId: string | number;
  documentId: string;
}>;


export type RemovePersistedOperationMutation = { removePersistedOperation: { removed: number, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokenScopes: Array<string>, apiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<string>, state: ApiTokenState, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, partner: string | null, replacesId: string | null, version: number, rateLimitPerMinute: number | null, maxCost: number | null, maxDepth: number | null, adHocDocuments: boolean, limits: { ratePerMinute: number, maxCost: number, maxDepth: number }, operations: Array<{ documentId: string, operationName: string | null, operationType: string, createdAt: string }> }>, apiTokenDefaultLimits: { ratePerMinute: number, maxCost: number, maxDepth: number }, integrationPartners: Array<{ code: string, label: string, contractTypes: Array<string>, scopes: Array<string> }> };

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
  withTotal?: boolean;
}>;


export type AuditLogQuery = { auditEventCount?: number, auditEvents: Array<{ id: string, at: string, actorLabel: string, role: string, entityType: string, entityId: string, entityName: string | null, entityGone: boolean, action: string, fields: Array<string>, comment: string | null }>, auditFacets?: { actions: Array<string>, entityTypes: Array<string> } };

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


export type WebhookDeliveriesQuery = { webhooks: Array<{ id: string, url: string, partner: string | null, types: Array<string>, active: boolean, createdAt: string }>, webhookDeliveries: Array<{ id: string, eventType: string, entityId: string, state: WebhookDeliveryState, attempts: number, lastStatus: number | null, lastError: string | null, nextAttemptAt: string, sentAt: string | null, createdAt: string, endpoint: { id: string, url: string, active: boolean } }> };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { errors: Array<{ code: string, message: string, field: string | null }>, delivery: { id: string, state: WebhookDeliveryState, attempts: number } | null } };

export type LinkMissionQueryVariables = Exact<{
  id: string | number;
}>;


export type LinkMissionQuery = { mission: { id: string, state: MissionState, version: number, cohort: string, group: string | null, contractType: string, cproReason: string | null, title: string, context: string, objectives: string, deliverables: string, offerReference: string | null, requestDate: string | null, validationDate: string | null, startDate: string | null, endDate: string | null, hoursPerDay: number | null, monthlyGrossPay: number | null, smcMonthly: number | null, previousRatePercent: number | null, higherEducationDiploma: boolean | null, disabilityExtraYear: boolean | null, stageAltApproved: boolean | null, derogationReason: string | null, derogationBy: string | null, derogationOn: string | null, derogationPossible: boolean, returnComment: string | null, rejectionReason: string | null, contract: { id: string } | null, confirmations: Array<{ id: string, party: ConfirmingParty, email: string, confirmedAt: string | null, errorReportedAt: string | null, errorComment: string | null }>, student: { id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus, group: string | null, trackWish: string | null }, organisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, workOrganisation: { id: string, name: string, siret: string, address: string | null, opco: string | null } | null, tutor1: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, tutor2: { id: string, firstName: string, lastName: string, email: string, phone: string | null, jobTitle: string | null } | null, hrContact: { id: string, firstName: string, lastName: string, email: string, phone: string | null } | null } | null };

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


export type ViewerQuery = { viewer: { id: string, role: Role, displayName: string, email: string | null, studentId: string | null, today: string } | null };

export type ExpressPlacementWishMutationVariables = Exact<{
  id: string | number;
  version: number;
  trackWish?: string | null | undefined;
  siteWish?: string | null | undefined;
}>;


export type ExpressPlacementWishMutation = { expressPlacementWish: { student: { id: string, version: number, trackWish: string | null, siteWish: string | null, wishedOn: string | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type StudentRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type StudentRecordQuery = { student: { id: string, version: number, firstName: string, lastName: string, email: string, phone: string | null, birthDate: string | null, status: StudentStatus, nationality: string | null, foreign: boolean | null, aptObtained: boolean | null, aptObtainedOn: string | null, cohort: string, group: string | null, repeating: boolean, professionalisationValidated: boolean, site: string | null, trackWish: string | null, siteWish: string | null, wishedOn: string | null, trainingAgreement: { signedOn: string | null, dueDate: string | null, state: TrainingAgreementState, daysLeft: number | null, ref: string } | null, academicTutor: { id: string, displayName: string } | null } | null, academicTutors: Array<{ id: string, displayName: string, email: string }> };

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


export type RecordAptMutation = { recordApt: { errors: Array<{ code: string, message: string, field: string | null }>, student: { id: string, version: number, aptObtained: boolean | null, aptObtainedOn: string | null } | null } };

export type RecordTrainingAgreementMutationVariables = Exact<{
  id: string | number;
  version: number;
  signedOn?: string | null | undefined;
}>;


export type RecordTrainingAgreementMutation = { recordTrainingAgreement: { errors: Array<{ code: string, message: string, field: string | null }>, student: { id: string, version: number, trainingAgreementSignedOn: string | null } | null } };

export type StudentListQueryVariables = Exact<{
  cohort?: string | null | undefined;
  search?: string | null | undefined;
  trainingAgreementDue?: boolean | null | undefined;
  first: number;
  offset: number;
}>;


export type StudentListQuery = { students: Array<{ id: string, firstName: string, lastName: string, email: string, cohort: string, status: StudentStatus, foreign: boolean | null, aptObtained: boolean | null, trainingAgreementSignedOn: string | null, trainingAgreement: { state: TrainingAgreementState, dueDate: string | null } | null, academicTutor: { id: string, displayName: string } | null }> };

export type TutorAssignmentsQueryVariables = Exact<{
  filter?: AlternantFollowUpFilter | null | undefined;
}>;


export type TutorAssignmentsQuery = { alternantsFollowUp: { academicYear: string, academicYears: Array<string>, total: number, items: Array<{ missionId: string, contractId: string, programme: string, organisationName: string | null, companyTutorName: string | null, companyTutorNames: Array<string>, assignmentDeadline: string, student: { id: string, version: number, firstName: string, lastName: string, cohort: string }, academicTutor: { id: string, displayName: string } | null, visits: Array<{ id: string, state: VisitState, visitNumber: number, date: string | null, reportStage: VisitReportStage | null }>, visitWindows: Array<{ visitNumber: number, from: string, to: string }>, findings: Array<{ code: string, message: string, messageEn: string, window: { min: string | null, max: string | null } | null }> }> }, academicTutors: Array<{ id: string, displayName: string }> };

export type TutorLoadsQueryVariables = Exact<{
  year?: string | null | undefined;
}>;


export type TutorLoadsQuery = { tutorLoads: Array<{ alternants: number, visitsHeld: number, visitsPlanned: number, reportsDue: number, tutor: { id: string, displayName: string } }> };

export type AssignAcademicTutorMutationVariables = Exact<{
  assignments: Array<TutorAssignmentInput> | TutorAssignmentInput;
  tutor?: string | number | null | undefined;
}>;


export type AssignAcademicTutorMutation = { assignAcademicTutor: { students: Array<{ id: string, version: number, academicTutor: { id: string, displayName: string } | null }>, errors: Array<{ code: string, field: string | null, message: string }> } };

export type MyAlternantsQueryVariables = Exact<{
  filter?: AlternantFollowUpFilter | null | undefined;
}>;


export type MyAlternantsQuery = { alternantsFollowUp: { academicYear: string, items: Array<{ missionId: string, contractId: string, livretId: string | null, programme: string, organisationName: string | null, companyTutorName: string | null, companyTutorNames: Array<string>, student: { id: string, firstName: string, lastName: string, cohort: string }, academicTutor: { id: string, displayName: string } | null, visits: Array<{ id: string, state: VisitState, visitNumber: number, date: string | null, slotsUnanswered: boolean, reportStage: VisitReportStage | null, slotsRemindedAt: string | null, slotDeclines: Array<{ companyTutorName: string, availability: string }> }>, visitWindows: Array<{ visitNumber: number, from: string, to: string }>, findings: Array<{ code: string, message: string, messageEn: string, window: { min: string | null, max: string | null } | null }> }> } };

export type VisitReportsKeptQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitReportsKeptQuery = { visitReportsKept: Array<{ id: string, visitNumber: number, date: string | null, studentName: string, organisationName: string | null, student: { academicTutor: { displayName: string } | null } }> };

export type UnassignedAlternantsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnassignedAlternantsQuery = { alternantsFollowUp: { items: Array<{ assignmentDeadline: string, student: { id: string, firstName: string, lastName: string, cohort: string }, findings: Array<{ code: string }> }> } };

export type AlternantCalendarMonthQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type AlternantCalendarMonthQuery = { alternantCalendar: Array<{ date: string, morning: string | null, afternoon: string | null }> };

export type MyVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVisitsQuery = { visits: Array<{ id: string, academicYear: string, visitNumber: number, state: VisitState, reportStage: VisitReportStage | null, date: string | null, half: HalfDay | null, format: VisitFormat | null, location: string | null, organisationName: string | null, companyTutorName: string, companyTutorNames: Array<string>, cancelReason: string | null, academicTutor: { id: string, displayName: string } | null }> };

export type PlanVisitAlternantQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanVisitAlternantQuery = { alternantsFollowUp: { academicYear: string, items: Array<{ programme: string, organisationName: string | null, visitAddress: string | null, companyTutorName: string | null, companyTutorNames: Array<string>, student: { id: string, firstName: string, lastName: string }, visitWindows: Array<{ visitNumber: number, from: string, to: string }>, visits: Array<{ id: string, state: VisitState, visitNumber: number }> }> } };

export type ProposeVisitSlotsMutationVariables = Exact<{
  input: ProposeVisitSlotsInput;
}>;


export type ProposeVisitSlotsMutation = { proposeVisitSlots: { visit: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string }>, findings: Array<{ code: string, severity: Severity, field: string | null, subject: string | null, message: string, messageEn: string, ref: string, window: { min: string | null, max: string | null } | null }> } };

export type VisitDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitDetailsQuery = { visit: { id: string, version: number, academicYear: string, visitNumber: number, state: VisitState, studentName: string, organisationName: string | null, companyTutorName: string, companyTutorNames: Array<string>, visitorName: string, date: string | null, half: HalfDay | null, format: VisitFormat | null, location: string | null, icsSequence: number, cancelReason: string | null, slotsDeclinedAt: string | null, slotsDeclinedNote: string | null, slotChosenByName: string | null, slotsUnanswered: boolean, slotsReminderTo: Array<string>, slotsRemindedAt: string | null, reportStage: VisitReportStage | null, reportedAt: string | null, student: { academicTutor: { id: string } | null }, academicTutor: { id: string, displayName: string } | null, slotDeclines: Array<{ companyTutorName: string, declinedAt: string, availability: string }>, slots: Array<{ id: string, date: string, half: HalfDay, format: VisitFormat, location: string, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string }> }>, report: { attendees: string, activities: string, progress: string, pointsOfAttention: string, tutorOpinion: string, followUpNeeded: boolean, followUpNote: string } | null } | null };

export type RecordVisitReportMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: VisitReportInput;
}>;


export type RecordVisitReportMutation = { recordVisitReport: { visit: { id: string, version: number, state: VisitState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type RescheduleVisitMutationVariables = Exact<{
  id: string | number;
  version: number;
  slot: VisitSlotInput;
  reason?: string | null | undefined;
  ack?: boolean | null | undefined;
}>;


export type RescheduleVisitMutation = { rescheduleVisit: { visit: { id: string, version: number, state: VisitState } | null, errors: Array<{ code: string, field: string | null, message: string }>, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string }> } };

export type ProposeOtherVisitSlotsMutationVariables = Exact<{
  id: string | number;
  version: number;
  slots: Array<VisitSlotInput> | VisitSlotInput;
  ack?: boolean | null | undefined;
}>;


export type ProposeOtherVisitSlotsMutation = { proposeOtherVisitSlots: { visit: { id: string, version: number, state: VisitState } | null, errors: Array<{ code: string, field: string | null, message: string }>, findings: Array<{ code: string, severity: Severity, field: string | null, message: string, messageEn: string, ref: string }> } };

export type RemindVisitSlotsMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RemindVisitSlotsMutation = { remindVisitSlots: { visit: { id: string, version: number, state: VisitState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type CancelVisitMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type CancelVisitMutation = { cancelVisit: { visit: { id: string, version: number, state: VisitState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type LinkVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type LinkVisitQuery = { visit: { id: string, version: number, visitNumber: number, state: VisitState, studentName: string, visitorName: string, date: string | null, half: HalfDay | null, format: VisitFormat | null, location: string | null, slotsDeclinedAt: string | null, slotsDeclinedByMe: boolean, slotChosenByName: string | null, companyTutorNames: Array<string>, academicTutor: { id: string, displayName: string } | null, slotDeclines: Array<{ companyTutorName: string }>, slots: Array<{ id: string, date: string, half: HalfDay, format: VisitFormat, location: string }> } | null };

export type ChooseVisitSlotMutationVariables = Exact<{
  id: string | number;
  version: number;
  slotId: string | number;
}>;


export type ChooseVisitSlotMutation = { chooseVisitSlot: { visit: { id: string, state: VisitState } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type DeclineVisitSlotsMutationVariables = Exact<{
  id: string | number;
  version: number;
  availability: string;
}>;


export type DeclineVisitSlotsMutation = { declineVisitSlots: { visit: { id: string, state: VisitState, slotsDeclinedAt: string | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type VisitsOverviewQueryVariables = Exact<{
  filter?: AlternantFollowUpFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type VisitsOverviewQuery = { alternantsFollowUp: { academicYear: string, academicYears: Array<string>, total: number, late: number, toChase: number, reportDue: number, items: Array<{ missionId: string, contractId: string, programme: string, organisationName: string | null, companyTutorName: string | null, companyTutorNames: Array<string>, student: { id: string, firstName: string, lastName: string, cohort: string }, academicTutor: { id: string, displayName: string } | null, visits: Array<{ id: string, state: VisitState, visitNumber: number, date: string | null, slotsUnanswered: boolean, reportStage: VisitReportStage | null, slotsRemindedAt: string | null, slotDeclines: Array<{ companyTutorName: string, availability: string }> }>, visitWindows: Array<{ visitNumber: number, from: string, to: string }>, findings: Array<{ code: string, message: string, messageEn: string, window: { min: string | null, max: string | null } | null }> }> } };

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
export const AbsenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}
    `, {"fragmentName":"AbsenceFields"}) as unknown as TypedDocumentString<AbsenceFieldsFragment, unknown>;
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
  companyTutor2Name
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
  higherEducationDiploma
  disabilityExtraYear
  stageAltApproved
  derogationReason
  derogationBy
  derogationOn
  derogationPossible
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
    group
    trackWish
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
    opco
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
export const AbsencesDocument = new TypedDocumentString(`
    query Absences($filter: AbsenceFilter, $first: Int, $offset: Int) {
  absences(filter: $filter, first: $first, offset: $offset) {
    ...AbsenceFields
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:ac0fbbd37dc367842d9e54003c94b2325a14ecc249132f883cb0d7c576fc2c49"}) as unknown as TypedDocumentString<AbsencesQuery, AbsencesQueryVariables>;
export const AttendanceDocument = new TypedDocumentString(`
    query Attendance($studentId: ID!) {
  attendance(studentId: $studentId) {
    trainingHours
    missedHalfDays
    missedHours
    justifiedHours
    unjustifiedHours
    pendingHours
    missedPercent
  }
}
    `, {"hash":"sha256:45e7b4cc76142bc545fb780fc43e03eb62baa7f4e85ed5477a6d0d2e0d5fa06d"}) as unknown as TypedDocumentString<AttendanceQuery, AttendanceQueryVariables>;
export const AbsenceDaySheetDocument = new TypedDocumentString(`
    query AbsenceDaySheet($cohort: String!, $group: String, $date: Date!, $half: HalfDay!) {
  absenceDaySheet(cohort: $cohort, group: $group, date: $date, half: $half) {
    training
    student {
      id
      firstName
      lastName
      group
    }
    absence {
      id
      state
    }
  }
}
    `, {"hash":"sha256:b599966c46aef3e8b0f2e976e094d2d98ea46e5157962b674eb4b9395c4201c9"}) as unknown as TypedDocumentString<AbsenceDaySheetQuery, AbsenceDaySheetQueryVariables>;
export const RecordAbsencesDocument = new TypedDocumentString(`
    mutation RecordAbsences($input: RecordAbsencesInput!) {
  recordAbsences(input: $input) {
    absences {
      id
    }
    errors {
      code
      message
      field
      index
    }
  }
}
    `, {"hash":"sha256:a22efbb6a1e0f8171107e7ea54eb39a814c6a7ee35f4c9eb426e889b965227ce"}) as unknown as TypedDocumentString<RecordAbsencesMutation, RecordAbsencesMutationVariables>;
export const PreviewAbsenceImportDocument = new TypedDocumentString(`
    mutation PreviewAbsenceImport($rows: [AbsenceImportRowInput!]!) {
  previewAbsenceImport(rows: $rows) {
    rows {
      index
      date
      half
      studentId
      studentName
      duplicate
    }
    errors {
      code
      message
      field
      index
    }
  }
}
    `, {"hash":"sha256:de844a7945c903ddbc5650834828d96a6f7932160b3a084dfbf398960c8d15b3"}) as unknown as TypedDocumentString<PreviewAbsenceImportMutation, PreviewAbsenceImportMutationVariables>;
export const ImportAbsencesDocument = new TypedDocumentString(`
    mutation ImportAbsences($rows: [AbsenceImportRowInput!]!) {
  importAbsences(rows: $rows) {
    absences {
      id
    }
    errors {
      code
      message
      field
      index
    }
  }
}
    `, {"hash":"sha256:eaef917d6d98bb4e718ffd3368eee72d439e2ac54a312a345b025e6046e03497"}) as unknown as TypedDocumentString<ImportAbsencesMutation, ImportAbsencesMutationVariables>;
export const DeclareMedicalAbsenceDocument = new TypedDocumentString(`
    mutation DeclareMedicalAbsence($id: ID!, $version: Int!) {
  declareMedicalAbsence(id: $id, version: $version) {
    absence {
      ...AbsenceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:3493dcf9f9dde5cf66037aaee69d5b694f2f1b789f520263cdeeea86c651c575"}) as unknown as TypedDocumentString<DeclareMedicalAbsenceMutation, DeclareMedicalAbsenceMutationVariables>;
export const GiveAbsenceReasonDocument = new TypedDocumentString(`
    mutation GiveAbsenceReason($id: ID!, $version: Int!, $reason: String!) {
  giveAbsenceReason(id: $id, version: $version, reason: $reason) {
    absence {
      ...AbsenceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:26d71d2af0422d1e0d22871ed4a37c965f9d695649f27ee22be5de54c2a51456"}) as unknown as TypedDocumentString<GiveAbsenceReasonMutation, GiveAbsenceReasonMutationVariables>;
export const DecideAbsenceDocument = new TypedDocumentString(`
    mutation DecideAbsence($id: ID!, $version: Int!, $accept: Boolean!, $comment: String) {
  decideAbsence(id: $id, version: $version, accept: $accept, comment: $comment) {
    absence {
      ...AbsenceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:33a9a14797bb56c6be15945da144c1d3cfb1dce9625b32c4a35221321e1a261b"}) as unknown as TypedDocumentString<DecideAbsenceMutation, DecideAbsenceMutationVariables>;
export const CloseAbsenceUnjustifiedDocument = new TypedDocumentString(`
    mutation CloseAbsenceUnjustified($id: ID!, $version: Int!, $comment: String) {
  closeAbsenceUnjustified(id: $id, version: $version, comment: $comment) {
    absence {
      ...AbsenceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:6dca507253c6a2a555fdc4523a608e8f9c2a4c1c86e7ba6297770bee73f67771"}) as unknown as TypedDocumentString<CloseAbsenceUnjustifiedMutation, CloseAbsenceUnjustifiedMutationVariables>;
export const DeleteAbsenceDocument = new TypedDocumentString(`
    mutation DeleteAbsence($id: ID!, $version: Int!) {
  deleteAbsence(id: $id, version: $version) {
    absence {
      id
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:3ca716de064b4c32b4891b53a9c79809a226e62e468f8752e45e0d2ece0323f9"}) as unknown as TypedDocumentString<DeleteAbsenceMutation, DeleteAbsenceMutationVariables>;
export const SendWorkStoppageDocument = new TypedDocumentString(`
    mutation SendWorkStoppage($id: ID!, $version: Int!, $input: WorkStoppageInput!) {
  sendWorkStoppage(id: $id, version: $version, input: $input) {
    absence {
      ...AbsenceFields
    }
    covered {
      id
      date
      half
      state
    }
    errors {
      code
      message
      field
    }
    findings {
      code
      message
      ref
    }
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:6430e11791aaf2109528fdee1d0b7f1a4a6bd15b0142d494335fa4f5da77a7d4"}) as unknown as TypedDocumentString<SendWorkStoppageMutation, SendWorkStoppageMutationVariables>;
export const JustifyAbsencesDocument = new TypedDocumentString(`
    mutation JustifyAbsences($input: AbsenceJustificationInput!) {
  justifyAbsences(input: $input) {
    absences {
      ...AbsenceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:2768548b844e3bf98981420bdb5b30460e8e0738871ed4fc5a610f55f5141ad7"}) as unknown as TypedDocumentString<JustifyAbsencesMutation, JustifyAbsencesMutationVariables>;
export const ProfessionalAbsenceRequestsDocument = new TypedDocumentString(`
    query ProfessionalAbsenceRequests($state: ProfessionalAbsenceState, $first: Int, $after: String) {
  professionalAbsenceRequests(state: $state, first: $first, after: $after) {
    id
    cursor
    version
    firstDay
    firstHalf
    lastDay
    lastHalf
    reason
    requestedBy
    requestedOn
    recordedBy
    teachersConsulted
    state
    decidedBy
    decidedAt
    decisionComment
    student {
      id
      firstName
      lastName
      cohort
    }
  }
}
    `, {"hash":"sha256:72c05723b6f179f6329108f8064a56a14e8d258f76a8af147922b25dc0f8b7c0"}) as unknown as TypedDocumentString<ProfessionalAbsenceRequestsQuery, ProfessionalAbsenceRequestsQueryVariables>;
export const DecideProfessionalAbsenceDocument = new TypedDocumentString(`
    mutation DecideProfessionalAbsence($id: ID!, $version: Int!, $grant: Boolean!, $comment: String) {
  decideProfessionalAbsence(
    id: $id
    version: $version
    grant: $grant
    comment: $comment
  ) {
    request {
      id
      state
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:a28de2ef2551570d4f6836bed84eef05a1ae67b9f65137f323ed0233fdfa1928"}) as unknown as TypedDocumentString<DecideProfessionalAbsenceMutation, DecideProfessionalAbsenceMutationVariables>;
export const RequestProfessionalAbsenceDocument = new TypedDocumentString(`
    mutation RequestProfessionalAbsence($input: ProfessionalAbsenceInput!) {
  requestProfessionalAbsence(input: $input) {
    request {
      id
      state
      firstDay
    }
    errors {
      code
      message
      field
    }
    findings {
      code
      message
      ref
    }
  }
}
    `, {"hash":"sha256:20363b930a0e47f43c0d065bb116f08df58925050ca2287ad19fe8ac35ce18fe"}) as unknown as TypedDocumentString<RequestProfessionalAbsenceMutation, RequestProfessionalAbsenceMutationVariables>;
export const SendProfessionalAbsenceLinkDocument = new TypedDocumentString(`
    mutation SendProfessionalAbsenceLink($studentId: ID!) {
  sendProfessionalAbsenceLink(studentId: $studentId) {
    sent
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:f79daff2c2c1116ead248343773e07ef3538a399c526e8b97469201e27cb2a0a"}) as unknown as TypedDocumentString<SendProfessionalAbsenceLinkMutation, SendProfessionalAbsenceLinkMutationVariables>;
export const AbsenceLinkContextDocument = new TypedDocumentString(`
    query AbsenceLinkContext {
  absenceLinkContext {
    purpose
    studentName
    organisationName
    earliestFirstDay
    absence {
      ...AbsenceFields
    }
    requests {
      id
      firstDay
      firstHalf
      lastDay
      lastHalf
      reason
      state
      decisionComment
      requestedOn
    }
  }
}
    fragment AbsenceFields on Absence {
  id
  version
  date
  half
  state
  reason
  comment
  organisationName
  hours
  deadline
  decidedBy
  decidedAt
  decisionComment
  recordedBy
  source
  student {
    id
    firstName
    lastName
    cohort
    group
  }
  stoppage {
    issuedOn
    from
    to
    receivedOn
    sentBy
    fileName
    mediaType
    size
  }
  document {
    fileName
    mediaType
    size
  }
}`, {"hash":"sha256:4632d22247f92c5dba555c37c05bbe4e3e972fc951d7149e5633af028539267a"}) as unknown as TypedDocumentString<AbsenceLinkContextQuery, AbsenceLinkContextQueryVariables>;
export const AbsenceStatementsDocument = new TypedDocumentString(`
    query AbsenceStatements($month: String!) {
  absenceStatements(month: $month) {
    organisationId
    organisationName
    month
    totalHours
    sentAt
    lines {
      studentName
      date
      half
      hours
      reason
      declaredAt
    }
  }
}
    `, {"hash":"sha256:d14f888608076cd300d57e0bfdf1e8c96621e652f04d0c382f75b4d533327b76"}) as unknown as TypedDocumentString<AbsenceStatementsQuery, AbsenceStatementsQueryVariables>;
export const RecordMailedProfessionalAbsenceDocument = new TypedDocumentString(`
    mutation RecordMailedProfessionalAbsence($input: MailedProfessionalAbsenceInput!) {
  recordMailedProfessionalAbsence(input: $input) {
    request {
      id
      state
      firstDay
      requestedOn
    }
    errors {
      code
      message
      field
    }
    findings {
      code
      message
      ref
    }
  }
}
    `, {"hash":"sha256:289ee9e12910303bba998a1442b226fc6ab522d849be4ac48b8a987f66fc3f25"}) as unknown as TypedDocumentString<RecordMailedProfessionalAbsenceMutation, RecordMailedProfessionalAbsenceMutationVariables>;
export const ProfessionalRequestStudentsDocument = new TypedDocumentString(`
    query ProfessionalRequestStudents($search: String, $first: Int!) {
  students(search: $search, first: $first) {
    id
    firstName
    lastName
    cohort
  }
}
    `, {"hash":"sha256:b082b1307ec309bd0a82ff79035f4efdd7a0cde43689ab8cc620748b73688b88"}) as unknown as TypedDocumentString<ProfessionalRequestStudentsQuery, ProfessionalRequestStudentsQueryVariables>;
export const ConsultProfessionalAbsenceTeachersDocument = new TypedDocumentString(`
    mutation ConsultProfessionalAbsenceTeachers($id: ID!, $version: Int!, $teacherEmails: [String!]!) {
  consultProfessionalAbsenceTeachers(
    id: $id
    version: $version
    teacherEmails: $teacherEmails
  ) {
    request {
      id
      version
      teachersConsulted
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:46a8a5457ce5b6405f0058e9fbf8bb573e924393e4fbad33ae1864d4514bf38e"}) as unknown as TypedDocumentString<ConsultProfessionalAbsenceTeachersMutation, ConsultProfessionalAbsenceTeachersMutationVariables>;
export const CalendarFeedsDocument = new TypedDocumentString(`
    query CalendarFeeds($kind: CalendarFeedKind!, $subjectId: ID!) {
  calendarFeeds(kind: $kind, subjectId: $subjectId) {
    id
    createdAt
    lastReadAt
  }
}
    `, {"hash":"sha256:5723d94ffe602c91d5ad7068c503a409657541a033ce5a6e01703ef0a3ac9586"}) as unknown as TypedDocumentString<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CreateCalendarFeedDocument = new TypedDocumentString(`
    mutation CreateCalendarFeed($kind: CalendarFeedKind!, $subjectId: ID!) {
  createCalendarFeed(kind: $kind, subjectId: $subjectId) {
    url
    feed {
      id
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:7474a64555c159d2b98b09a363e908dab8c12ebc9c5f91ce85df0fd4807449ec"}) as unknown as TypedDocumentString<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed($id: ID!) {
  revokeCalendarFeed(id: $id) {
    feed {
      id
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:942507228cc73fc1d99e22e4574499375f26b26cf004b32005692d0653882b60"}) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const CalendarListDocument = new TypedDocumentString(`
    query CalendarList {
  calendars {
    code
    provisional
    inForce
  }
}
    `, {"hash":"sha256:6286eaff545c90993f4647c8a5ddea1d2a395383d1107d207f36dc99c9ae9bc8"}) as unknown as TypedDocumentString<CalendarListQuery, CalendarListQueryVariables>;
export const CalendarEditorDocument = new TypedDocumentString(`
    query CalendarEditor($code: String!) {
  calendar(code: $code) {
    id
    code
    version
    label
    from
    to
    provisional
    inForce
    cohorts
    days {
      date
      am
      pm
      period
      label
    }
    draftChanges {
      date
      half
      before
      after
    }
    hoursPreview {
      cohort
      contractType
      contracts
      trainingHalfDaysInForce
      trainingHalfDaysDraft
      billableHoursInForce
      billableHoursDraft
      costInForce
      costDraft
    }
    versions {
      id
      number
      publishedAt
      publishedBy
      comment
      provisional
      changes {
        date
        half
        before
        after
      }
    }
  }
}
    `, {"hash":"sha256:87e9fb9ae386ee92af144f88f3c7bae9958036b9aa3a3a89a43c3e83064138bb"}) as unknown as TypedDocumentString<CalendarEditorQuery, CalendarEditorQueryVariables>;
export const SetCalendarHalfDaysDocument = new TypedDocumentString(`
    mutation SetCalendarHalfDays($code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {
  setCalendarHalfDays(
    code: $code
    version: $version
    from: $from
    to: $to
    kind: $kind
  ) {
    calendar {
      id
      version
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:1a3e1d42ea6a065197e23c05e14633258e44c27457a86b36aaabeb91b585a09e"}) as unknown as TypedDocumentString<SetCalendarHalfDaysMutation, SetCalendarHalfDaysMutationVariables>;
export const DiscardCalendarDraftDocument = new TypedDocumentString(`
    mutation DiscardCalendarDraft($code: String!, $version: Int!) {
  discardCalendarDraft(code: $code, version: $version) {
    calendar {
      id
      version
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:c1d9a40cb8cdcff73ef677ffe4e71c311fb3e794d9a66409491370af79c1467a"}) as unknown as TypedDocumentString<DiscardCalendarDraftMutation, DiscardCalendarDraftMutationVariables>;
export const PublishCalendarDocument = new TypedDocumentString(`
    mutation PublishCalendar($code: String!, $version: Int!, $comment: String) {
  publishCalendar(code: $code, version: $version, comment: $comment) {
    version {
      number
    }
    notified
    contractsRecomputed
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:0daeba7b99ae01e8cddf7f30f9fb9439b858b9a56592a2d1707bfcbd03aec1d1"}) as unknown as TypedDocumentString<PublishCalendarMutation, PublishCalendarMutationVariables>;
export const CalendarImportPreviewDocument = new TypedDocumentString(`
    query CalendarImportPreview($code: String!, $cells: JSON!) {
  calendarImportPreview(code: $code, cells: $cells) {
    format
    rows
    changes {
      date
      half
      before
      after
    }
    errors {
      row
      field
      message
    }
  }
}
    `, {"hash":"sha256:9682b673fccc99e27567db90d7883d92ff9c28f473d3f47a67dbcd4474388445"}) as unknown as TypedDocumentString<CalendarImportPreviewQuery, CalendarImportPreviewQueryVariables>;
export const ImportCalendarDocument = new TypedDocumentString(`
    mutation ImportCalendar($code: String!, $version: Int!, $cells: JSON!) {
  importCalendar(code: $code, version: $version, cells: $cells) {
    calendar {
      id
      version
    }
    errors {
      code
      message
      field
      index
    }
  }
}
    `, {"hash":"sha256:2b7a2c95fb162c6a02088b780e233daeab111fea455941f93100fea33679357e"}) as unknown as TypedDocumentString<ImportCalendarMutation, ImportCalendarMutationVariables>;
export const ContactCalendarsDocument = new TypedDocumentString(`
    query ContactCalendars {
  contactCalendars {
    studentName
    contractEnd
    calendars {
      code
      label
      days {
        date
        am
        pm
        period
        label
      }
    }
  }
}
    `, {"hash":"sha256:e8cae2f1355220c690948e3ee189b3a3a16a80fbab80342252b5aca00671191c"}) as unknown as TypedDocumentString<ContactCalendarsQuery, ContactCalendarsQueryVariables>;
export const StudentCalendarsDocument = new TypedDocumentString(`
    query StudentCalendars($studentId: ID!) {
  studentCalendars(studentId: $studentId) {
    code
    label
    version
    exceptions {
      date
      half
      before
      after
    }
    days {
      date
      am
      pm
      period
      label
    }
  }
}
    `, {"hash":"sha256:8b9264ec00a63e8b195fcc37f670e6411a9045793ce957d40d52787ac14d256b"}) as unknown as TypedDocumentString<StudentCalendarsQuery, StudentCalendarsQueryVariables>;
export const SetStudentCalendarHalfDaysDocument = new TypedDocumentString(`
    mutation SetStudentCalendarHalfDays($studentId: ID!, $code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {
  setStudentCalendarHalfDays(
    studentId: $studentId
    code: $code
    version: $version
    from: $from
    to: $to
    kind: $kind
  ) {
    calendar {
      code
      version
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:b99e91ce9ca7f5b26abd75bae0ddc3e5d1dbc1df60a14f6b4b742662d981ace8"}) as unknown as TypedDocumentString<SetStudentCalendarHalfDaysMutation, SetStudentCalendarHalfDaysMutationVariables>;
export const ClearStudentCalendarDocument = new TypedDocumentString(`
    mutation ClearStudentCalendar($studentId: ID!, $code: String!, $version: Int!) {
  clearStudentCalendar(studentId: $studentId, code: $code, version: $version) {
    calendar {
      code
      version
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:3d36ef617452c75e4d0303d935ccaf97f3873dd8ffda0bc783553a978d38372e"}) as unknown as TypedDocumentString<ClearStudentCalendarMutation, ClearStudentCalendarMutationVariables>;
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
export const ContactContextDocument = new TypedDocumentString(`
    query ContactContext {
  contactContext {
    asker
    studentFirstName
    studentLastName
    contractType
    site
    academicTutor {
      displayName
      email
    }
  }
}
    `, {"hash":"sha256:81b46bd36149dfa92c183c374e210ea196cf313363bfd87238284b9ac0e4c3a8"}) as unknown as TypedDocumentString<ContactContextQuery, ContactContextQueryVariables>;
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
    signed
    signingDate
    contractNumber
    opcoDepositDate
    opcoDepositNumber
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
    trainingFigures {
      billableHours
      cost
      costPerHour
      unbilledHours
      unbilledCost
      trainingHalfDays
      calendars
      provisional
      revision {
        revisionHalfDays
        workedDays
        entitlementDays
        remainingHalfDays
      }
      volumes {
        programme
        name
        trainingHours
        teachingHours
        annualCost
      }
    }
    paySegments {
      from
      to
      gridYear
      ageBracket
      ratePercent
      base
      monthlyMinimumGross
      extension
    }
    gratification {
      fteDays
      due
      hoursPerDay
      hourlyMinimum
      months {
        month
        companyDays
        minimum
      }
    }
    payBenefits {
      netEqualsGross
      fullExemptionUntil
      familyAllowancePercent
      ref
      incomeTax {
        year
        from
        to
        annualSmic
        share
        ceiling
        agreedPay
        taxableExcess
      }
      familyAllowance {
        from
        to
        monthlyThreshold
        agreedWithin
      }
    }
    checklist {
      id
      code
      label
      labelEn
      done
      doneAt
      dueDate
      sansDelai
      mandatory
      overdue
      ref
      responsible
      originals
      version
    }
  }
}
    `, {"hash":"sha256:6c5961a53f422052952a4b10b4c2f77d2d91ddf49a0a33ae7af16fa6c374d606"}) as unknown as TypedDocumentString<ContractDetailsQuery, ContractDetailsQueryVariables>;
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
    query ContractList($filter: ContractFilter, $first: Int!, $after: String) {
  contracts(filter: $filter, first: $first, after: $after) {
    id
    cursor
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
    `, {"hash":"sha256:55575b76699c04198abc53e7621e434e9710a93a60578d22e0d4c7cbb726a96f"}) as unknown as TypedDocumentString<ContractListQuery, ContractListQueryVariables>;
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
    fcTrainingAgreementsDue
    fcTrainingAgreementsOverdue
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
    `, {"hash":"sha256:820228dbc02a38f6b6e3c562fafb27ea0237f3d361074ad83285aba1fd6b3738"}) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
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
export const FichePublishedOffersDocument = new TypedDocumentString(`
    query FichePublishedOffers {
  offers(state: PUBLISHED, first: 100) {
    reference
    cohort
    contractType
    organisation {
      name
      siret
    }
  }
}
    `, {"hash":"sha256:d9755dd233b164be9b32fe2851aec601a5996a163ecf0c6512eeedd978b3eb55"}) as unknown as TypedDocumentString<FichePublishedOffersQuery, FichePublishedOffersQueryVariables>;
export const MyFicheDocument = new TypedDocumentString(`
    query MyFiche($studentId: ID!) {
  student(id: $studentId) {
    id
    version
    firstName
    lastName
    cohort
    trackWish
    siteWish
    wishedOn
    wishChoices {
      tracks {
        code
        label
      }
      sites {
        code
        label
      }
    }
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
    afterRuptureLastDay
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
  higherEducationDiploma
  disabilityExtraYear
  stageAltApproved
  derogationReason
  derogationBy
  derogationOn
  derogationPossible
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
    group
    trackWish
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
    opco
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
}`, {"hash":"sha256:de03c19e1ae0572bf75580b62a1e08a4a3aec5f5c84eb3fa3e53c3fe62c3e0b9"}) as unknown as TypedDocumentString<MyFicheQuery, MyFicheQueryVariables>;
export const ContractLifecycleDocument = new TypedDocumentString(`
    query ContractLifecycle($id: ID!) {
  contract(id: $id) {
    id
    version
    status
    contractType
    startDate
    endDate
    student {
      id
      cohort
    }
    mission {
      id
      tutor1 {
        id
        firstName
        lastName
        email
      }
      tutor2 {
        id
        firstName
        lastName
        email
      }
    }
    tutorChanges {
      id
      slot
      kind
      effectiveOn
      previousTutorUntil
      avenantSignedOn
      reason
      recordedBy
      previousTutor {
        id
        firstName
        lastName
      }
      newTutor {
        id
        firstName
        lastName
      }
    }
    amendments {
      id
      kind
      scope
      programme
      cohort
      previousEndDate
      newEndDate
      reason
      signedOn
      createdAt
    }
    mediations {
      id
      difficulty
      actions
      outcome
      mediatorLabel
      heldOn
    }
    ruptures {
      id
      version
      state
      reason
      requestedByRole
      requestedByLabel
      declaredBySource
      declaredLastDay
      lastDay
      startedOn
      plannedEndDate
      steps {
        id
        version
        key
        label
        labelEn
        toParty
        form
        count
        needsScan
        done
        doneAt
        scan {
          fileName
          size
        }
      }
    }
  }
}
    `, {"hash":"sha256:d5d3e64b4dc75a48815fbf3e6e209a7dc8b8643e20774c75ac1ef26c7e8fee7a"}) as unknown as TypedDocumentString<ContractLifecycleQuery, ContractLifecycleQueryVariables>;
export const RecordMediationDocument = new TypedDocumentString(`
    mutation RecordMediation($contractId: ID!, $input: MediationInput!) {
  recordMediation(contractId: $contractId, input: $input) {
    mediation {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:66a004195e83fe2a8368f0dab28d891386829364064917da72aad6839432d327"}) as unknown as TypedDocumentString<RecordMediationMutation, RecordMediationMutationVariables>;
export const RequestRuptureDocument = new TypedDocumentString(`
    mutation RequestRupture($contractId: ID!, $reason: String!) {
  requestRupture(contractId: $contractId, reason: $reason) {
    rupture {
      id
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:60d1ddfd3386e580634c83f07a4f584b5f52dd3681500a8c0e2c6f8ec67297c5"}) as unknown as TypedDocumentString<RequestRuptureMutation, RequestRuptureMutationVariables>;
export const StartRuptureDocument = new TypedDocumentString(`
    mutation StartRupture($contractId: ID!, $ruptureId: ID, $version: Int, $reason: String, $lastDay: Date!, $skipMediation: Boolean) {
  startRupture(
    contractId: $contractId
    ruptureId: $ruptureId
    version: $version
    reason: $reason
    lastDay: $lastDay
    skipMediation: $skipMediation
  ) {
    rupture {
      id
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:48e95e10659f68b836e17dcbc29ff8b8581efd7cc824b8eb1d70cd36dd184e74"}) as unknown as TypedDocumentString<StartRuptureMutation, StartRuptureMutationVariables>;
export const SetRuptureStepDoneDocument = new TypedDocumentString(`
    mutation SetRuptureStepDone($id: ID!, $version: Int!, $done: Boolean!) {
  setRuptureStepDone(id: $id, version: $version, done: $done) {
    step {
      id
      version
      done
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:a392c77a989d05838db9b0f29e566812c51f5dde0a6752d7dcb918bf2adbeb60"}) as unknown as TypedDocumentString<SetRuptureStepDoneMutation, SetRuptureStepDoneMutationVariables>;
export const UploadRuptureScanDocument = new TypedDocumentString(`
    mutation UploadRuptureScan($id: ID!, $version: Int!, $document: DocumentUpload!) {
  uploadRuptureScan(id: $id, version: $version, document: $document) {
    step {
      id
      version
      done
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:b554e7dde23b1cefcb95c2d93a5a4d73a2b23e1507a199386f3aa808b6f0ed55"}) as unknown as TypedDocumentString<UploadRuptureScanMutation, UploadRuptureScanMutationVariables>;
export const CompleteRuptureDocument = new TypedDocumentString(`
    mutation CompleteRupture($id: ID!, $version: Int!) {
  completeRupture(id: $id, version: $version) {
    rupture {
      id
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:9be6f802a54bab56a9e0e214b38592c75face3326d0790faf3efab69a32482a9"}) as unknown as TypedDocumentString<CompleteRuptureMutation, CompleteRuptureMutationVariables>;
export const CancelRuptureDocument = new TypedDocumentString(`
    mutation CancelRupture($id: ID!, $version: Int!, $comment: String!) {
  cancelRupture(id: $id, version: $version, comment: $comment) {
    rupture {
      id
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:2d7f6fd999e98cc5a0389bf3a3213d9a5c5a0235d1f9d02b3b5b7c0d41d5c0e3"}) as unknown as TypedDocumentString<CancelRuptureMutation, CancelRuptureMutationVariables>;
export const ExtendContractDocument = new TypedDocumentString(`
    mutation ExtendContract($contractId: ID!, $version: Int!, $input: ContractExtensionInput!) {
  extendContract(contractId: $contractId, version: $version, input: $input) {
    contract {
      id
      version
      endDate
    }
    findings {
      code
      message
      messageEn
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:1ee3051015ed2083a5ed5e47a1b3fc11618502eaf4a78e19f6847e72895041d4"}) as unknown as TypedDocumentString<ExtendContractMutation, ExtendContractMutationVariables>;
export const ExtensionPreviewDocument = new TypedDocumentString(`
    query ExtensionPreview($contractId: ID!, $input: ExtensionPreviewInput!) {
  extensionPreview(contractId: $contractId, input: $input) {
    repeatedProgramme
    extendedFrom
    previousExtensions
    repeatedCohort
    findings {
      code
      severity
      message
      messageEn
    }
    paySegments {
      from
      to
      gridYear
      ageBracket
      ratePercent
      base
      monthlyMinimumGross
      extension
    }
    billableHoursBefore
    costBefore
    billableHours
    cost
  }
}
    `, {"hash":"sha256:50f027943bc4c18cd619b684755b30ed0cdd7ac12c51312bf73d99ac6965c01e"}) as unknown as TypedDocumentString<ExtensionPreviewQuery, ExtensionPreviewQueryVariables>;
export const SendRuptureRequestLinkDocument = new TypedDocumentString(`
    mutation SendRuptureRequestLink($contractId: ID!) {
  sendRuptureRequestLink(contractId: $contractId) {
    sent
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:3415e8e695588a8e682375cff2d87f679628e62be2055dbfe001039d498ec256"}) as unknown as TypedDocumentString<SendRuptureRequestLinkMutation, SendRuptureRequestLinkMutationVariables>;
export const StartMissionAfterRuptureDocument = new TypedDocumentString(`
    mutation StartMissionAfterRupture($ruptureId: ID!) {
  startMissionAfterRupture(ruptureId: $ruptureId) {
    mission {
      id
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:0c8a6b44200d59717d336b36f479ba2d133e07b5a38b05b143acb12dd77be240"}) as unknown as TypedDocumentString<StartMissionAfterRuptureMutation, StartMissionAfterRuptureMutationVariables>;
export const YearChangePreviewDocument = new TypedDocumentString(`
    query YearChangePreview($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]) {
  yearChangePreview(cohort: $cohort, programme: $programme, outcomes: $outcomes) {
    cohort
    programme
    closedOn
    rows {
      student {
        id
        firstName
        lastName
      }
      studentVersion
      contract {
        id
        contractType
        endDate
      }
      outcome
      opcoAgreement
      nextProgramme
      newContractNeeded
      nextCohort
      nextCampaignCloses
      nextCalendar
      nextYearFrom
      nextYearTo
      payBefore {
        ratePercent
        monthlyMinimumGross
        gridYear
      }
      payAfter {
        ratePercent
        monthlyMinimumGross
        gridYear
      }
      nextYearHours
      tutorAssignmentToRedo
      currentAcademicTutor
      contractEnds
      repeatedYear {
        extensionAllowed
        mustBreakUnlessOpcoAgrees
        newAlternanceYears
        withoutAlternance
        internshipEnds
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
    }
  }
}
    `, {"hash":"sha256:d61abce47949c4db339e38f2d9fbdccdb7b76d07392c76289a2b44693ee6ac6a"}) as unknown as TypedDocumentString<YearChangePreviewQuery, YearChangePreviewQueryVariables>;
export const CloseTrainingYearDocument = new TypedDocumentString(`
    mutation CloseTrainingYear($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]!) {
  closeTrainingYear(cohort: $cohort, programme: $programme, outcomes: $outcomes) {
    preview {
      closedOn
      rows {
        student {
          id
        }
        newContractNeeded
        nextCohort
      }
    }
    errors {
      code
      field
      message
      index
    }
  }
}
    `, {"hash":"sha256:9aeb9eddc2cc9008b505de02d0df00ff1020ba967e499e60e98da305e6692eec"}) as unknown as TypedDocumentString<CloseTrainingYearMutation, CloseTrainingYearMutationVariables>;
export const RuptureCountsDocument = new TypedDocumentString(`
    query RuptureCounts {
  ruptureCounts {
    cohort
    month
    count
  }
}
    `, {"hash":"sha256:7c1547b459bf34faabcce04fcc7e9bfbf2edb2b57bd201a645a5d9b7d8ed1894"}) as unknown as TypedDocumentString<RuptureCountsQuery, RuptureCountsQueryVariables>;
export const RuptureScanDocument = new TypedDocumentString(`
    query RuptureScan($id: ID!) {
  rupture(id: $id) {
    id
    steps {
      id
      scan {
        fileName
        mimeType
        contentBase64
      }
    }
  }
}
    `, {"hash":"sha256:6e33ab59d53d8c78011ba7266ae08f21547bd7a0b29a73100e01eb04592527e5"}) as unknown as TypedDocumentString<RuptureScanQuery, RuptureScanQueryVariables>;
export const ChangeCompanyTutorDocument = new TypedDocumentString(`
    mutation ChangeCompanyTutor($contractId: ID!, $version: Int!, $input: CompanyTutorChangeInput!) {
  changeCompanyTutor(contractId: $contractId, version: $version, input: $input) {
    contract {
      id
      version
    }
    change {
      id
      kind
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:4dc086e4f0bf9fb3b29e607d4b47face998fe7d89abf87f989212d69b83d42f8"}) as unknown as TypedDocumentString<ChangeCompanyTutorMutation, ChangeCompanyTutorMutationVariables>;
export const MissionForHoursDocument = new TypedDocumentString(`
    query MissionForHours($id: ID!) {
  mission(id: $id) {
    id
    cohort
    contractType
    startDate
    endDate
    student {
      id
      repeating
    }
  }
}
    `, {"hash":"sha256:a1b77e890f328e2d51888e2c5010916d4152a107f9bfd6c38b103d692cd49fb2"}) as unknown as TypedDocumentString<MissionForHoursQuery, MissionForHoursQueryVariables>;
export const TrainingHoursCheckDocument = new TypedDocumentString(`
    query TrainingHoursCheck($cohort: String!, $contractType: String!, $startDate: Date!, $endDate: Date!) {
  trainingHoursCheck(
    cohort: $cohort
    contractType: $contractType
    startDate: $startDate
    endDate: $endDate
  ) {
    remainingTrainingHours
    contractMonths
    minimumHours
    maximumHours
    workHours
    finding {
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
  }
}
    `, {"hash":"sha256:f32f70a4a98a5b1053d1ea1104b31a960d1450d309c27f0f4148d4e700535f61"}) as unknown as TypedDocumentString<TrainingHoursCheckQuery, TrainingHoursCheckQueryVariables>;
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
  companyTutor2Name
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
}`, {"hash":"sha256:749bb47833f07fb3c79509f48e310ee27d19ad460d8d73e075a79cde33a6d870"}) as unknown as TypedDocumentString<SaveLivretSheetMutation, SaveLivretSheetMutationVariables>;
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
  companyTutor2Name
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
}`, {"hash":"sha256:9b4d4665853932abbf11ee045df293a6109e4a53edcfb336b4c8e8b902acf1d4"}) as unknown as TypedDocumentString<LivretQuery, LivretQueryVariables>;
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
  companyTutor2Name
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
}`, {"hash":"sha256:0bd70852756e87e94a58b37769e12f86a2a74c66c1214560e3ee9fcaff5ec181"}) as unknown as TypedDocumentString<MyLivretsQuery, MyLivretsQueryVariables>;
export const MyLivretExpectationDocument = new TypedDocumentString(`
    query MyLivretExpectation {
  myLivretExpectation
}
    `, {"hash":"sha256:21be4b6951ca4385617878278ff0e8621fbf8eb2c8597b0366274728cf4b8a6a"}) as unknown as TypedDocumentString<MyLivretExpectationQuery, MyLivretExpectationQueryVariables>;
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
  companyTutor2Name
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
}`, {"hash":"sha256:a0863d3ee003f549f59547fe6d31b302bb3f703632d929996d682844435cd155"}) as unknown as TypedDocumentString<SaveLivretGeneralMutation, SaveLivretGeneralMutationVariables>;
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
  companyTutor2Name
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
}`, {"hash":"sha256:d34020be580710b4d8526c74d57938692c7cd2a8ff73965e0ad5d0bc9452c8e4"}) as unknown as TypedDocumentString<OverrideLivretDatesMutation, OverrideLivretDatesMutationVariables>;
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
  companyTutor2Name
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
}`, {"hash":"sha256:17b4e092c23417ba3a7dc7f1f74ceb73b655169b48d01c4c3ea87e1513dff81c"}) as unknown as TypedDocumentString<ReopenLivretSheetMutation, ReopenLivretSheetMutationVariables>;
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
export const GrantDerogationDocument = new TypedDocumentString(`
    mutation GrantDerogation($id: ID!, $version: Int!, $reason: String) {
  grantDerogation(id: $id, version: $version, reason: $reason) {
    errors {
      code
      message
      field
    }
    mission {
      id
      version
      derogationReason
      derogationBy
      derogationOn
    }
  }
}
    `, {"hash":"sha256:ee5eb14f6ac53885d16afbcbe7b32b673afb5a11cdaf1849472b8e9a578b83d8"}) as unknown as TypedDocumentString<GrantDerogationMutation, GrantDerogationMutationVariables>;
export const MissionListDocument = new TypedDocumentString(`
    query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $after: String, $withTotal: Boolean! = true) {
  missionCount(filter: $filter) @include(if: $withTotal)
  missions(filter: $filter, sort: $sort, first: $first, after: $after) {
    id
    cursor
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
    `, {"hash":"sha256:4d320574f65825595a456854dbe12863362a3f9c39f034312c9a717dcc98f915"}) as unknown as TypedDocumentString<MissionListQuery, MissionListQueryVariables>;
export const MissionDetailDocument = new TypedDocumentString(`
    query MissionDetail($id: ID!, $office: Boolean!) {
  mission(id: $id) {
    ...MissionFiche
    afterRuptureLastDay
    afterRuptureInProgress
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
      entityType
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
  higherEducationDiploma
  disabilityExtraYear
  stageAltApproved
  derogationReason
  derogationBy
  derogationOn
  derogationPossible
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
    group
    trackWish
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
    opco
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
}`, {"hash":"sha256:352006233e6db74e6bff8b7b886aa33b5ff57769b0f0522220fbdf3a3aae2629"}) as unknown as TypedDocumentString<MissionDetailQuery, MissionDetailQueryVariables>;
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
    publishedAt
    sentTo
    version
    organisation {
      id
      name
      siret
    }
  }
}
    `, {"hash":"sha256:1a980eb2f91d2da68adaa1930322eb6c04366f43611ac054259390017e641e06"}) as unknown as TypedDocumentString<OffersQuery, OffersQueryVariables>;
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
export const RecordOffersVisitDocument = new TypedDocumentString(`
    mutation RecordOffersVisit {
  recordOffersVisit {
    frequency
    version
    offersSeenAt
    stillLooking
  }
}
    `, {"hash":"sha256:a871bf0d6ab2cc5ae3852b3184466a85786ec41a5f956dea4b046556238c3a39"}) as unknown as TypedDocumentString<RecordOffersVisitMutation, RecordOffersVisitMutationVariables>;
export const SetOfferAlertsDocument = new TypedDocumentString(`
    mutation SetOfferAlerts($frequency: OfferAlertFrequency!, $version: Int!) {
  setOfferAlerts(frequency: $frequency, version: $version) {
    errors {
      code
      message
      field
    }
    alerts {
      frequency
      version
      offersSeenAt
      stillLooking
    }
  }
}
    `, {"hash":"sha256:fe2716384111fc8d52fce7994331457b6f85e3284712b78adf262f72eae82951"}) as unknown as TypedDocumentString<SetOfferAlertsMutation, SetOfferAlertsMutationVariables>;
export const UpdateApiTokenLimitsDocument = new TypedDocumentString(`
    mutation UpdateApiTokenLimits($input: ApiTokenLimitsInput!) {
  updateApiTokenLimits(input: $input) {
    errors {
      code
      message
      field
    }
    token {
      id
      version
    }
  }
}
    `, {"hash":"sha256:7ae603e6c2739178bf9df916aaf7bc017b03d38c511b1c3eb6cca2a04cdb6aae"}) as unknown as TypedDocumentString<UpdateApiTokenLimitsMutation, UpdateApiTokenLimitsMutationVariables>;
export const RegisterPersistedOperationsDocument = new TypedDocumentString(`
    mutation RegisterPersistedOperations($tokenId: ID!, $manifest: JSON!, $replace: Boolean) {
  registerPersistedOperations(
    tokenId: $tokenId
    manifest: $manifest
    replace: $replace
  ) {
    added
    unchanged
    removed
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:77fd5873d80be50cbdfbcd6d2e4a92b922c70ea6fbdbb98d917711093b4b62e8"}) as unknown as TypedDocumentString<RegisterPersistedOperationsMutation, RegisterPersistedOperationsMutationVariables>;
export const RemovePersistedOperationDocument = new TypedDocumentString(`
    mutation RemovePersistedOperation($tokenId: ID!, $documentId: String!) {
  removePersistedOperation(tokenId: $tokenId, documentId: $documentId) {
    removed
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:15181651deed9cf73256fc8ecaa02cfc9894fe459ce52ed891db2fb217575c4e"}) as unknown as TypedDocumentString<RemovePersistedOperationMutation, RemovePersistedOperationMutationVariables>;
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
    version
    rateLimitPerMinute
    maxCost
    maxDepth
    adHocDocuments
    limits {
      ratePerMinute
      maxCost
      maxDepth
    }
    operations {
      documentId
      operationName
      operationType
      createdAt
    }
  }
  apiTokenDefaultLimits {
    ratePerMinute
    maxCost
    maxDepth
  }
  apiTokenScopes
  integrationPartners {
    code
    label
    contractTypes
    scopes
  }
}
    `, {"hash":"sha256:0c7238938acafd53a49b2d9b663f46851defa2acfb84f31d4bef753dbc6c65ce"}) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
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
    query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!, $withTotal: Boolean! = true) {
  auditEventCount(
    actor: $actor
    action: $action
    entityType: $entityType
    from: $from
    to: $to
  ) @include(if: $withTotal)
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
    entityName
    entityGone
    action
    fields
    comment
  }
  auditFacets @include(if: $withTotal) {
    actions
    entityTypes
  }
}
    `, {"hash":"sha256:69beb31202c751d984418fa605b01ddf7606b7cf9ceafbdf7ae5b7d85102e549"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
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
      active
    }
  }
}
    `, {"hash":"sha256:bccab25fb98d5f379173bbf9d5e93499967de0da0977939a200de000790e85d4"}) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
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
  higherEducationDiploma
  disabilityExtraYear
  stageAltApproved
  derogationReason
  derogationBy
  derogationOn
  derogationPossible
  returnComment
  rejectionReason
  student {
    id
    firstName
    lastName
    email
    cohort
    status
    group
    trackWish
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
    opco
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
}`, {"hash":"sha256:edec39d7c3d59b09c36c55b38cde03e5e60fbf884a7849788d9678f7e8f1e9a9"}) as unknown as TypedDocumentString<LinkMissionQuery, LinkMissionQueryVariables>;
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
    today
  }
}
    `, {"hash":"sha256:44a0b25e491de958084177cee1589411e679a5d728398490a8949f91e6723a57"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ExpressPlacementWishDocument = new TypedDocumentString(`
    mutation ExpressPlacementWish($id: ID!, $version: Int!, $trackWish: String, $siteWish: String) {
  expressPlacementWish(
    studentId: $id
    version: $version
    trackWish: $trackWish
    siteWish: $siteWish
  ) {
    student {
      id
      version
      trackWish
      siteWish
      wishedOn
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:d432e48df602814c8cf38a53718e873505e58c9865847dc8ae763fd45812fa01"}) as unknown as TypedDocumentString<ExpressPlacementWishMutation, ExpressPlacementWishMutationVariables>;
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
    trainingAgreement {
      signedOn
      dueDate
      state
      daysLeft
      ref
    }
    cohort
    group
    repeating
    professionalisationValidated
    site
    trackWish
    siteWish
    wishedOn
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
    `, {"hash":"sha256:d678c30378507484130966134ae5630488e65694b4f5e47ddd39c0b6ae9eb8b6"}) as unknown as TypedDocumentString<StudentRecordQuery, StudentRecordQueryVariables>;
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
export const RecordTrainingAgreementDocument = new TypedDocumentString(`
    mutation RecordTrainingAgreement($id: ID!, $version: Int!, $signedOn: Date) {
  recordTrainingAgreement(studentId: $id, version: $version, signedOn: $signedOn) {
    errors {
      code
      message
      field
    }
    student {
      id
      version
      trainingAgreementSignedOn
    }
  }
}
    `, {"hash":"sha256:82e0249ddf13329fa01aaaf5defeeb46529e8d4bf004674725162a3fbd995f9b"}) as unknown as TypedDocumentString<RecordTrainingAgreementMutation, RecordTrainingAgreementMutationVariables>;
export const StudentListDocument = new TypedDocumentString(`
    query StudentList($cohort: String, $search: String, $trainingAgreementDue: Boolean, $first: Int!, $offset: Int!) {
  students(
    cohort: $cohort
    search: $search
    trainingAgreementDue: $trainingAgreementDue
    first: $first
    offset: $offset
  ) {
    id
    firstName
    lastName
    email
    cohort
    status
    foreign
    aptObtained
    trainingAgreementSignedOn
    trainingAgreement {
      state
      dueDate
    }
    academicTutor {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:a5cad9462b08a3a0baa4802e3fb0924e6e63f3ff3624343c1d1e0e508e081872"}) as unknown as TypedDocumentString<StudentListQuery, StudentListQueryVariables>;
export const TutorAssignmentsDocument = new TypedDocumentString(`
    query TutorAssignments($filter: AlternantFollowUpFilter) {
  alternantsFollowUp(filter: $filter) {
    academicYear
    academicYears
    total
    items {
      student {
        id
        version
        firstName
        lastName
        cohort
      }
      missionId
      contractId
      programme
      organisationName
      companyTutorName
      companyTutorNames
      academicTutor {
        id
        displayName
      }
      assignmentDeadline
      visits {
        id
        state
        visitNumber
        date
        reportStage
      }
      visitWindows {
        visitNumber
        from
        to
      }
      findings {
        code
        message
        messageEn
        window {
          min
          max
        }
      }
    }
  }
  academicTutors {
    id
    displayName
  }
}
    `, {"hash":"sha256:c9f42d289275e3371f2318bd9f3ba914e3ea710be76977f241972daacdbd8609"}) as unknown as TypedDocumentString<TutorAssignmentsQuery, TutorAssignmentsQueryVariables>;
export const TutorLoadsDocument = new TypedDocumentString(`
    query TutorLoads($year: String) {
  tutorLoads(academicYear: $year) {
    tutor {
      id
      displayName
    }
    alternants
    visitsHeld
    visitsPlanned
    reportsDue
  }
}
    `, {"hash":"sha256:4372f123435b1d7c5a4f1e91e1c30eee1acf3701e04b947a24b12559f89b7ee1"}) as unknown as TypedDocumentString<TutorLoadsQuery, TutorLoadsQueryVariables>;
export const AssignAcademicTutorDocument = new TypedDocumentString(`
    mutation AssignAcademicTutor($assignments: [TutorAssignmentInput!]!, $tutor: ID) {
  assignAcademicTutor(assignments: $assignments, academicTutorId: $tutor) {
    students {
      id
      version
      academicTutor {
        id
        displayName
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:f1cfca03442fa815635d4c22e11fd20131b008b609294c1ccc40b23cafdb2b6d"}) as unknown as TypedDocumentString<AssignAcademicTutorMutation, AssignAcademicTutorMutationVariables>;
export const MyAlternantsDocument = new TypedDocumentString(`
    query MyAlternants($filter: AlternantFollowUpFilter) {
  alternantsFollowUp(filter: $filter) {
    academicYear
    items {
      student {
        id
        firstName
        lastName
        cohort
      }
      missionId
      contractId
      livretId
      programme
      organisationName
      companyTutorName
      companyTutorNames
      academicTutor {
        id
        displayName
      }
      visits {
        id
        state
        visitNumber
        date
        slotDeclines {
          companyTutorName
          availability
        }
        slotsUnanswered
        reportStage
        slotsRemindedAt
      }
      visitWindows {
        visitNumber
        from
        to
      }
      findings {
        code
        message
        messageEn
        window {
          min
          max
        }
      }
    }
  }
}
    `, {"hash":"sha256:074b7efbc5018f042d8c00af8df2b60a11969b234b4b6d47567c8bce0ab110f8"}) as unknown as TypedDocumentString<MyAlternantsQuery, MyAlternantsQueryVariables>;
export const VisitReportsKeptDocument = new TypedDocumentString(`
    query VisitReportsKept {
  visitReportsKept {
    id
    visitNumber
    date
    studentName
    organisationName
    student {
      academicTutor {
        displayName
      }
    }
  }
}
    `, {"hash":"sha256:5e70752ab0bc7775df51aa6e273a37a124030cb2ca6848b50d5214295ddae8db"}) as unknown as TypedDocumentString<VisitReportsKeptQuery, VisitReportsKeptQueryVariables>;
export const UnassignedAlternantsDocument = new TypedDocumentString(`
    query UnassignedAlternants {
  alternantsFollowUp(filter: {unassignedOnly: true}) {
    items {
      student {
        id
        firstName
        lastName
        cohort
      }
      assignmentDeadline
      findings {
        code
      }
    }
  }
}
    `, {"hash":"sha256:9d55cdf9e1ec97b44a2f101050f9248acd55edce0f0304e956c56d31629cb2f2"}) as unknown as TypedDocumentString<UnassignedAlternantsQuery, UnassignedAlternantsQueryVariables>;
export const AlternantCalendarMonthDocument = new TypedDocumentString(`
    query AlternantCalendarMonth($id: ID!, $from: Date!, $to: Date!) {
  alternantCalendar(studentId: $id, from: $from, to: $to) {
    date
    morning
    afternoon
  }
}
    `, {"hash":"sha256:a544eae4ac927bc0995ea978b8720d32ab427b1605bd24ef64d5d9d7df14321e"}) as unknown as TypedDocumentString<AlternantCalendarMonthQuery, AlternantCalendarMonthQueryVariables>;
export const MyVisitsDocument = new TypedDocumentString(`
    query MyVisits {
  visits {
    id
    academicYear
    visitNumber
    state
    reportStage
    date
    half
    format
    location
    organisationName
    companyTutorName
    companyTutorNames
    academicTutor {
      id
      displayName
    }
    cancelReason
  }
}
    `, {"hash":"sha256:4d0d52ad1c943f93985082e8163c1b7996282ebd8fcea7cfb82e53c6692e05a0"}) as unknown as TypedDocumentString<MyVisitsQuery, MyVisitsQueryVariables>;
export const PlanVisitAlternantDocument = new TypedDocumentString(`
    query PlanVisitAlternant($id: ID!) {
  alternantsFollowUp(filter: {studentId: $id}, first: 1) {
    academicYear
    items {
      student {
        id
        firstName
        lastName
      }
      programme
      organisationName
      visitAddress
      companyTutorName
      companyTutorNames
      visitWindows {
        visitNumber
        from
        to
      }
      visits {
        id
        state
        visitNumber
      }
    }
  }
}
    `, {"hash":"sha256:a2d2479f72187260a568c870a28c67d13e5a93c5b6ee6b0c80cbb801127bcb17"}) as unknown as TypedDocumentString<PlanVisitAlternantQuery, PlanVisitAlternantQueryVariables>;
export const ProposeVisitSlotsDocument = new TypedDocumentString(`
    mutation ProposeVisitSlots($input: ProposeVisitSlotsInput!) {
  proposeVisitSlots(input: $input) {
    visit {
      id
    }
    errors {
      code
      field
      message
    }
    findings {
      code
      severity
      field
      subject
      message
      messageEn
      ref
      window {
        min
        max
      }
    }
  }
}
    `, {"hash":"sha256:849b3780880561136e4fdee5fd4951269da964019f3d3f2fab41503e65bc6eef"}) as unknown as TypedDocumentString<ProposeVisitSlotsMutation, ProposeVisitSlotsMutationVariables>;
export const VisitDetailsDocument = new TypedDocumentString(`
    query VisitDetails($id: ID!) {
  visit(id: $id) {
    id
    version
    academicYear
    visitNumber
    state
    studentName
    student {
      academicTutor {
        id
      }
    }
    organisationName
    companyTutorName
    companyTutorNames
    visitorName
    academicTutor {
      id
      displayName
    }
    date
    half
    format
    location
    icsSequence
    cancelReason
    slotsDeclinedAt
    slotsDeclinedNote
    slotDeclines {
      companyTutorName
      declinedAt
      availability
    }
    slotChosenByName
    slotsUnanswered
    slotsReminderTo
    slotsRemindedAt
    reportStage
    slots {
      id
      date
      half
      format
      location
      findings {
        code
        severity
        field
        message
        messageEn
        ref
      }
    }
    report {
      attendees
      activities
      progress
      pointsOfAttention
      tutorOpinion
      followUpNeeded
      followUpNote
    }
    reportedAt
  }
}
    `, {"hash":"sha256:63e5e52754b5a4250ffa13387ac644de0c238514a563850acb6410b6598deebd"}) as unknown as TypedDocumentString<VisitDetailsQuery, VisitDetailsQueryVariables>;
export const RecordVisitReportDocument = new TypedDocumentString(`
    mutation RecordVisitReport($id: ID!, $version: Int!, $input: VisitReportInput!) {
  recordVisitReport(visitId: $id, version: $version, input: $input) {
    visit {
      id
      version
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:f83c2745c037a1232e4607a6b69040a1f12138fc02ff8feea7c6daffbdcb49e9"}) as unknown as TypedDocumentString<RecordVisitReportMutation, RecordVisitReportMutationVariables>;
export const RescheduleVisitDocument = new TypedDocumentString(`
    mutation RescheduleVisit($id: ID!, $version: Int!, $slot: VisitSlotInput!, $reason: String, $ack: Boolean) {
  rescheduleVisit(
    visitId: $id
    version: $version
    slot: $slot
    reason: $reason
    acknowledgeWarnings: $ack
  ) {
    visit {
      id
      version
      state
    }
    errors {
      code
      field
      message
    }
    findings {
      code
      severity
      field
      message
      messageEn
      ref
    }
  }
}
    `, {"hash":"sha256:18be079b702b6be1d283edfd5f942d8d8c7c4b38da2d745fc07d145eeeebc213"}) as unknown as TypedDocumentString<RescheduleVisitMutation, RescheduleVisitMutationVariables>;
export const ProposeOtherVisitSlotsDocument = new TypedDocumentString(`
    mutation ProposeOtherVisitSlots($id: ID!, $version: Int!, $slots: [VisitSlotInput!]!, $ack: Boolean) {
  proposeOtherVisitSlots(
    visitId: $id
    version: $version
    slots: $slots
    acknowledgeWarnings: $ack
  ) {
    visit {
      id
      version
      state
    }
    errors {
      code
      field
      message
    }
    findings {
      code
      severity
      field
      message
      messageEn
      ref
    }
  }
}
    `, {"hash":"sha256:531c5602d5d201e47f9fe2998adb55f0d72cc736da0902c328f2bfeb02a87d52"}) as unknown as TypedDocumentString<ProposeOtherVisitSlotsMutation, ProposeOtherVisitSlotsMutationVariables>;
export const RemindVisitSlotsDocument = new TypedDocumentString(`
    mutation RemindVisitSlots($id: ID!, $version: Int!) {
  remindVisitSlots(visitId: $id, version: $version) {
    visit {
      id
      version
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:0e91e6b756c75cbecaa837777cbf9a402b92608763fa4d8c751ee3bd46049671"}) as unknown as TypedDocumentString<RemindVisitSlotsMutation, RemindVisitSlotsMutationVariables>;
export const CancelVisitDocument = new TypedDocumentString(`
    mutation CancelVisit($id: ID!, $version: Int!, $reason: String!) {
  cancelVisit(visitId: $id, version: $version, reason: $reason) {
    visit {
      id
      version
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:0ad93f9b6e86ab538baf419f3100508c95bb27b2b780dd56138f455689880245"}) as unknown as TypedDocumentString<CancelVisitMutation, CancelVisitMutationVariables>;
export const LinkVisitDocument = new TypedDocumentString(`
    query LinkVisit($id: ID!) {
  visit(id: $id) {
    id
    version
    visitNumber
    state
    studentName
    visitorName
    academicTutor {
      id
      displayName
    }
    date
    half
    format
    location
    slotsDeclinedAt
    slotsDeclinedByMe
    slotDeclines {
      companyTutorName
    }
    slotChosenByName
    companyTutorNames
    slots {
      id
      date
      half
      format
      location
    }
  }
}
    `, {"hash":"sha256:79f07a8a990e4545d742dd1e28f1311c0c6bae1c087a1029c8375725a985cee0"}) as unknown as TypedDocumentString<LinkVisitQuery, LinkVisitQueryVariables>;
export const ChooseVisitSlotDocument = new TypedDocumentString(`
    mutation ChooseVisitSlot($id: ID!, $version: Int!, $slotId: ID!) {
  chooseVisitSlot(visitId: $id, version: $version, slotId: $slotId) {
    visit {
      id
      state
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:2908b0b0b4aa367ccc273054fbc6882ec9b550c1b324144ce384b07da2d68ba5"}) as unknown as TypedDocumentString<ChooseVisitSlotMutation, ChooseVisitSlotMutationVariables>;
export const DeclineVisitSlotsDocument = new TypedDocumentString(`
    mutation DeclineVisitSlots($id: ID!, $version: Int!, $availability: String!) {
  declineVisitSlots(visitId: $id, version: $version, availability: $availability) {
    visit {
      id
      state
      slotsDeclinedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:a14f825817c58681d997b1e25bb88565192fb3335cbd6d6f382ff6490e21d211"}) as unknown as TypedDocumentString<DeclineVisitSlotsMutation, DeclineVisitSlotsMutationVariables>;
export const VisitsOverviewDocument = new TypedDocumentString(`
    query VisitsOverview($filter: AlternantFollowUpFilter, $first: Int, $offset: Int) {
  alternantsFollowUp(filter: $filter, first: $first, offset: $offset) {
    academicYear
    academicYears
    total
    late
    toChase
    reportDue
    items {
      student {
        id
        firstName
        lastName
        cohort
      }
      missionId
      contractId
      programme
      organisationName
      companyTutorName
      companyTutorNames
      academicTutor {
        id
        displayName
      }
      visits {
        id
        state
        visitNumber
        date
        slotDeclines {
          companyTutorName
          availability
        }
        slotsUnanswered
        reportStage
        slotsRemindedAt
      }
      visitWindows {
        visitNumber
        from
        to
      }
      findings {
        code
        message
        messageEn
        window {
          min
          max
        }
      }
    }
  }
}
    `, {"hash":"sha256:e6552b9ec91eab50fe2be081ef91c0361b3f4324ec16038de24bd4285a1a79e9"}) as unknown as TypedDocumentString<VisitsOverviewQuery, VisitsOverviewQueryVariables>;