import { graphql } from '../gql';

// The absences module's GraphQL documents (issue 11 §3), shared by its screens.
export const AbsenceFieldsFragment = graphql(`
  fragment AbsenceFields on Absence {
    id version date half state reason comment organisationName hours deadline decidedBy decidedAt decisionComment recordedBy source
    student { id firstName lastName cohort group }
    stoppage { issuedOn from to receivedOn sentBy fileName mediaType size }
    document { fileName mediaType size }
  }
`);

export const AbsencesDocument = graphql(`
  query Absences($filter: AbsenceFilter, $first: Int, $offset: Int) {
    absences(filter: $filter, first: $first, offset: $offset) { ...AbsenceFields }
  }
`);

export const AttendanceDocument = graphql(`
  query Attendance($studentId: ID!) {
    attendance(studentId: $studentId) { trainingHours missedHalfDays missedHours justifiedHours unjustifiedHours pendingHours missedPercent }
  }
`);

export const DaySheetDocument = graphql(`
  query AbsenceDaySheet($cohort: String!, $group: String, $date: Date!, $half: HalfDay!) {
    absenceDaySheet(cohort: $cohort, group: $group, date: $date, half: $half) {
      training
      student { id firstName lastName group }
      absence { id state }
    }
  }
`);

export const RecordAbsencesDocument = graphql(`
  mutation RecordAbsences($input: RecordAbsencesInput!) {
    recordAbsences(input: $input) { absences { id } errors { code message field index } }
  }
`);

export const PreviewAbsenceImportDocument = graphql(`
  mutation PreviewAbsenceImport($rows: [AbsenceImportRowInput!]!) {
    previewAbsenceImport(rows: $rows) {
      rows { index date half studentId studentName duplicate }
      errors { code message field index }
    }
  }
`);

export const ImportAbsencesDocument = graphql(`
  mutation ImportAbsences($rows: [AbsenceImportRowInput!]!) {
    importAbsences(rows: $rows) { absences { id } errors { code message field index } }
  }
`);

export const DeclareMedicalAbsenceDocument = graphql(`
  mutation DeclareMedicalAbsence($id: ID!, $version: Int!) {
    declareMedicalAbsence(id: $id, version: $version) { absence { ...AbsenceFields } errors { code message field } }
  }
`);

export const GiveAbsenceReasonDocument = graphql(`
  mutation GiveAbsenceReason($id: ID!, $version: Int!, $reason: String!) {
    giveAbsenceReason(id: $id, version: $version, reason: $reason) { absence { ...AbsenceFields } errors { code message field } }
  }
`);

export const DecideAbsenceDocument = graphql(`
  mutation DecideAbsence($id: ID!, $version: Int!, $accept: Boolean!, $comment: String) {
    decideAbsence(id: $id, version: $version, accept: $accept, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }
  }
`);

export const CloseAbsenceUnjustifiedDocument = graphql(`
  mutation CloseAbsenceUnjustified($id: ID!, $version: Int!, $comment: String) {
    closeAbsenceUnjustified(id: $id, version: $version, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }
  }
`);

export const DeleteAbsenceDocument = graphql(`
  mutation DeleteAbsence($id: ID!, $version: Int!) {
    deleteAbsence(id: $id, version: $version) { absence { id } errors { code message field } }
  }
`);

export const SendWorkStoppageDocument = graphql(`
  mutation SendWorkStoppage($id: ID!, $version: Int!, $input: WorkStoppageInput!) {
    sendWorkStoppage(id: $id, version: $version, input: $input) { absence { ...AbsenceFields } covered { id date half state } errors { code message field } findings { code message ref } }
  }
`);

// One document for every absence of a half-day range (§4.3, §4.3.3): all or nothing.
export const JustifyAbsencesDocument = graphql(`
  mutation JustifyAbsences($input: AbsenceJustificationInput!) {
    justifyAbsences(input: $input) { absences { ...AbsenceFields } errors { code message field } }
  }
`);

export const ProfessionalRequestsDocument = graphql(`
  query ProfessionalAbsenceRequests($state: ProfessionalAbsenceState, $first: Int, $after: String) {
    professionalAbsenceRequests(state: $state, first: $first, after: $after) {
      id cursor version firstDay firstHalf lastDay lastHalf reason requestedBy requestedOn recordedBy teachersConsulted state decidedBy decidedAt decisionComment
      student { id firstName lastName cohort }
    }
  }
`);

export const DecideProfessionalAbsenceDocument = graphql(`
  mutation DecideProfessionalAbsence($id: ID!, $version: Int!, $grant: Boolean!, $comment: String) {
    decideProfessionalAbsence(id: $id, version: $version, grant: $grant, comment: $comment) { request { id state } errors { code message field } }
  }
`);

export const RequestProfessionalAbsenceDocument = graphql(`
  mutation RequestProfessionalAbsence($input: ProfessionalAbsenceInput!) {
    requestProfessionalAbsence(input: $input) { request { id state firstDay } errors { code message field } findings { code message ref } }
  }
`);

export const SendProfessionalAbsenceLinkDocument = graphql(`
  mutation SendProfessionalAbsenceLink($studentId: ID!) {
    sendProfessionalAbsenceLink(studentId: $studentId) { sent errors { code message field } }
  }
`);

export const AbsenceLinkContextDocument = graphql(`
  query AbsenceLinkContext {
    absenceLinkContext {
      purpose studentName organisationName earliestFirstDay
      absence { ...AbsenceFields }
      requests { id firstDay firstHalf lastDay lastHalf reason state decisionComment requestedOn }
    }
  }
`);

export const AbsenceStatementsDocument = graphql(`
  query AbsenceStatements($month: String!) {
    absenceStatements(month: $month) { organisationId organisationName month totalHours sentAt lines { studentName date half hours reason declaredAt } }
  }
`);

export const RecordMailedProfessionalAbsenceDocument = graphql(`
  mutation RecordMailedProfessionalAbsence($input: MailedProfessionalAbsenceInput!) {
    recordMailedProfessionalAbsence(input: $input) { request { id state firstDay requestedOn } errors { code message field } findings { code message ref } }
  }
`);

export const ProfessionalRequestStudentsDocument = graphql(`
  query ProfessionalRequestStudents($search: String, $first: Int!) {
    students(search: $search, first: $first) { id firstName lastName cohort }
  }
`);

export const ConsultProfessionalAbsenceTeachersDocument = graphql(`
  mutation ConsultProfessionalAbsenceTeachers($id: ID!, $version: Int!, $teacherEmails: [String!]!) {
    consultProfessionalAbsenceTeachers(id: $id, version: $version, teacherEmails: $teacherEmails) { request { id version teachersConsulted } errors { code message field } }
  }
`);
